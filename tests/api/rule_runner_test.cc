// Tests for RuleRunner: context handling and result lines.
#include "api/rule_runner.h"

#include <gtest/gtest.h>

#include "util/json_text.h"

namespace yushen {
namespace {

TEST(RuleRunner, ResultAndErrorLines) {
  auto runner = RuleRunner::create(read_json(R"({"+":[{"var":"a"},1]})").value, nlohmann::json::object());
  ASSERT_TRUE(runner.ok());
  EXPECT_EQ(dump_json(runner.value().run(R"({"a":41})", Locale::en)), R"({"result":42})");
  EXPECT_EQ(runner.value().run("{", Locale::en)["error"]["code"], "json.syntax");
}

TEST(RuleRunner, TodayFromContext) {
  auto runner = RuleRunner::create(read_json(R"({"yushen.today":[]})").value, read_json(R"({"today":"2025-10-01"})").value);
  ASSERT_TRUE(runner.ok());
  EXPECT_EQ(runner.value().run("null", Locale::en)["result"], "2025-10-01");
  auto missing = RuleRunner::create(read_json(R"({"yushen.today":[]})").value, nlohmann::json::object());
  EXPECT_EQ(missing.value().run("null", Locale::en)["error"]["code"], "logic.no_today");
}

TEST(RuleRunner, BadContextIsRefused) {
  EXPECT_EQ(RuleRunner::create(nlohmann::json(true), read_json(R"({"today":"2025-13-01"})").value).error().code,
            Code::kCalendarBadDate);
  EXPECT_EQ(RuleRunner::create(nlohmann::json(true), nlohmann::json::array()).error().code, Code::kInputNotObject);
  EXPECT_EQ(RuleRunner::create(read_json(R"({"nope":[]})").value, nlohmann::json::object()).error().code,
            Code::kLogicUnknownOperator);
}

}  // namespace
}  // namespace yushen
