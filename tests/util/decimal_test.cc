// Tests for util/decimal: the fast path returns exactly what strtod returns (bit for bit)
// whenever it answers, and leaves the cases outside the exact range to strtod.
#include "util/decimal.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

namespace yushen {
namespace {

std::uint64_t bits(double d) {
  std::uint64_t out;
  std::memcpy(&out, &d, sizeof out);
  return out;
}

void expect_same_as_strtod(const std::string& text) {
  std::optional<double> fast = fast_decimal(text);
  if (!fast) return;
  EXPECT_EQ(bits(*fast), bits(std::strtod(text.c_str(), nullptr))) << text;
}

TEST(Decimal, FormValuesTakeTheFastPath) {
  for (const char* text : {"55.32", "456.71", "0.1", "-3.5", "3407.0", "1e3", "2.5E-3", "-0.0", "0.000", "120.00"}) {
    ASSERT_TRUE(fast_decimal(text).has_value()) << text;
    expect_same_as_strtod(text);
  }
  EXPECT_EQ(*fast_decimal("55.32"), 55.32);
  EXPECT_TRUE(std::signbit(*fast_decimal("-0.0")));
  EXPECT_EQ(*fast_decimal("1E+2"), 100.0);
}

TEST(Decimal, OutsideTheExactRangeFallsBackToStrtod) {
  EXPECT_FALSE(fast_decimal("1e23").has_value());
  EXPECT_FALSE(fast_decimal("1.5e-23").has_value());
  EXPECT_FALSE(fast_decimal("9007199254740993.0").has_value());   // mantissa above 2^53
  EXPECT_FALSE(fast_decimal("0.30000000000000000000001").has_value());
  EXPECT_FALSE(fast_decimal("1e99999999999").has_value());        // a huge exponent stops early
  EXPECT_TRUE(fast_decimal("9007199254740992e-1").has_value());   // 2^53 itself is exact
}

// Random decimals of every shape the fast path accepts or refuses: whenever it answers,
// the bits equal strtod's (glibc rounds correctly, as musl does in WASM).
TEST(Decimal, RandomDecimalsMatchStrtodBitForBit) {
  std::mt19937_64 random(20261124);
  int answered = 0;
  for (int i = 0; i < 200000; ++i) {
    std::string text;
    if (random() % 4 == 0) text += '-';
    const int int_digits = 1 + static_cast<int>(random() % 17);
    text += static_cast<char>('1' + random() % 9);
    for (int d = 1; d < int_digits; ++d) text += static_cast<char>('0' + random() % 10);
    if (random() % 2) {
      text += '.';
      const int frac_digits = 1 + static_cast<int>(random() % 17);
      for (int d = 0; d < frac_digits; ++d) text += static_cast<char>('0' + random() % 10);
    }
    if (random() % 3 == 0) {
      text += random() % 2 ? 'e' : 'E';
      const int sign = static_cast<int>(random() % 3);
      if (sign == 1) text += '-';
      if (sign == 2) text += '+';
      text += std::to_string(random() % 40);
    }
    if (fast_decimal(text)) ++answered;
    expect_same_as_strtod(text);
  }
  EXPECT_GT(answered, 50000);  // the test exercises the fast path, not only the fallback
}

}  // namespace
}  // namespace yushen
