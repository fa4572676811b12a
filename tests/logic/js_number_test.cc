// Tests for JavaScript number conversions (core/logic/js_number.cc). Expected values are what
// Node 20 prints for String(n), Number(s) and parseFloat(s).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "logic/js_number.h"

namespace yushen::logic::detail {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(JsNumberTest, ToString) {
  struct Row { double n; const char* expected; };
  const Row rows[] = {
      {0, "0"}, {-0.0, "0"}, {1, "1"}, {-1, "-1"}, {1.0, "1"}, {0.1 + 0.2, "0.30000000000000004"},
      {0.1, "0.1"}, {1.5, "1.5"}, {100, "100"}, {123.456, "123.456"}, {1e21, "1e+21"},
      {1e20, "100000000000000000000"}, {123456789012345680000.0, "123456789012345680000"},
      {1.2345678901234568e21, "1.2345678901234568e+21"}, {1e-6, "0.000001"}, {1e-7, "1e-7"},
      {1.5e-7, "1.5e-7"}, {-1e-7, "-1e-7"}, {0.000123, "0.000123"}, {5e-324, "5e-324"},
      {1.7976931348623157e308, "1.7976931348623157e+308"}, {9007199254740993.0, "9007199254740992"},
      {1.0 / 3, "0.3333333333333333"}, {2.0 / 3, "0.6666666666666666"}, {4.35, "4.35"},
      {0.1 * 3, "0.30000000000000004"}, {1e300 * 10, "1e+301"}, {kInf, "Infinity"},
      {-kInf, "-Infinity"}, {kNaN, "NaN"}, {2.5e-5, "0.000025"}, {1e100, "1e+100"},
      {9.5367431640625e-7, "9.5367431640625e-7"}, {2.2250738585072014e-308, "2.2250738585072014e-308"},
      // Powers of two, where the rounding interval is lopsided.
      {std::ldexp(1.0, -1074), "5e-324"}, {std::ldexp(1.0, 1023), "8.98846567431158e+307"},
      {std::ldexp(1.0, -1022), "2.2250738585072014e-308"}, {std::ldexp(1.0, 60), "1152921504606847000"},
      {std::ldexp(1.0, 70), "1.1805916207174113e+21"},
  };
  for (const Row& row : rows) EXPECT_EQ(js_number_to_string(row.n), row.expected) << row.expected;
}

TEST(JsNumberTest, StringToNumber) {
  struct Row { const char* text; double expected; };
  const Row rows[] = {
      {"", 0}, {"   ", 0}, {"\t\n", 0}, {"1", 1}, {" 12 ", 12}, {"-1", -1}, {"+4", 4}, {"1.5", 1.5},
      {".5", 0.5}, {"5.", 5}, {"1e3", 1000}, {"1E-2", 0.01}, {"0x1A", 26}, {"0X1a", 26}, {"0o17", 15},
      {"0b101", 5}, {"Infinity", kInf}, {"-Infinity", -kInf}, {"+Infinity", kInf}, {"00", 0},
      {"007", 7}, {"\u3000""8\u00a0", 8}, {"1e400", kInf}, {"1e-400", 0},
  };
  for (const Row& row : rows) EXPECT_EQ(js_string_to_number(row.text), row.expected) << row.text;
  const char* nan_rows[] = {"abc", "1,2", "1e", "3px", ".", "-", "+", "0x", "0xG", "-0x1", "inf", "NaN",
                            "1_000", "1 2", "infinity", "0b2", "e5", "--1"};
  for (const char* text : nan_rows) EXPECT_TRUE(std::isnan(js_string_to_number(text))) << text;
  EXPECT_TRUE(std::signbit(js_string_to_number("-0")));
}

TEST(JsNumberTest, ParseFloat) {
  struct Row { const char* text; double expected; };
  const Row rows[] = {
      {"1", 1}, {"  7 ", 7}, {"3px", 3}, {"1e", 1}, {"1e+", 1}, {"1e3x", 1000}, {".5.5", 0.5},
      {"-.5", -0.5}, {"0x1A", 0}, {"1,2", 1}, {"Infinityx", kInf}, {"-Infinity", -kInf},
      {"\n-12.5e-1abc", -1.25}, {"5.", 5}, {"1.2.3", 1.2},
  };
  for (const Row& row : rows) EXPECT_EQ(js_parse_float(row.text), row.expected) << row.text;
  const char* nan_rows[] = {"", "abc", ".", "-", "e5", "true", "null", "[object Object]", "NaN", "+-1"};
  for (const char* text : nan_rows) EXPECT_TRUE(std::isnan(js_parse_float(text))) << text;
}

TEST(JsNumberTest, ToIntegerAndLength) {
  EXPECT_EQ(js_to_integer(kNaN), 0);
  EXPECT_EQ(js_to_integer(-2.7), -2);
  EXPECT_EQ(js_to_integer(2.7), 2);
  EXPECT_EQ(js_to_integer(-kInf), -kInf);
  EXPECT_EQ(utf16_length("abc"), 3u);
  EXPECT_EQ(utf16_length("申请人"), 3u);
  EXPECT_EQ(utf16_length("𠮷a"), 3u);  // a supplementary character is two UTF-16 units
}

}  // namespace
}  // namespace yushen::logic::detail
