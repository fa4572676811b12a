// JavaScript number <-> string conversions: StringToNumber, parseFloat, Number::toString.
// Entry points: js_string_to_number(), js_parse_float(), js_number_to_string() (js_number.h).
// Decimal text is converted by strtod/snprintf, which round correctly (glibc, musl) and read
// only the "C" locale here: the core never calls setlocale.
// Tested by tests/logic/js_number_test.cc.
#include "logic/js_number.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

#include "util/utf8.h"

namespace yushen::logic::detail {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// WhiteSpace and LineTerminator code points (ECMAScript §12.2, §12.3).
bool is_js_space(char32_t c) {
  switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

std::string_view trim(std::string_view s, bool end_too) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    std::size_t next = begin;
    if (!is_js_space(decode_utf8(s, next))) break;
    begin = next;
  }
  if (!end_too) return s.substr(begin);
  std::size_t end = begin;
  for (std::size_t i = begin; i < s.size();) {
    if (!is_js_space(decode_utf8(s, i))) end = i;
  }
  return s.substr(begin, end - begin);
}

std::size_t count_digits(std::string_view s, std::size_t i) {
  std::size_t n = 0;
  while (i + n < s.size() && s[i + n] >= '0' && s[i + n] <= '9') ++n;
  return n;
}

// Length of the longest prefix of `s` that is a StrDecimalLiteral other than Infinity
// ([+-] (digits [. digits] | . digits) [e [+-] digits]); 0 if there is none.
std::size_t decimal_prefix(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t int_digits = count_digits(s, i);
  i += int_digits;
  std::size_t frac_digits = 0;
  if (i < s.size() && s[i] == '.') {
    frac_digits = count_digits(s, i + 1);
    if (int_digits > 0 || frac_digits > 0) i += 1 + frac_digits;
  }
  if (int_digits == 0 && frac_digits == 0) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    std::size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    std::size_t exp_digits = count_digits(s, j);
    if (exp_digits > 0) i = j + exp_digits;
  }
  return i;
}

// Length of a [+-]Infinity prefix, or 0.
std::size_t infinity_prefix(std::string_view s, double& value) {
  std::size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  if (s.substr(i, 8) != "Infinity") return 0;
  value = (i == 1 && s[0] == '-') ? -kInf : kInf;
  return i + 8;
}

double decimal_value(std::string_view literal) {
  std::string copy(literal);
  return std::strtod(copy.c_str(), nullptr);
}

// 0x / 0o / 0b integer literals (no sign, at least one digit); NaN if malformed.
double radix_literal(std::string_view s) {
  int base = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : 2;
  if (s.size() < 3) return kNaN;
  for (std::size_t i = 2; i < s.size(); ++i) {
    char c = s[i];
    int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10
          : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : 99;
    if (d >= base) return kNaN;
  }
  if (base == 16) return decimal_value(s);  // strtod reads hex integers, correctly rounded
  double value = 0;
  for (std::size_t i = 2; i < s.size(); ++i) value = value * base + (s[i] - '0');
  return value;
}

bool is_radix_prefix(std::string_view s) {
  if (s.size() < 2 || s[0] != '0') return false;
  char c = s[1];
  return c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B';
}

bool round_trips(const std::string& digits, int exp10, double v) {
  std::string text = digits.substr(0, 1);
  if (digits.size() > 1) text += "." + digits.substr(1);
  text += "e" + std::to_string(exp10);
  return std::strtod(text.c_str(), nullptr) == v;
}

// Adds delta (+1 or -1) in the last place of `digits`; false when the digit count would change.
bool step(std::string& digits, int delta) {
  for (std::size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0' + delta;
    if (d >= 0 && d <= 9) {
      digits[i] = static_cast<char>('0' + d);
      return digits[0] != '0';
    }
    digits[i] = delta > 0 ? '0' : '9';
  }
  return false;
}

// The shortest digits that round-trip to v (positive, finite), choosing the closest when
// several have that length, as Number::toString requires; v == 0.D × 10^n.
void shortest_digits(double v, std::string& digits, int& n) {
  char buffer[64];
  for (int k = 1; k <= 17; ++k) {
    std::snprintf(buffer, sizeof buffer, "%.*e", k - 1, v);
    std::string text(buffer);
    std::size_t e = text.find('e');
    std::string d;
    for (std::size_t i = 0; i < e; ++i) {
      if (text[i] != '.') d += text[i];
    }
    int exp10 = std::atoi(text.c_str() + e + 1);
    bool found = round_trips(d, exp10, v);
    // Next to a power of two the rounding interval is lopsided: the nearest k-digit decimal
    // may miss it while a neighbour on the wider side hits it.
    for (int delta : {1, -1}) {
      if (found) break;
      std::string neighbour = d;
      if (step(neighbour, delta) && round_trips(neighbour, exp10, v)) {
        d = neighbour;
        found = true;
      }
    }
    if (found || k == 17) {
      while (d.size() > 1 && d.back() == '0') d.pop_back();
      digits = d;
      n = exp10 + 1;
      return;
    }
  }
}

}  // namespace

double js_string_to_number(std::string_view text) {
  std::string_view s = trim(text, /*end_too=*/true);
  if (s.empty()) return 0;
  if (is_radix_prefix(s)) return radix_literal(s);
  double inf = 0;
  if (std::size_t n = infinity_prefix(s, inf); n != 0) return n == s.size() ? inf : kNaN;
  if (decimal_prefix(s) != s.size()) return kNaN;
  return decimal_value(s);
}

double js_parse_float(std::string_view text) {
  std::string_view s = trim(text, /*end_too=*/false);
  double inf = 0;
  if (infinity_prefix(s, inf) != 0) return inf;
  std::size_t n = decimal_prefix(s);
  if (n == 0) return kNaN;
  return decimal_value(s.substr(0, n));
}

std::string js_number_to_string(double v) {
  if (std::isnan(v)) return "NaN";
  if (v == 0) return "0";
  if (v < 0) return "-" + js_number_to_string(-v);
  if (std::isinf(v)) return "Infinity";
  std::string s;
  int n = 0;
  shortest_digits(v, s, n);
  int k = static_cast<int>(s.size());
  if (k <= n && n <= 21) return s + std::string(static_cast<std::size_t>(n - k), '0');
  if (0 < n && n <= 21) return s.substr(0, static_cast<std::size_t>(n)) + "." + s.substr(static_cast<std::size_t>(n));
  if (-6 < n && n <= 0) return "0." + std::string(static_cast<std::size_t>(-n), '0') + s;
  int e = n - 1;
  std::string exponent = (e < 0 ? "e-" : "e+") + std::to_string(e < 0 ? -e : e);
  if (k == 1) return s + exponent;
  return s.substr(0, 1) + "." + s.substr(1) + exponent;
}

double js_to_integer(double n) {
  if (std::isnan(n)) return 0;
  if (std::isinf(n)) return n;
  return std::trunc(n);
}

std::size_t utf16_length(std::string_view text) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size();) units += decode_utf8(text, i) >= 0x10000 ? 2 : 1;
  return units;
}

}  // namespace yushen::logic::detail
