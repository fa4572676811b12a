// Tests for the check facade (core/check/checker.cc): a clean submission is ready; ten
// problems give ten issues in one pass; the same inputs give the same bytes; compile and
// input errors are located and coded; check_field checks one value as it is typed.
#include "check/checker.h"

#include "test_util.h"

namespace yushen::check::testing {
namespace {

TEST(Checker, CleanSubmissionIsReady) {
  Json report = run(base_template(), clean_submission());
  EXPECT_EQ(report["decision"], "ready") << report.dump(1);
  EXPECT_EQ(issues(report), Strings{});
  EXPECT_EQ(report["template"]["id"], "test.base");
  EXPECT_EQ(report["template"]["digest"].get<std::string>().size(), 64u);
  EXPECT_EQ(report["engine"], std::string(engine_version()));
  EXPECT_EQ(report["deferred"], Json::array());
  EXPECT_EQ(report["commitments"]["materials"], Json::array());
  EXPECT_EQ(report["commitments"]["letter"], "");
  EXPECT_EQ(status(report, "k1"), "provided");
  EXPECT_EQ(status(report, "branch-doc"), "not-applicable");
  EXPECT_EQ(status(report, "extra"), "missing");  // optional: missing, and no issue
  EXPECT_EQ(status(report, "planning-conditions"), "not-applicable");
}

TEST(Checker, TenProblemsTenIssuesInOnePass) {
  Json s = clean_submission();
  s["form"] = {{"name", "张"}, {"id", "110105194912310021"}, {"phone", "123"}, {"count", 0}, {"certified", -1},
               {"start", "2025-13-01"}};
  s["materials"].erase("k1");
  s["materials"].erase("s2");
  s["materials"]["s1"]["files"][0]["type"] = "text/html";
  s["case"] = {{"branch", "maybe"}};
  Json report = run(base_template(), s);
  EXPECT_EQ(report["decision"], "needs-correction");
  ASSERT_EQ(report["issues"].size(), 10u);
  EXPECT_EQ(issues(report), (Strings{"check.case_invalid @/case/branch", "schema.minimum @/form/certified",
                                     "schema.minimum @/form/count", "cn.resident_id.checksum @/form/id",
                                     "schema.minLength @/form/name", "cn.mobile.length @/form/phone",
                                     "schema.format @/form/start",
                                     "check.material_missing #k1", "check.file_type #s1",
                                     "check.material_missing #s2"}))
      << report.dump(1);
}

TEST(Checker, SameInputsSameBytes) {
  Json s = clean_submission();
  s["form"]["name"] = "张";
  s["materials"].erase("s3");
  Result<Checker> checker = Checker::compile(base_template());
  ASSERT_TRUE(checker.ok());
  std::string first = dump_json(checker.value().check(s, base_context(), Locale::en).value());
  for (int i = 0; i < 3; ++i) EXPECT_EQ(dump_json(checker.value().check(s, base_context(), Locale::en).value()), first);
}

TEST(Checker, LocalesAndOverrides) {
  Json t = base_template();
  t["messages"] = {{"check.material_missing", {{"zh-CN", "请上传{material}(见样本)"}}}};
  Json s = clean_submission();
  s["materials"].erase("k1");
  Json zh = run(t, s, base_context(), Locale::zh_CN);
  Json tw = run(t, s, base_context(), Locale::zh_TW);
  Json en = run(t, s, base_context(), Locale::en);
  EXPECT_EQ(zh["issues"][0]["message"], "请上传k1(见样本)");
  EXPECT_EQ(tw["issues"][0]["message"], "請提交k1");  // no zh-TW override: the code's own message
  EXPECT_EQ(en["issues"][0]["message"], "Provide the k1");
}

TEST(Checker, CompileAndInputErrors) {
  Result<Checker> bad = Checker::create(R"({"yushen": "template/1"})");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, Code::kTemplateRequired);
  Result<Checker> syntax = Checker::create("{");
  ASSERT_FALSE(syntax.ok());
  EXPECT_EQ(syntax.error().code, Code::kJsonSyntax);
  struct Row {
    Json submission, context;
    const char* code;
    const char* where;
  };
  const Row rows[] = {
      {Json::array(), base_context(), "check.bad_submission", ""},
      {Json{{"case", 1}}, base_context(), "check.bad_submission", "/case"},
      {Json{{"materials", Json::array()}}, base_context(), "check.bad_submission", "/materials"},
      {Json{{"deferrals", {1}}}, base_context(), "check.bad_submission", "/deferrals/0"},
      {Json{{"signature", "yes"}}, base_context(), "check.bad_submission", "/signature"},
      {clean_submission(), Json{{"now", "yesterday"}}, "check.bad_context", "/now"},
      {clean_submission(), Json{{"credit", {{"dishonest", "no"}}}}, "check.bad_context", "/credit/dishonest"},
      {clean_submission(), Json{{"calendar", {{"id", 1}}}}, "calendar.bad_data", "/calendar/id"},
  };
  for (const Row& row : rows) {
    Json report = run(base_template(), row.submission, row.context);
    EXPECT_EQ(report["error"], row.code) << row.submission.dump() << row.context.dump();
    EXPECT_EQ(report["where"], row.where) << row.submission.dump() << row.context.dump();
  }
}

TEST(Checker, CheckFieldAsYouType) {
  Result<Checker> checker = Checker::compile(base_template());
  ASSERT_TRUE(checker.ok());
  const Checker& c = checker.value();
  Json empty = Json::object();
  Json r = c.check_field("/form/name", "张", empty, base_context(), Locale::en);
  EXPECT_EQ(r["applies"], true);
  ASSERT_EQ(r["issues"].size(), 1u) << r.dump();
  EXPECT_EQ(r["issues"][0]["code"], "schema.minLength");  // other fields' required errors are not shown
  r = c.check_field("/form/name", "张三", empty, base_context(), Locale::en);
  EXPECT_EQ(r["issues"], Json::array());
  // A rule reported at the field, with the rest of the submission as context.
  Json s = clean_submission();
  r = c.check_field("/form/certified", 5, s, base_context(), Locale::en);
  ASSERT_EQ(r["issues"].size(), 1u) << r.dump();
  EXPECT_EQ(r["issues"][0]["code"], "check.rule");
  EXPECT_EQ(r["issues"][0]["message"], "Certified (5) exceeds count (3)");
  // A field that does not apply is not checked.
  r = c.check_field("/form/parent/name", "x", s, base_context(), Locale::en);
  EXPECT_EQ(r["applies"], false);
  EXPECT_EQ(r["issues"], Json::array());
  s["case"]["branch"] = "yes";
  r = c.check_field("/form/parent/name", "x", s, base_context(), Locale::en);
  EXPECT_EQ(r["applies"], true);
  EXPECT_EQ(r["issues"].size(), 1u);
  // Removing the value (a discarded JSON) reports it as required.
  r = c.check_field("/form/name", Json(Json::value_t::discarded), empty, nullptr, Locale::en);
  ASSERT_EQ(r["issues"].size(), 1u) << r.dump();
  EXPECT_EQ(r["issues"][0]["code"], "schema.required");
  r = c.check_field("name", "x", empty, nullptr, Locale::en);
  EXPECT_EQ(r["error"]["code"], "template.bad_pointer");
}

// The typed value goes into the submission's form whatever shape the submission has: none
// (null), no form, a null form; a form that is not an object is left as it is. The caller's
// submission is never changed.
TEST(Checker, CheckFieldSubmissionShapes) {
  Result<Checker> checker = Checker::compile(base_template());
  ASSERT_TRUE(checker.ok());
  const Checker& c = checker.value();
  for (const Json& submission : {Json(nullptr), Json::object(), Json{{"form", nullptr}}, Json{{"case", Json::object()}}}) {
    Json r = c.check_field("/form/name", "张", submission, base_context(), Locale::en);
    ASSERT_EQ(r["issues"].size(), 1u) << submission.dump() << r.dump();
    EXPECT_EQ(r["issues"][0]["code"], "schema.minLength") << submission.dump();
  }
  Json s = clean_submission();
  const Json before = s;
  Json r = c.check_field("/form/name", "张", s, base_context(), Locale::en);
  EXPECT_EQ(r["issues"][0]["code"], "schema.minLength");
  EXPECT_EQ(s, before);
  Json not_object = {{"form", Json::array({1})}};
  r = c.check_field("/form/name", "张三", not_object, base_context(), Locale::en);
  // The form's own type error is at /form, above the field: the full check reports it.
  EXPECT_EQ(r["issues"], Json::array()) << r.dump();
  Json report = c.check(not_object, base_context(), Locale::en).value();
  bool at_form = false;
  for (const Json& issue : report["issues"]) at_form = at_form || (issue["path"] == "/form" && issue["code"] == "schema.type");
  EXPECT_TRUE(at_form) << report.dump();
}

TEST(Checker, DecisionExitCodes) {
  EXPECT_EQ(decision_exit_code("ready"), 0);
  EXPECT_EQ(decision_exit_code("ready-with-commitments"), 10);
  EXPECT_EQ(decision_exit_code("needs-correction"), 20);
  EXPECT_EQ(decision_exit_code("ineligible"), 30);
  EXPECT_EQ(decision_exit_code("?"), 2);
}

}  // namespace
}  // namespace yushen::check::testing
