// Clinger's fast path for JSON numbers (see decimal.h for why it is exact).
// Tested by tests/util/decimal_test.cc.
#include "util/decimal.h"

#include <cstdint>

namespace yushen {
namespace {

constexpr std::uint64_t kMaxExactMantissa = std::uint64_t{1} << 53;
constexpr int kMaxExactPower = 22;  // 10^22 is the largest power of ten a double holds exactly

constexpr double kPowersOfTen[kMaxExactPower + 1] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<double> fast_decimal(std::string_view text) {
  const char* p = text.data();
  const char* const end = p + text.size();
  const bool negative = p != end && *p == '-';
  if (negative) ++p;
  std::uint64_t mantissa = 0;
  int exponent = 0;
  bool fraction = false;
  for (; p != end && (is_digit(*p) || *p == '.'); ++p) {
    if (*p == '.') {
      fraction = true;
      continue;
    }
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
    if (mantissa > kMaxExactMantissa) return std::nullopt;  // checked before it can wrap
    if (fraction) --exponent;
  }
  if (p != end) {  // 'e' or 'E', an optional sign, digits
    ++p;
    const bool negative_exponent = p != end && *p == '-';
    if (p != end && (*p == '-' || *p == '+')) ++p;
    int written = 0;
    for (; p != end; ++p) {
      if (written > 1000) return std::nullopt;  // far outside the exact range anyway
      written = written * 10 + (*p - '0');
    }
    exponent += negative_exponent ? -written : written;
  }
  double value = static_cast<double>(mantissa);
  if (mantissa != 0) {
    if (exponent < -kMaxExactPower || exponent > kMaxExactPower) return std::nullopt;
    value = exponent < 0 ? value / kPowersOfTen[-exponent] : value * kPowersOfTen[exponent];
  }
  return negative ? -value : value;
}

}  // namespace yushen
