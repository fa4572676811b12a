// String operators: cat (Array.prototype.join with "") and substr (String.prototype.substr,
// with json-logic-js's negative-length extension). substr counts UTF-16 code units like
// JavaScript; a surrogate pair cut in half becomes U+FFFD (docs/jsonlogic.md, divergences).
// Tested by tests/logic/ops_string_test.cc.
#include <algorithm>
#include <cmath>

#include "logic/coerce.h"
#include "logic/js_number.h"
#include "logic/program.h"
#include "util/utf8.h"

namespace yushen::logic::detail {
namespace {

std::u16string to_utf16(std::string_view text) {
  std::u16string out;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = decode_utf8(text, i);
    if (c >= 0x10000) {
      c -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (c >> 10));
      out += static_cast<char16_t>(0xDC00 + (c & 0x3FF));
    } else {
      out += static_cast<char16_t>(c);
    }
  }
  return out;
}

std::string from_utf16(std::u16string_view units) {
  std::string out;
  for (std::size_t i = 0; i < units.size(); ++i) {
    char32_t c = units[i];
    bool lead = c >= 0xD800 && c <= 0xDBFF;
    if (lead && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (units[++i] - 0xDC00);
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = kReplacementChar;
    }
    append_utf8(out, c);
  }
  return out;
}

// String.prototype.substr(start, length) on UTF-16 units; `length` nullopt = to the end.
std::u16string_view js_substr(std::u16string_view s, double start, std::optional<double> length) {
  double size = static_cast<double>(s.size());
  double from = js_to_integer(start);
  if (from < 0) from = std::max(size + from, 0.0);
  from = std::min(from, size);
  double count = length ? std::clamp(js_to_integer(*length), 0.0, size) : size;
  double to = std::min(from + count, size);
  if (to <= from) return {};
  return s.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from));
}

}  // namespace

// Joins String(arg) for every argument, null and undefined as "".
Result<Value> op_cat(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  std::string out;
  for (const Value& item : v.value()) {
    if (!ev.budget().spend(1)) return Value();
    if (!item.is_nullish()) append_string(item, out, ev.budget());
  }
  return Value::string(std::move(out));
}

// substr(source, start, length). A negative length drops that many units from the end:
// String(source).substr(start) then .substr(0, rest.length + length).
Result<Value> op_substr(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  const std::vector<Value>& a = v.value();
  Budget& budget = ev.budget();
  std::string source = to_string(a[0], budget);
  if (!budget.spend(1 + source.size() / 256)) return Value();
  std::u16string units = to_utf16(source);
  double start = to_number(a[1], budget);
  Value end = a.size() > 2 ? a[2] : Value();
  if (!end.is_undefined() && less_than(end, Value::number(0), budget).value_or(false)) {
    std::u16string_view rest = js_substr(units, start, std::nullopt);
    // rest.length + end: a number sum, or (for a string-like end) a string concatenation.
    double length = end.is_number()
                        ? static_cast<double>(rest.size()) + end.as_number()
                        : js_string_to_number(js_number_to_string(static_cast<double>(rest.size())) +
                                              to_string(end, budget));
    return Value::string(from_utf16(js_substr(rest, 0, length)));
  }
  std::optional<double> length;
  if (!end.is_undefined()) length = to_number(end, budget);
  return Value::string(from_utf16(js_substr(units, start, length)));
}

}  // namespace yushen::logic::detail
