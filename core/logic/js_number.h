// Internal to the logic stage; use logic/logic.h. JavaScript's number <-> string conversions
// (ECMAScript 2023 §7.1.4.1.1 StringToNumber, §21.1.2.12 parseFloat, §6.1.6.1.20
// Number::toString), so JsonLogic arithmetic and `cat` match json-logic-js exactly.
// Tested by tests/logic/js_number_test.cc.
#pragma once

#include <string>
#include <string_view>

namespace yushen::logic::detail {

// Number("…"): trims JS white space; "" -> 0; decimal, Infinity, 0x/0o/0b literals; else NaN.
double js_string_to_number(std::string_view text);

// parseFloat("…"): the longest decimal (or Infinity) prefix after leading white space; else NaN.
double js_parse_float(std::string_view text);

// String(n): shortest round-trip digits in JS layout: 1 -> "1", 0.1 + 0.2 ->
// "0.30000000000000004", 1e21 -> "1e+21", 1e-7 -> "1e-7", -0 -> "0", NaN -> "NaN".
std::string js_number_to_string(double n);

// ToIntegerOrInfinity: NaN -> 0, ±Infinity stay, otherwise truncated toward zero.
double js_to_integer(double n);

// The length of a UTF-8 string in UTF-16 code units (what JS's .length reports).
std::size_t utf16_length(std::string_view text);

}  // namespace yushen::logic::detail
