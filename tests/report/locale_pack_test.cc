// Locale packs in the full (native) build: every locale is built in and wins over a pack, the
// table hash is stable text, and packs are validated the same way as in the lean build
// (tests/report/lean/locale_pack_lean_test.cc covers the lean table itself).
#include "report/locale_pack.h"

#include <gtest/gtest.h>

#include "report/lean/pack_builder.h"
#include "report/message.h"

namespace yushen {
namespace {

TEST(LocalePack, EveryLocaleIsBuiltInNatively) {
  for (Locale locale : {Locale::zh_CN, Locale::zh_TW, Locale::en}) {
    EXPECT_TRUE(locale_available(locale));
    EXPECT_FALSE(require_locale(locale));
  }
  for (const testing::DefRow& row : testing::def_rows()) {
    EXPECT_EQ(message_text(*find_code(row.id), Locale::en), row.en) << row.id;
    EXPECT_EQ(message_text(*find_code(row.id), Locale::zh_TW), row.zh_tw) << row.id;
  }
}

TEST(LocalePack, TableHashIsSixteenHexDigits) {
  std::string_view hash = code_table_hash();
  ASSERT_EQ(hash.size(), 16u);
  for (char c : hash) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << hash;
  EXPECT_EQ(hash, code_table_hash());
}

TEST(LocalePack, GeneratedPacksAreAcceptedAndBuiltInTextWins) {
  EXPECT_FALSE(install_locale_pack(Locale::zh_TW, testing::pack_text(Locale::zh_TW)));
  nlohmann::json other = testing::pack_json(Locale::en);
  other["messages"]["json.syntax"] = "Other text at {offset}";
  EXPECT_FALSE(install_locale_pack(Locale::en, other.dump()));
  EXPECT_EQ(render_message(Code::kJsonSyntax, {{"offset", 7}}, Locale::en),
            "The JSON is malformed near byte 7; check brackets, quotes and commas");
}

TEST(LocalePack, StalePackIsRefusedNatively) {
  nlohmann::json pack = testing::pack_json(Locale::en);
  pack["codes"] = "ffffffffffffffff";
  std::optional<Error> error = install_locale_pack(Locale::en, pack.dump());
  ASSERT_TRUE(error);
  EXPECT_EQ(error->code, Code::kLocalePackStale);
}

}  // namespace
}  // namespace yushen
