// Tests of the birth-date rules (core/cn/birth_date.cc).
#include <gtest/gtest.h>

#include "cn/birth_date.h"

namespace yushen::cn::detail {
namespace {

TEST(BirthDate, LeapYears) {
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_FALSE(is_leap_year(2023));
}

TEST(BirthDate, RealDates) {
  EXPECT_TRUE(is_real_date(2000, 2, 29));
  EXPECT_FALSE(is_real_date(1900, 2, 29));
  EXPECT_TRUE(is_real_date(1990, 12, 31));
  EXPECT_FALSE(is_real_date(1990, 4, 31));
  EXPECT_FALSE(is_real_date(1990, 0, 1));
  EXPECT_FALSE(is_real_date(1990, 13, 1));
  EXPECT_FALSE(is_real_date(1990, 1, 0));
  EXPECT_FALSE(is_real_date(0, 1, 1));
}

TEST(BirthDate, Verdicts) {
  CheckOptions none;
  CheckOptions today{2024, 6, 30, false};
  EXPECT_EQ(check_birth_date(1900, 1, 1, none), DateVerdict::ok);
  EXPECT_EQ(check_birth_date(1899, 12, 31, none), DateVerdict::too_early);
  EXPECT_EQ(check_birth_date(1899, 2, 30, none), DateVerdict::invalid);
  EXPECT_EQ(check_birth_date(2099, 1, 1, none), DateVerdict::ok);
  EXPECT_EQ(check_birth_date(2024, 6, 30, today), DateVerdict::ok);
  EXPECT_EQ(check_birth_date(2024, 7, 1, today), DateVerdict::future);
  EXPECT_EQ(check_birth_date(2025, 1, 1, today), DateVerdict::future);
}

}  // namespace
}  // namespace yushen::cn::detail
