// Internal to the logic stage; use logic/logic.h. JavaScript's type conversions and
// comparisons over run-time values (ECMAScript §7.1 ToBoolean/ToNumber/ToString/ToPrimitive,
// §7.2.14 IsLessThan, §7.2.15 IsLooselyEqual, §7.2.16 IsStrictlyEqual), plus JsonLogic's
// truthiness. Conversions that walk arrays charge the budget and respect its depth limit.
// Tested by tests/logic/coerce_test.cc.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "logic/value.h"

namespace yushen::logic::detail {

// JsonLogic truthiness: JavaScript's, except that an empty array is false.
bool truthy(const Value& v);

// JavaScript ToBoolean (an empty array is true).
bool js_truthy(const Value& v);

// String(v). Arrays join their elements with "," (null and undefined as ""), objects are
// "[object Object]". Charges one unit per element and per 256 bytes produced.
std::string to_string(const Value& v, Budget& budget);

// Appends String(v) to `out`; for cat and join.
void append_string(const Value& v, std::string& out, Budget& budget);

// Number(v): undefined -> NaN, null -> 0, booleans -> 0/1, strings by StringToNumber,
// arrays and objects through their string form.
double to_number(const Value& v, Budget& budget);

// ToPrimitive: arrays and objects become their string form; other values are unchanged.
Value to_primitive(const Value& v, Budget& budget);

// ===
bool strict_equals(const Value& a, const Value& b);
// ==
bool loose_equals(const Value& a, const Value& b, Budget& budget);
// a < b as IsLessThan: nullopt when a number comparison meets NaN ("undefined").
std::optional<bool> less_than(const Value& a, const Value& b, Budget& budget);

// Compares two UTF-8 strings in UTF-16 code-unit order, as JavaScript orders strings: <0, 0, >0.
int compare_utf16(std::string_view a, std::string_view b);

}  // namespace yushen::logic::detail
