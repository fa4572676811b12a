// Tests for the adapted formats: `regex` through the pattern engine, and the Chinese
// identifier checks through the registry, keeping their own codes and warnings.
#include "formats/adapters.h"

#include <gtest/gtest.h>

#include "formats/registry.h"

namespace yushen::formats {
namespace {

FormatResult check(std::string_view format, std::string_view value, FormatContext context = {}) {
  const FormatEntry* entry = find_format(format);
  EXPECT_NE(entry, nullptr) << format;
  return entry ? entry->check(value, context) : FormatResult{};
}

TEST(Adapters, RegexFormatUsesTheLinearEngine) {
  EXPECT_TRUE(check("regex", "^[\\u4e00-\\u9fa5]{2,20}$").ok);
  EXPECT_TRUE(check("regex", "\\p{Script=Han}+").ok);
  EXPECT_FALSE(check("regex", "(").ok);
  EXPECT_FALSE(check("regex", "(?=lookahead)").ok);  // refused by the engine, so not usable
}

TEST(Adapters, EveryCnFormatIsRegistered) {
  for (const cn::FormatEntry& entry : cn::all_formats()) {
    EXPECT_NE(find_format(entry.name), nullptr) << entry.name;
  }
}

TEST(Adapters, CnFailuresKeepTheirOwnCodes) {
  // 11010519491231002X is the GB 11643 example number; change its check character.
  FormatResult good = check("cn-resident-id", "11010519491231002X");
  EXPECT_TRUE(good.ok);
  FormatResult bad = check("cn-resident-id", "110105194912310021");
  EXPECT_FALSE(bad.ok);
  EXPECT_FALSE(bad.warning);
  EXPECT_EQ(code_id(bad.code), "cn.resident_id.checksum");
  EXPECT_EQ(code_id(check("cn-uscc", "91350100M000100Y41").code), "cn.uscc.checksum");
}

TEST(Adapters, TodayComesFromTheCaller) {
  FormatContext before;
  before.today_year = 1949;
  before.today_month = 12;
  before.today_day = 30;
  FormatResult future = check("cn-resident-id", "11010519491231002X", before);
  EXPECT_FALSE(future.ok);
  EXPECT_EQ(code_id(future.code), "cn.resident_id.future_date");
}

TEST(Adapters, AdvisoryFailuresStayWarnings) {
  FormatResult luhn = check("bank-card", "6222020200112233445");
  EXPECT_FALSE(luhn.ok);
  EXPECT_TRUE(luhn.warning);
}

}  // namespace
}  // namespace yushen::formats
