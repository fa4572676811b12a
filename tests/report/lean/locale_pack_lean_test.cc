// The lean code table of the WASM builds (YUSHEN_LEAN_MESSAGES): zh-TW and en messages exist
// only once their pack is installed; a missing locale never renders as empty text or as
// another language's message; refused packs install nothing. ctest runs each TEST in its own
// process (gtest_discover_tests); run as one binary, the tests that install come last.
#include <gtest/gtest.h>

#include "report/locale_pack.h"
#include "report/message.h"
#include "report/lean/pack_builder.h"

namespace yushen {
namespace {

using testing::def_rows;
using testing::def_text;
using testing::pack_json;
using testing::pack_text;

const nlohmann::json kOffset = {{"offset", 7}};

TEST(LeanMessages, OnlyZhCnIsBuiltIn) {
  for (const CodeInfo& row : all_codes()) {
    EXPECT_FALSE(row.message[0].empty()) << row.id;
    EXPECT_TRUE(row.message[1].empty()) << row.id;
    EXPECT_TRUE(row.message[2].empty()) << row.id;
  }
  EXPECT_TRUE(locale_available(Locale::zh_CN));
  EXPECT_FALSE(locale_available(Locale::zh_TW));
  EXPECT_FALSE(locale_available(Locale::en));
  EXPECT_EQ(message_text(Code::kJsonSyntax, Locale::zh_CN), code_info(Code::kJsonSyntax).message[0]);
  EXPECT_FALSE(message_text(Code::kJsonSyntax, Locale::en));
}

TEST(LeanMessages, UnloadedLocaleIsAnErrorNeverAnotherLanguage) {
  std::optional<Error> missing = require_locale(Locale::en);
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->code, Code::kLocaleNotLoaded);
  EXPECT_EQ(missing->params, (nlohmann::json{{"locale", "en"}}));
  EXPECT_FALSE(require_locale(Locale::zh_CN));
  // Rendering anyway (an entry point that forgot require_locale) says what is wrong.
  std::string text = render_message(Code::kJsonSyntax, kOffset, Locale::en);
  EXPECT_EQ(text, render_template(code_info(Code::kLocaleNotLoaded).message[0], {{"locale", "en"}}, Locale::zh_CN));
  EXPECT_NE(text.find("loadLocale('en')"), std::string::npos) << text;
  EXPECT_EQ(text.find("JSON"), std::string::npos) << text;
}

struct Refusal {
  const char* name;
  Locale locale;
  std::string text;
  Code code;
  nlohmann::json params;  // the expected params, or null to skip
};

std::vector<Refusal> refusals() {
  std::vector<Refusal> rows;
  auto edited = [](auto edit) {
    nlohmann::json pack = pack_json(Locale::en);
    edit(pack);
    return pack.dump();
  };
  const std::string hash(code_table_hash());
  rows.push_back({"not JSON", Locale::en, "{\"format\":", Code::kLocalePackInvalid,
                  {{"locale", "en"}, {"what", "json"}, {"id", ""}}});
  rows.push_back({"stale table", Locale::en, edited([](nlohmann::json& p) { p["codes"] = "0000000000000000"; }),
                  Code::kLocalePackStale, {{"locale", "en"}, {"expected", hash}, {"actual", "0000000000000000"}}});
  rows.push_back({"other format", Locale::en, edited([](nlohmann::json& p) { p["format"] = 2; }), Code::kLocalePackStale,
                  {{"locale", "en"}, {"expected", hash}, {"actual", "format 2"}}});
  rows.push_back({"wrong locale", Locale::zh_TW, pack_text(Locale::en), Code::kLocalePackInvalid,
                  {{"locale", "zh-TW"}, {"what", "locale"}, {"id", "en"}}});
  rows.push_back({"zh-CN is built in", Locale::zh_CN,
                  edited([](nlohmann::json& p) { p["locale"] = "zh-CN"; }), Code::kLocalePackInvalid, nullptr});
  rows.push_back({"missing code", Locale::en, edited([](nlohmann::json& p) { p["messages"].erase("schema.required"); }),
                  Code::kLocalePackInvalid, {{"locale", "en"}, {"what", "missing"}, {"id", "schema.required"}}});
  rows.push_back({"unknown code", Locale::en, edited([](nlohmann::json& p) { p["messages"]["no.such"] = "x"; }),
                  Code::kLocalePackInvalid, {{"locale", "en"}, {"what", "unknown"}, {"id", "no.such"}}});
  rows.push_back({"empty message", Locale::en, edited([](nlohmann::json& p) { p["messages"]["json.syntax"] = ""; }),
                  Code::kLocalePackInvalid, {{"locale", "en"}, {"what", "empty"}, {"id", "json.syntax"}}});
  rows.push_back({"lost placeholder", Locale::en,
                  edited([](nlohmann::json& p) { p["messages"]["json.syntax"] = "The JSON is malformed"; }),
                  Code::kLocalePackInvalid, {{"locale", "en"}, {"what", "placeholders"}, {"id", "json.syntax"}}});
  rows.push_back({"renamed placeholder", Locale::en,
                  edited([](nlohmann::json& p) { p["messages"]["json.syntax"] = "Malformed at {byte}"; }),
                  Code::kLocalePackInvalid, {{"locale", "en"}, {"what", "placeholders"}, {"id", "json.syntax"}}});
  rows.push_back({"message not a string", Locale::en,
                  edited([](nlohmann::json& p) { p["messages"]["json.syntax"] = 1; }), Code::kLocalePackInvalid,
                  {{"locale", "en"}, {"what", "missing"}, {"id", "json.syntax"}}});
  rows.push_back({"no messages", Locale::en, edited([](nlohmann::json& p) { p.erase("messages"); }),
                  Code::kLocalePackInvalid, {{"locale", "en"}, {"what", "messages"}, {"id", ""}}});
  return rows;
}

TEST(LeanMessages, BadPacksAreRefusedWithACodeAndInstallNothing) {
  for (const Refusal& row : refusals()) {
    std::optional<Error> error = install_locale_pack(row.locale, row.text);
    ASSERT_TRUE(error) << row.name;
    EXPECT_EQ(code_id(error->code), code_id(row.code)) << row.name;
    if (!row.params.is_null()) {
      EXPECT_EQ(error->params, row.params) << row.name;
    }
  }
  EXPECT_FALSE(locale_available(Locale::en));
  EXPECT_FALSE(locale_available(Locale::zh_TW));
}

TEST(LeanMessages, InstalledPackSuppliesEveryMessage) {
  ASSERT_FALSE(install_locale_pack(Locale::en, pack_text(Locale::en)));
  EXPECT_TRUE(locale_available(Locale::en));
  EXPECT_FALSE(locale_available(Locale::zh_TW));
  for (const testing::DefRow& row : def_rows()) {
    EXPECT_EQ(message_text(*find_code(row.id), Locale::en), row.en) << row.id;
  }
  EXPECT_EQ(render_message(Code::kJsonSyntax, kOffset, Locale::en),
            "The JSON is malformed near byte 7; check brackets, quotes and commas");
  ASSERT_FALSE(install_locale_pack(Locale::zh_TW, pack_text(Locale::zh_TW)));
  EXPECT_EQ(message_text(Code::kJsonSyntax, Locale::zh_TW), def_text(def_rows()[0], Locale::zh_TW));
}

TEST(LeanMessages, PacksAreNeverReplaced) {
  ASSERT_FALSE(install_locale_pack(Locale::en, pack_text(Locale::en)));
  nlohmann::json other = pack_json(Locale::en);
  other["messages"]["json.syntax"] = "Other text at {offset}";
  EXPECT_FALSE(install_locale_pack(Locale::en, other.dump()));  // valid, so accepted, but the first stays
  EXPECT_EQ(render_message(Code::kJsonSyntax, kOffset, Locale::en),
            "The JSON is malformed near byte 7; check brackets, quotes and commas");
}

}  // namespace
}  // namespace yushen
