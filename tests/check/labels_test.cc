// Tests for field labels in issues (core/template/field_labels.cc + core/check/report.cc):
// the form's x-label names the field in the message and in `field`, per locale; a missing
// field reads "请填写<label>"; array items, nested sections, $defs and then-branches are
// labelled; rule messages stay as written; a plain-string label is not shown in English.
#include "test_util.h"

namespace yushen::check::testing {
namespace {

Json labelled_template() {
  Json t = base_template();
  Json& p = t["form"]["properties"];
  p["name"]["x-label"] = text("申请人姓名", "applicant's name");
  p["id"]["x-label"] = Json{{"zh-CN", "身份证号码"}, {"zh-TW", "身分證號碼"}, {"en", "resident ID number"}};
  p["phone"]["x-label"] = "联系电话";  // a plain string: zh only
  p["parent"]["x-label"] = text("上级单位", "parent unit");
  p["parent"]["properties"]["name"]["x-label"] = text("上级单位名称", "parent unit name");
  p["certified"]["x-label"] = text("持证人数", "certified staff");
  p["members"] = Json::parse(R"({"type": "array", "items": {"$ref": "#/$defs/member"}, "minItems": 1,
                                  "x-label": {"zh-CN": "家庭成员", "en": "family member"}})");
  t["form"]["$defs"] = Json::parse(R"({"member": {"type": "object", "required": ["name"],
      "properties": {"name": {"type": "string", "minLength": 2, "x-label": {"zh-CN": "姓名", "en": "name"}}}}})");
  t["form"]["then"] = Json::parse(R"({"properties": {"start": {"x-label": {"zh-CN": "开工日期", "en": "start date"}}}})");
  t["form"]["if"] = true;
  return t;
}

const Json& issue_at(const Json& report, const std::string& path) {
  static const Json none = Json::object();
  if (!report.contains("issues")) {
    ADD_FAILURE() << "no report: " << report.dump();
    return none;
  }
  for (const Json& issue : report["issues"]) {
    if (issue.value("path", "") == path) return issue;
  }
  ADD_FAILURE() << "no issue at " << path << " in " << report.dump();
  return none;
}

TEST(Labels, MissingFieldIsNamedByItsLabel) {
  Json s = clean_submission();
  s["form"].erase("name");
  s["form"].erase("id");
  Json report = run(labelled_template(), s);
  EXPECT_EQ(issue_at(report, "/form/name").value("message", ""), "请填写申请人姓名");
  EXPECT_EQ(issue_at(report, "/form/name").value("field", ""), "申请人姓名");
  EXPECT_EQ(issue_at(report, "/form/name")["params"]["missingProperty"], "name") << "params keep the ajv shape";
  report = run(labelled_template(), s, base_context(), Locale::en);
  EXPECT_EQ(issue_at(report, "/form/id").value("message", ""), "Fill in resident ID number");
  report = run(labelled_template(), s, base_context(), Locale::zh_TW);
  EXPECT_EQ(issue_at(report, "/form/id").value("message", ""), "請填寫身分證號碼");
}

TEST(Labels, OtherProblemsStartWithTheLabel) {
  Json s = clean_submission();
  s["form"]["id"] = "110105194912310010";
  s["form"]["phone"] = "1381234567";
  Json report = run(labelled_template(), s);
  EXPECT_EQ(issue_at(report, "/form/id").value("message", ""), "身份证号码：身份证号码校验位不正确,请逐位核对,尤其是最后一位");
  EXPECT_EQ(issue_at(report, "/form/phone").value("field", ""), "联系电话");
  report = run(labelled_template(), s, base_context(), Locale::en);
  EXPECT_EQ(issue_at(report, "/form/id").value("message", ""),
            "resident ID number: The resident ID number fails its check character; check every digit, especially the last one");
  EXPECT_FALSE(issue_at(report, "/form/phone").contains("field")) << "a plain-string label is zh only";
  EXPECT_EQ(issue_at(report, "/form/phone").value("message", ""), "A mobile number has 11 digits (this one has 10); check it");
}

TEST(Labels, NestedArrayItemsRefsAndBranches) {
  Json s = clean_submission();
  s["case"]["branch"] = "yes";
  s["form"]["parent"] = Json::object();
  s["form"]["members"] = Json::parse(R"([{"name": "张三"}, {"name": "李"}])");
  s["form"]["start"] = "2025-02-30";
  Json report = run(labelled_template(), s);
  EXPECT_EQ(issue_at(report, "/form/parent/name").value("message", ""), "请填写上级单位名称");
  EXPECT_EQ(issue_at(report, "/form/members/1/name").value("field", ""), "家庭成员第 2 项的姓名");
  EXPECT_EQ(issue_at(report, "/form/members/1/name").value("message", ""), "家庭成员第 2 项的姓名：请至少填写 2 个字");
  EXPECT_EQ(issue_at(report, "/form/start").value("field", ""), "开工日期");
  report = run(labelled_template(), s, base_context(), Locale::en);
  EXPECT_EQ(issue_at(report, "/form/members/1/name").value("field", ""), "name of family member #2");
  s["form"]["members"] = Json::parse(R"([{"name": "张三"}, 7])");
  report = run(labelled_template(), s);
  EXPECT_EQ(issue_at(report, "/form/members/1").value("field", ""), "家庭成员第 2 项");
}

TEST(Labels, TheSectionIsNamedUnlessTheLabelSaysIt) {
  Json t = labelled_template();
  Json& parent = t["form"]["properties"]["parent"];
  parent["properties"]["phone"] = Json::parse(R"({"type": "string", "format": "cn-mobile",
      "x-label": {"zh-CN": "手机号码", "en": "mobile number"}})");
  parent.erase("x-label");
  parent["x-section"] = text("上级单位", "parent unit");
  Json s = clean_submission();
  s["case"]["branch"] = "yes";
  s["form"]["parent"] = Json::parse(R"({"name": "某", "phone": "138"})");
  Json report = run(t, s);
  EXPECT_EQ(issue_at(report, "/form/parent/phone").value("field", ""), "上级单位手机号码");
  EXPECT_EQ(issue_at(report, "/form/parent/name").value("field", ""), "上级单位名称") << "already names its section";
  report = run(t, s, base_context(), Locale::en);
  EXPECT_EQ(issue_at(report, "/form/parent/phone").value("field", ""), "mobile number (parent unit)");
}

TEST(Labels, AFieldsOwnMessageForACode) {
  Json t = labelled_template();
  t["form"]["properties"]["name"]["x-messages"] = Json::parse(R"({
      "schema.minLength": {"zh-CN": "姓名至少 {limit} 个字,请填写证件上的全名", "en": "Give the full name as on the ID"}})");
  Json s = clean_submission();
  s["form"]["name"] = "张";
  EXPECT_EQ(issue_at(run(t, s), "/form/name").value("message", ""), "姓名至少 2 个字,请填写证件上的全名");
  EXPECT_EQ(issue_at(run(t, s, base_context(), Locale::zh_TW), "/form/name").value("message", ""), "姓名至少 2 个字,请填写证件上的全名")
      << "zh-TW falls back to zh-CN";
  EXPECT_EQ(issue_at(run(t, s, base_context(), Locale::en), "/form/name").value("message", ""), "Give the full name as on the ID");
  s["form"].erase("name");
  EXPECT_EQ(issue_at(run(t, s), "/form/name").value("message", ""), "请填写申请人姓名") << "other codes keep the labelled message";
}

TEST(Labels, AMisspeltCodeInXMessagesIsACompileError) {
  Json t = labelled_template();
  t["form"]["$defs"]["member"]["properties"]["name"]["x-messages"] = Json::parse(R"({"schema.minLenght": {"zh-CN": "x"}})");
  Result<Checker> checker = Checker::compile(t);
  ASSERT_FALSE(checker.ok());
  EXPECT_EQ(checker.error().code, Code::kTemplateUnknownCode);
  EXPECT_EQ(checker.error().where, "/form/$defs/member/properties/name/x-messages/schema.minLenght");
}

TEST(Labels, RuleMessagesStayAsWrittenButCarryTheField) {
  Json s = clean_submission();
  s["form"]["certified"] = 9;
  Json report = run(labelled_template(), s);
  const Json& issue = issue_at(report, "/form/certified");
  EXPECT_EQ(issue["message"], "持证人数(9)不能多于人数(3)");
  EXPECT_EQ(issue["field"], "持证人数");
}

TEST(Labels, UnlabelledFieldsAndHostileRefsAreHarmless) {
  Json t = base_template();
  // Recursion that fans out (2^64 paths to depth 64): the walk's node budget bounds it.
  t["form"]["$defs"] = Json::parse(R"({"a": {"type": "object", "x-label": "甲", "properties": {"l": {"$ref": "#/$defs/a"}, "r": {"$ref": "#/$defs/a"}}}})");
  t["form"]["properties"]["loop"] = Json::parse(R"({"$ref": "#/$defs/a"})");
  Json s = clean_submission();
  s["form"].erase("name");
  Json report = run(t, s);
  EXPECT_EQ(issue_at(report, "/form/name").value("message", ""), "请填写name");
  EXPECT_FALSE(issue_at(report, "/form/name").contains("field"));
  s["form"]["loop"] = Json::parse(R"({"l": {"r": 5}})");
  report = run(t, s);
  EXPECT_EQ(issue_at(report, "/form/loop/l/r").value("field", ""), "甲");
}

}  // namespace
}  // namespace yushen::check::testing
