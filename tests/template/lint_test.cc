// Tests for lint_template (core/template/lint*.cc): each lint rule on a row of
// {template mutation → expected findings (code @ pointer)}, the meta-schema run through
// yushen's own Validator, compile errors kept once, the example template clean, and the
// subschema/logic walkers.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "template/lint.h"
#include "template/template.h"
#include "util/json_text.h"

namespace yushen::tmpl {
namespace {

using Json = nlohmann::json;

Json base() {
  return Json::parse(R"({
    "yushen": "template/1", "id": "t.lint", "version": "1",
    "title": {"zh-CN": "测试", "zh-TW": "測試", "en": "Test"},
    "cases": [{"id": "c", "title": {"zh-CN": "问", "zh-TW": "問", "en": "Q"},
               "options": [{"value": "y", "title": {"zh-CN": "是", "zh-TW": "是", "en": "Yes"}}]}],
    "form": {"type": "object", "properties": {"a": {"type": "string"},
             "person": {"type": "object", "properties": {"name": {"type": "string"}}},
             "list": {"type": "array", "items": {"$ref": "#/$defs/item"}}},
             "$defs": {"item": {"type": "object", "properties": {"n": {"type": "integer"}}}}},
    "rules": [{"id": "r", "assert": {"==": [{"var": "form.person.name"}, {"var": "case.c"}]}, "path": "/form/person/name",
               "severity": "error", "message": {"zh-CN": "错{x}", "zh-TW": "錯{x}", "en": "Wrong {x}"},
               "params": {"x": {"var": "form.list.0.n"}}}],
    "materials": [
      {"id": "m1", "name": {"zh-CN": "一", "zh-TW": "一", "en": "M1"}, "requirement": "required", "importance": "key"},
      {"id": "m2", "name": {"zh-CN": "二", "zh-TW": "二", "en": "M2"}, "requirement": "optional", "importance": "secondary"},
      {"id": "m3", "name": {"zh-CN": "三", "zh-TW": "三", "en": "M3"}, "requirement": "optional", "importance": "secondary"}
    ]})");
}

std::vector<std::string> findings(const Json& t) {
  std::vector<std::string> out;
  for (const Error& e : lint_template(t)) out.push_back(std::string(code_id(e.code)) + " @" + e.where);
  return out;
}

using Strings = std::vector<std::string>;

struct Row {
  const char* name;
  std::function<void(Json&)> mutate;
  Strings expected;
};

TEST(Lint, Rows) {
  const Row rows[] = {
      {"clean", [](Json&) {}, {}},
      {"rule reads a field the form lacks",
       [](Json& t) { t["rules"][0]["assert"]["=="][0]["var"] = "form.person.nmae"; },
       {"template.unknown_field @/rules/0/assert/==/0/var"}},
      {"rule reads an undeclared case", [](Json& t) { t["rules"][0]["assert"]["=="][1]["var"] = "case.d"; },
       {"template.unknown_field @/rules/0/assert/==/1/var"}},
      {"item-scoped vars are not fields",
       [](Json& t) { t["rules"][0]["assert"] = Json::parse(R"({"all": [{"var": "form.list"}, {">": [{"var": "n"}, 0]}]})"); },
       {}},
      {"rule path to a missing field", [](Json& t) { t["rules"][0]["path"] = "/form/b"; },
       {"template.unknown_field @/rules/0/path"}},
      {"condition path to a missing field and material path",
       [](Json& t) {
         t["conditions"] = Json::parse(R"([{"path": "/form/person/age", "when": true}])");
         t["rules"][0]["path"] = "/materials/m9";
       },
       {"template.unknown_field @/conditions/0/path", "template.unknown_field @/rules/0/path"}},
      {"key material in a policy",
       [](Json& t) {
         t["tolerance"] = Json::parse(R"({"materials": ["m2", "m1"], "deadline": {"days": 5},
                                           "letter": {"zh-CN": "x", "zh-TW": "x", "en": "x"}})");
       },
       {"template.key_material_in_policy @/tolerance/materials/1"}},
      {"required material offered as an alternative",
       [](Json& t) {
         t["alternatives"] = Json::parse(R"([{"id": "g", "name": {"zh-CN": "组", "zh-TW": "組", "en": "G"},
                                              "sets": [{"materials": ["m1"]}, {"materials": ["m2", "m3"]}]}])");
       },
       {"template.alternative_required @/alternatives/0/sets/0/materials/0"}},
      {"every bad pattern, not only the first",
       [](Json& t) {
         t["form"]["properties"]["a"]["pattern"] = "(?=x)";
         t["form"]["$defs"]["item"]["properties"]["n"]["pattern"] = "a{2,1}";
       },
       {"schema.bad_pattern @/form/$defs/item/properties/n/pattern", "schema.bad_pattern @/form/properties/a/pattern"}},
      {"unknown placeholders in an override and a rule message",
       [](Json& t) {
         t["messages"] = Json::parse(R"({"check.material_missing": {"zh-CN": "请交{material}{name}"}})");
         t["rules"][0]["message"]["en"] = "Wrong {y}";
       },
       {"template.unknown_placeholder @/messages/check.material_missing/zh-CN",
        "template.unknown_placeholder @/rules/0/message/en"}},
      {"missing zh-TW", [](Json& t) { t["materials"][1]["name"].erase("zh-TW"); },
       {"template.missing_translation @/materials/1/name"}},
      {"meta-schema: an unknown member is one finding",
       [](Json& t) { t["materials"][0]["colour"] = "red"; },
       {"schema.additionalProperties @/materials/0"}},
      {"meta-schema and compile agree on a wrong type",
       [](Json& t) { t["version"] = 2; },
       {"schema.type @/version"}},
      {"rule that does not compile", [](Json& t) { t["rules"][0]["when"] = Json::parse(R"({"nope": []})"); },
       {"logic.unknown_operator @/rules/0/when"}},
  };
  for (const Row& row : rows) {
    Json t = base();
    row.mutate(t);
    EXPECT_EQ(findings(t), row.expected) << row.name;
  }
}

TEST(Lint, ExampleTemplateIsClean) {
  std::FILE* file = std::fopen(YUSHEN_SOURCE_DIR "/forms/examples/public-place-hygiene-license.json", "rb");
  ASSERT_NE(file, nullptr);
  std::string text;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
  std::fclose(file);
  JsonRead read = read_json(text);
  ASSERT_EQ(read.error, JsonReadError::none);
  EXPECT_EQ(findings(read.value), Strings{});
}

TEST(Lint, NotAnObject) { EXPECT_EQ(findings(Json::array()), Strings{"schema.type @"}); }

TEST(LintWalk, SubschemasAndLogic) {
  Json schema = Json::parse(R"({"properties": {"a": {"items": {"not": {}}}}, "anyOf": [{}, {"$defs": {"d": {}}}]})");
  Strings seen;
  detail::for_each_subschema(schema, "/form", [&](const Json&, const std::string& at) { seen.push_back(at); });
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(seen, (Strings{"/form", "/form/anyOf/0", "/form/anyOf/1", "/form/anyOf/1/$defs/d", "/form/properties/a",
                           "/form/properties/a/items", "/form/properties/a/items/not"}));
  Json t = base();
  t["conditions"] = Json::parse(R"([{"path": "/form/a", "when": true}])");
  Strings rules;
  detail::for_each_logic(t, [&](const Json&, const std::string& at) { rules.push_back(at); });
  EXPECT_EQ(rules, (Strings{"/conditions/0/when", "/rules/0/assert", "/rules/0/params/x"}));
  EXPECT_EQ(detail::placeholders("a{b}c{d}{"), (Strings{"b", "d"}));
}

}  // namespace
}  // namespace yushen::tmpl
