// Tests for template_extensions (core/template/extensions.cc): yushen.format runs the format
// checks of core/formats and core/cn inside template rules, with the evaluation's "today";
// yushen.match runs the linear-time pattern engine.
#include <gtest/gtest.h>

#include "template/template.h"

namespace yushen::tmpl {
namespace {

using Json = nlohmann::json;

struct Row {
  const char* rule;
  Json data;
  Json expected;  // null: an error is expected
};

TEST(TemplateExtensions, FormatAndMatch) {
  logic::Extensions ext = template_extensions();
  logic::Env env;
  env.today = calendar::Date{2025, 3, 6};
  const Row rows[] = {
      {R"({"yushen.format": ["cn-resident-id", {"var": "id"}]})", {{"id", "11010519491231002X"}}, true},
      {R"({"yushen.format": ["cn-resident-id", {"var": "id"}]})", {{"id", "110105194912310021"}}, false},
      {R"({"yushen.format": ["cn-mobile", {"var": "p"}]})", {{"p", "13800138000"}}, true},
      {R"({"yushen.format": ["date", {"var": "d"}]})", {{"d", "2025-02-29"}}, false},
      {R"({"yushen.format": ["date", {"var": "d"}]})", {{"d", 20250101}}, false},
      {R"({"yushen.format": ["no-such-format", "x"]})", Json::object(), nullptr},
      {R"({"yushen.match": ["^[\\u4e00-\\u9fa5]{2,4}$", {"var": "n"}]})", {{"n", "张三"}}, true},
      {R"({"yushen.match": ["^[\\u4e00-\\u9fa5]{2,4}$", {"var": "n"}]})", {{"n", "Zhang"}}, false},
  };
  for (const Row& row : rows) {
    Result<logic::Rule> rule = logic::compile(Json::parse(row.rule), &ext);
    ASSERT_TRUE(rule.ok()) << row.rule;
    Result<Json> result = logic::evaluate(rule.value(), row.data, env);
    if (row.expected.is_null()) {
      EXPECT_FALSE(result.ok()) << row.rule;
      continue;
    }
    ASSERT_TRUE(result.ok()) << row.rule;
    EXPECT_EQ(result.value(), row.expected) << row.rule << " " << row.data.dump();
  }
}

}  // namespace
}  // namespace yushen::tmpl
