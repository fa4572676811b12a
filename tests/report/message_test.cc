// Tests for message rendering: placeholders, lists, translated type names, all locales.
#include "report/message.h"

#include <gtest/gtest.h>

namespace yushen {
namespace {

TEST(Message, FillsPlaceholdersPerLocale) {
  nlohmann::json params = {{"missingProperty", "法定代表人身份证号码"}};
  EXPECT_EQ(render_message(Code::kRequired, params, Locale::zh_CN), "请填写法定代表人身份证号码");
  EXPECT_EQ(render_message(Code::kRequired, params, Locale::zh_TW), "請填寫法定代表人身份证号码");  // values are data, not translated
  EXPECT_EQ(render_message(Code::kRequired, params, Locale::en), "Fill in 法定代表人身份证号码");
}

TEST(Message, TranslatesTypeNamesAndJoinsLists) {
  EXPECT_EQ(render_message(Code::kType, {{"type", "integer"}}, Locale::zh_CN), "请填写整数类型的值");
  EXPECT_EQ(render_message(Code::kType, {{"type", {"string", "null"}}}, Locale::en),
            "Enter a value of type text, empty value");
}

TEST(Message, MissingParametersStayVisible) {
  EXPECT_EQ(render_template("a {x} b {y}", {{"x", 1}}, Locale::en), "a 1 b {y}");
  EXPECT_EQ(render_template("{unterminated", nlohmann::json::object(), Locale::en), "{unterminated");
}

TEST(Message, FiltersShowSizesAndFileKindsAsApplicantsReadThem) {
  nlohmann::json params = {{"limit", 10485760}, {"actual", 350000}, {"small", 1023},
                           {"accepted", {"application/pdf", "image/jpeg", "image/png", "image/*", "application/acad",
                                         "image/vnd.dwg", "application/x-foo"}}};
  EXPECT_EQ(render_template("{actual|bytes} / {limit|bytes} / {small|bytes}", params, Locale::zh_CN),
            "341.8 KB / 10 MB / 1023 B");
  EXPECT_EQ(render_template("{accepted|types}", params, Locale::zh_CN), "PDF、JPG、PNG、图片、DWG、FOO");
  EXPECT_EQ(render_template("{accepted|types}", params, Locale::en), "PDF, JPG, PNG, image, DWG, FOO");
  EXPECT_EQ(render_template("{limit|nosuch} {limit}", params, Locale::en), "10485760 10485760");
  EXPECT_EQ(render_template("{missing|bytes}", params, Locale::en), "{missing|bytes}");
  EXPECT_EQ(placeholder_name("limit|bytes"), "limit");
  EXPECT_EQ(render_message(Code::kCheckFileTooLarge,
                           {{"material", "营业执照"}, {"file", "a.pdf"}, {"limit", 5242880}, {"actual", 6000000}},
                           Locale::zh_CN),
            "营业执照中的文件 a.pdf 过大(5.7 MB,上限 5 MB),请压缩后重新上传");
}

// The rule form of a working-day due date the calendar cannot give yet (docs/calendar.md).
TEST(Message, WorkingDayAfterAcceptance) {
  EXPECT_EQ(working_day_after_acceptance(10, Locale::zh_CN), "受理之日起第 10 个工作日");
  EXPECT_EQ(working_day_after_acceptance(10, Locale::zh_TW), "受理之日起第 10 個工作日");
  const std::pair<int, const char*> rows[] = {{1, "1st"},   {2, "2nd"},   {3, "3rd"},   {4, "4th"},    {11, "11th"},
                                              {12, "12th"}, {13, "13th"}, {21, "21st"}, {22, "22nd"}, {113, "113th"}};
  for (const auto& [count, ordinal] : rows) {
    EXPECT_EQ(working_day_after_acceptance(count, Locale::en), std::string("the ") + ordinal + " working day after acceptance");
  }
}

TEST(Message, ErrorToJsonHasStableShape) {
  nlohmann::json out = error_to_json(make_error(Code::kJsonSyntax, "/a", {{"offset", 3}}), Locale::en);
  EXPECT_EQ(out["code"], "json.syntax");
  EXPECT_EQ(out["path"], "/a");
  EXPECT_EQ(out["params"]["offset"], 3);
  EXPECT_NE(out["message"].get<std::string>().find("byte 3"), std::string::npos);
}

}  // namespace
}  // namespace yushen
