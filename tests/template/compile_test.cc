// Tests for the template parser (core/template/parse*.cc, reader.cc): a minimal valid template
// compiles; each broken variant gives one located, coded error (table rows: mutation →
// code, JSON Pointer); the digest is sha256 over the canonical JSON.
#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <string>

#include "template/sha256.h"
#include "template/template.h"
#include "util/json_text.h"

namespace yushen::tmpl {
namespace {

using Json = nlohmann::json;

Json minimal() {
  return Json::parse(R"({
    "yushen": "template/1", "id": "t.minimal", "version": "1", "title": {"zh-CN": "测试", "en": "Test"},
    "form": {"type": "object", "properties": {"a": {"type": "string"}}},
    "materials": [
      {"id": "m1", "name": {"zh-CN": "材料一", "en": "M1"}, "requirement": "required", "importance": "key"},
      {"id": "m2", "name": {"zh-CN": "材料二", "en": "M2"}, "requirement": "optional", "importance": "secondary"}
    ]})");
}

Json letter() { return Json{{"zh-CN", "承诺{materials}"}, {"en", "I will provide {materials}"}}; }

struct Row {
  const char* name;
  std::function<void(Json&)> mutate;
  const char* code;  // "" = compiles
  const char* where;
};

TEST(CompileTemplate, RowsGiveLocatedCodedErrors) {
  const Row rows[] = {
      {"minimal", [](Json&) {}, "", ""},
      {"x- members are ignored", [](Json& t) { t["x-ui"] = {{"any", 1}}; t["materials"][0]["x-icon"] = "id"; }, "", ""},
      {"not an object", [](Json& t) { t = Json::array(); }, "template.type", ""},
      {"format marker", [](Json& t) { t["yushen"] = "template/2"; }, "template.unsupported_format", "/yushen"},
      {"bad id", [](Json& t) { t["id"] = "Bad Id"; }, "template.bad_value", "/id"},
      {"missing title", [](Json& t) { t.erase("title"); }, "template.required", ""},
      {"title without en", [](Json& t) { t["title"].erase("en"); }, "template.required", "/title"},
      {"unknown member", [](Json& t) { t["foo"] = 1; }, "template.unknown_member", "/foo"},
      {"bad pattern in the form", [](Json& t) { t["form"]["properties"]["a"]["pattern"] = "(?=a)"; },
       "schema.bad_pattern", "/form/properties/a/pattern"},
      {"unknown format", [](Json& t) { t["form"]["properties"]["a"]["format"] = "cn-residentid"; },
       "template.unknown_format", "/form/properties/a/format"},
      {"requirement value", [](Json& t) { t["materials"][0]["requirement"] = "sometimes"; }, "template.bad_value",
       "/materials/0/requirement"},
      {"importance value", [](Json& t) { t["materials"][0]["importance"] = "main"; }, "template.bad_value",
       "/materials/0/importance"},
      {"duplicate material", [](Json& t) { t["materials"][1]["id"] = "m1"; }, "template.duplicate_id", "/materials/1/id"},
      {"conditional without when", [](Json& t) { t["materials"][1]["requirement"] = "conditional"; },
       "template.required", "/materials/1"},
      {"bad media type", [](Json& t) { t["materials"][0]["accept"] = {"PDF"}; }, "template.bad_value",
       "/materials/0/accept/0"},
      {"maxFiles below minFiles", [](Json& t) { t["materials"][0]["minFiles"] = 3; t["materials"][0]["maxFiles"] = 2; },
       "template.bad_value", "/materials/0/maxFiles"},
      {"rule with unknown operator",
       [](Json& t) {
         t["rules"] = Json::parse(R"([{"id": "r", "assert": {"nope": [1]}, "path": "/form/a", "severity": "error",
                                       "message": {"zh-CN": "x", "en": "x"}}])");
       },
       "logic.unknown_operator", "/rules/0/assert"},
      {"rule severity",
       [](Json& t) {
         t["rules"] = Json::parse(R"([{"id": "r", "assert": true, "path": "/form/a", "severity": "fatal",
                                       "message": {"zh-CN": "x", "en": "x"}}])");
       },
       "template.bad_value", "/rules/0/severity"},
      {"rule path",
       [](Json& t) {
         t["rules"] = Json::parse(R"([{"id": "r", "assert": true, "path": "form/a", "severity": "error",
                                       "message": {"zh-CN": "x", "en": "x"}}])");
       },
       "template.bad_pointer", "/rules/0/path"},
      {"condition outside the form", [](Json& t) { t["conditions"] = Json::parse(R"([{"path": "/case/x", "when": true}])"); },
       "template.bad_pointer", "/conditions/0/path"},
      {"tolerance names an unknown material",
       [](Json& t) { t["tolerance"] = {{"materials", {"m9"}}, {"deadline", {{"days", 5}}}, {"letter", letter()}}; },
       "template.unknown_material", "/tolerance/materials/0"},
      {"tolerance without deadline", [](Json& t) { t["tolerance"] = {{"materials", {"m2"}}, {"letter", letter()}}; },
       "template.required", "/tolerance"},
      {"deadline with two units",
       [](Json& t) { t["tolerance"] = {{"materials", {"m2"}}, {"deadline", {{"days", 5}, {"months", 1}}}, {"letter", letter()}}; },
       "template.bad_value", "/tolerance/deadline"},
      {"commitment without letter", [](Json& t) { t["commitment"] = {{"materials", {"m2"}}}; }, "template.required",
       "/commitment"},
      {"broken-commitment window unit",
       [](Json& t) {
         t["commitment"] = {{"materials", {"m2"}}, {"letter", letter()},
                            {"eligibility", {{"brokenCommitmentWithin", {{"weeks", 2}}}}}};
       },
       "template.unknown_member", "/commitment/eligibility/brokenCommitmentWithin/weeks"},
      {"alternative with one set",
       [](Json& t) {
         t["alternatives"] = Json::parse(R"([{"id": "g", "name": {"zh-CN": "组", "en": "G"}, "sets": [{"materials": ["m2"]}]}])");
       },
       "template.bad_value", "/alternatives/0/sets"},
      {"alternative with an unknown material",
       [](Json& t) {
         t["alternatives"] = Json::parse(R"([{"id": "g", "name": {"zh-CN": "组", "en": "G"},
                                              "sets": [{"materials": ["m9"]}, {"materials": ["m2"]}]}])");
       },
       "template.unknown_material", "/alternatives/0/sets/0/materials/0"},
      {"group id taken by a material",
       [](Json& t) {
         t["alternatives"] = Json::parse(R"([{"id": "m1", "name": {"zh-CN": "组", "en": "G"},
                                              "sets": [{"materials": ["m2"]}, {"materials": ["m2"]}]}])");
       },
       "template.duplicate_id", "/alternatives/0/id"},
      {"case without options",
       [](Json& t) { t["cases"] = Json::parse(R"([{"id": "c", "title": {"zh-CN": "问", "en": "Q"}, "options": []}])"); },
       "template.required", "/cases/0/options"},
      {"duplicate stage",
       [](Json& t) {
         t["stages"] = Json::parse(R"([{"id": "s", "title": {"zh-CN": "一", "en": "1"}}, {"id": "s", "title": {"zh-CN": "二", "en": "2"}}])");
       },
       "template.duplicate_id", "/stages/1/id"},
      {"message override for an unknown code", [](Json& t) { t["messages"] = {{"no.such", {{"en", "x"}}}}; },
       "template.unknown_code", "/messages/no.such"},
      {"message override in an unknown locale", [](Json& t) { t["messages"] = {{"check.material_missing", {{"fr", "x"}}}}; },
       "template.unknown_member", "/messages/check.material_missing/fr"},
      {"too many materials",
       [](Json& t) {
         for (int i = 0; i < 200; ++i) t["materials"].push_back(t["materials"][1]);
       },
       "template.too_many", "/materials"},
  };
  for (const Row& row : rows) {
    Json t = minimal();
    row.mutate(t);
    Result<TemplatePtr> compiled = compile_template(t);
    if (std::string(row.code).empty()) {
      EXPECT_TRUE(compiled.ok()) << row.name << ": " << (compiled.ok() ? "" : code_id(compiled.error().code)) << " at "
                                 << (compiled.ok() ? "" : compiled.error().where);
      continue;
    }
    ASSERT_FALSE(compiled.ok()) << row.name;
    EXPECT_EQ(code_id(compiled.error().code), row.code) << row.name;
    EXPECT_EQ(compiled.error().where, row.where) << row.name;
  }
}

TEST(CompileTemplate, ReadsEveryPart) {
  Json t = minimal();
  t["timeLimit"] = {{"workingDays", 5}};
  t["cases"] = Json::parse(R"([{"id": "c", "title": {"zh-CN": "问", "zh-TW": "問", "en": "Q"}, "required": false,
                                "options": [{"value": "y", "title": {"zh-CN": "是", "en": "Yes"}}]}])");
  t["stages"] = Json::parse(R"([{"id": "s1", "title": {"zh-CN": "一", "en": "1"}}])");
  t["conditions"] = Json::parse(R"([{"path": "/form/a", "when": {"==": [{"var": "case.c"}, "y"]}}])");
  t["commitment"] = {{"materials", {"m2"}}, {"letter", letter()}, {"deadline", {{"months", 2}}},
                     {"eligibility", {{"brokenCommitmentWithin", {{"years", 2}}}, {"excludeDishonest", false}}}};
  t["messages"] = {{"check.material_missing", {{"zh-CN", "请上传{material}"}}}};
  Result<TemplatePtr> compiled = compile_template(t);
  ASSERT_TRUE(compiled.ok()) << code_id(compiled.error().code) << " " << compiled.error().where;
  const Template& out = *compiled.value();
  EXPECT_EQ(out.id, "t.minimal");
  EXPECT_EQ(out.title.get(Locale::zh_TW), "测试");  // zh-TW falls back to zh-CN
  EXPECT_EQ(out.time_limit->unit, Deadline::Unit::working_days);
  ASSERT_EQ(out.cases.size(), 1u);
  EXPECT_FALSE(out.cases[0].required);
  EXPECT_EQ(out.cases[0].title.get(Locale::zh_TW), "問");
  EXPECT_EQ(out.stages, std::vector<std::string>{"s1"});
  EXPECT_EQ(out.conditions.size(), 1u);
  EXPECT_TRUE(out.commitment.enabled);
  EXPECT_FALSE(out.tolerance.enabled);
  EXPECT_EQ(out.commitment.materials, std::vector<std::size_t>{1});
  EXPECT_EQ(out.commitment.deadline->count, 2);
  EXPECT_FALSE(out.commitment.eligibility.exclude_dishonest);
  EXPECT_EQ(out.commitment.eligibility.broken_within->unit, Period::Unit::years);
  EXPECT_TRUE(out.materials[0].key);
  EXPECT_FALSE(out.materials[1].key);
  EXPECT_EQ(out.materials[0].min_files, 1);
  EXPECT_EQ(out.material_index("m2"), 1u);
  EXPECT_EQ(out.material_index("m3"), Template::npos);
  EXPECT_TRUE(out.messages.count("check.material_missing"));
}

TEST(CompileTemplate, DigestIsSha256OfCanonicalJson) {
  Json t = minimal();
  Result<TemplatePtr> a = compile_template(t);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a.value()->digest, sha256_hex(dump_json(t)));
  // Key order and whitespace do not matter; any change of content does.
  Json reordered = Json::parse(dump_json(t));
  EXPECT_EQ(compile_template(reordered).value()->digest, a.value()->digest);
  t["version"] = "2";
  EXPECT_NE(compile_template(t).value()->digest, a.value()->digest);
}

TEST(CompileTemplate, ExampleTemplateCompiles) {
  std::FILE* file = std::fopen(YUSHEN_SOURCE_DIR "/forms/examples/public-place-hygiene-license.json", "rb");
  ASSERT_NE(file, nullptr);
  std::string text;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
  std::fclose(file);
  JsonRead read = read_json(text);
  ASSERT_EQ(read.error, JsonReadError::none);
  Result<TemplatePtr> compiled = compile_template(read.value);
  ASSERT_TRUE(compiled.ok()) << code_id(compiled.error().code) << " " << compiled.error().where;
  EXPECT_EQ(compiled.value()->materials.size(), 6u);
  EXPECT_EQ(compiled.value()->rules.size(), 4u);
}

}  // namespace
}  // namespace yushen::tmpl
