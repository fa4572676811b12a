// Tests of the check-character algorithms (core/cn/check_digits.cc) on published and
// hand-computed examples; tests/cn/oracle_test.cc compares them with python-stdnum.
#include <gtest/gtest.h>

#include "cn/check_digits.h"

namespace yushen::cn::detail {
namespace {

TEST(CheckDigits, ResidentId) {
  EXPECT_EQ(resident_id_check_char("11010519491231002"), 'X');  // GB 11643-1999 example
  EXPECT_EQ(resident_id_check_char("44052418800101001"), '4');  // GB 11643-1999 example
  EXPECT_EQ(resident_id_check_char("1101051949123100"), '\0');  // 16 digits
  EXPECT_EQ(resident_id_check_char("1101051949123100A"), '\0');
}

TEST(CheckDigits, Uscc) {
  EXPECT_EQ(uscc_check_char("91350100M000100Y4"), '3');
  EXPECT_EQ(uscc_check_char("91110108MA01ABC20"), '0');  // 31 − 0 = 31 → '0'
  EXPECT_EQ(uscc_check_char("91350100M000100I4"), '\0');  // I is not in the code set
  EXPECT_EQ(uscc_char_value('0'), 0);
  EXPECT_EQ(uscc_char_value('H'), 17);
  EXPECT_EQ(uscc_char_value('J'), 18);
  EXPECT_EQ(uscc_char_value('Y'), 30);
  for (char c : {'I', 'O', 'S', 'V', 'Z', 'a', '\0', '-'}) EXPECT_EQ(uscc_char_value(c), -1) << c;
}

TEST(CheckDigits, OrgCode) {
  EXPECT_EQ(org_code_check_char("12345678"), '8');
  EXPECT_EQ(org_code_check_char("D2143569"), 'X');  // 11 − 1 = 10 → X
  EXPECT_EQ(org_code_check_char("0000000A"), '2');
  EXPECT_EQ(org_code_check_char("00000000"), '0');  // 11 − 0 = 11 → 0
  EXPECT_EQ(org_code_check_char("M000100Y"), '4');  // inside 91350100M000100Y43
  EXPECT_EQ(org_code_check_char("1234567"), '\0');
  EXPECT_EQ(org_code_check_char("1234567a"), '\0');
}

TEST(CheckDigits, Luhn) {
  EXPECT_TRUE(luhn_ok("79927398713"));  // ISO/IEC 7812 textbook example
  EXPECT_FALSE(luhn_ok("79927398710"));
  EXPECT_TRUE(luhn_ok("0"));
  EXPECT_FALSE(luhn_ok(""));
  EXPECT_FALSE(luhn_ok("7992739871a"));
}

}  // namespace
}  // namespace yushen::cn::detail
