// JavaScript conversions and comparisons over run-time values (see coerce.h for the clauses).
// Entry points: truthy(), to_string(), to_number(), loose_equals(), strict_equals(),
// less_than(), compare_utf16().
// Tested by tests/logic/coerce_test.cc.
#include "logic/coerce.h"

#include <cmath>
#include <limits>

#include "logic/js_number.h"
#include "util/utf8.h"

namespace yushen::logic::detail {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kBytesPerUnit = 256;

// Join recursion is bounded by budget.max_depth().
void append_at(const Value& v, std::string& out, Budget& budget, std::size_t depth) {
  if (!budget.ok()) return;
  std::size_t before = out.size();
  switch (v.type()) {
    case Type::undefined: out += "undefined"; break;
    case Type::null: out += "null"; break;
    case Type::boolean: out += v.as_bool() ? "true" : "false"; break;
    case Type::number: out += js_number_to_string(v.as_number()); break;
    case Type::string: out += v.as_string(); break;
    case Type::object: out += "[object Object]"; break;
    case Type::array:
      if (depth >= budget.max_depth()) {
        budget.fail_depth();
        return;
      }
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (!budget.spend(1)) return;
        if (i > 0) out += ',';
        Value item = v.at(i);
        if (!item.is_nullish()) append_at(item, out, budget, depth + 1);
      }
      return;
  }
  budget.spend((out.size() - before) / kBytesPerUnit);
}

enum class Kind { undefined, null, boolean, number, string, object };

Kind kind(const Value& v) {
  switch (v.type()) {
    case Type::undefined: return Kind::undefined;
    case Type::null: return Kind::null;
    case Type::boolean: return Kind::boolean;
    case Type::number: return Kind::number;
    case Type::string: return Kind::string;
    default: return Kind::object;
  }
}

}  // namespace

bool js_truthy(const Value& v) {
  switch (v.type()) {
    case Type::undefined:
    case Type::null: return false;
    case Type::boolean: return v.as_bool();
    case Type::number: return v.as_number() != 0 && !std::isnan(v.as_number());
    case Type::string: return !v.as_string().empty();
    default: return true;
  }
}

bool truthy(const Value& v) {
  if (v.is_array() && v.size() == 0) return false;
  return js_truthy(v);
}

void append_string(const Value& v, std::string& out, Budget& budget) { append_at(v, out, budget, 0); }

std::string to_string(const Value& v, Budget& budget) {
  if (v.is_string()) return std::string(v.as_string());
  std::string out;
  append_at(v, out, budget, 0);
  return out;
}

Value to_primitive(const Value& v, Budget& budget) {
  if (v.is_array() || v.is_object()) return Value::string(to_string(v, budget));
  return v;
}

double to_number(const Value& v, Budget& budget) {
  switch (v.type()) {
    case Type::undefined: return kNaN;
    case Type::null: return 0;
    case Type::boolean: return v.as_bool() ? 1 : 0;
    case Type::number: return v.as_number();
    case Type::string: return js_string_to_number(v.as_string());
    default: return js_string_to_number(to_string(v, budget));
  }
}

bool strict_equals(const Value& a, const Value& b) {
  Kind ka = kind(a);
  if (ka != kind(b)) return false;
  switch (ka) {
    case Kind::undefined:
    case Kind::null: return true;
    case Kind::boolean: return a.as_bool() == b.as_bool();
    case Kind::number: return a.as_number() == b.as_number();
    case Kind::string: return a.as_string() == b.as_string();
    case Kind::object: return a.identity() == b.identity();
  }
  return false;
}

// IsLooselyEqual; each step removes one conversion, so it ends within three rounds.
bool loose_equals(const Value& a, const Value& b, Budget& budget) {
  Kind ka = kind(a);
  Kind kb = kind(b);
  if (ka == kb) return strict_equals(a, b);
  bool a_nullish = ka == Kind::undefined || ka == Kind::null;
  bool b_nullish = kb == Kind::undefined || kb == Kind::null;
  if (a_nullish || b_nullish) return a_nullish && b_nullish;
  if (ka == Kind::number && kb == Kind::string) return a.as_number() == to_number(b, budget);
  if (ka == Kind::string && kb == Kind::number) return to_number(a, budget) == b.as_number();
  if (ka == Kind::boolean) return loose_equals(Value::number(a.as_bool() ? 1 : 0), b, budget);
  if (kb == Kind::boolean) return loose_equals(a, Value::number(b.as_bool() ? 1 : 0), budget);
  if (ka == Kind::object) return loose_equals(to_primitive(a, budget), b, budget);
  if (kb == Kind::object) return loose_equals(a, to_primitive(b, budget), budget);
  return false;
}

std::optional<bool> less_than(const Value& a, const Value& b, Budget& budget) {
  Value pa = to_primitive(a, budget);
  Value pb = to_primitive(b, budget);
  if (pa.is_string() && pb.is_string()) return compare_utf16(pa.as_string(), pb.as_string()) < 0;
  double na = to_number(pa, budget);
  double nb = to_number(pb, budget);
  if (std::isnan(na) || std::isnan(nb)) return std::nullopt;
  return na < nb;
}

int compare_utf16(std::string_view a, std::string_view b) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    char32_t ca = decode_utf8(a, i);
    char32_t cb = decode_utf8(b, j);
    if (ca == cb) continue;
    // Code point order equals UTF-16 order except between a supplementary character (lead
    // surrogate 0xD800..0xDBFF) and a BMP character at or above 0xE000.
    bool sa = ca >= 0x10000;
    bool sb = cb >= 0x10000;
    if (sa == sb) return ca < cb ? -1 : 1;
    char32_t ua = sa ? 0xD800 + ((ca - 0x10000) >> 10) : ca;
    char32_t ub = sb ? 0xD800 + ((cb - 0x10000) >> 10) : cb;
    return ua < ub ? -1 : 1;
  }
  if (i < a.size()) return 1;
  if (j < b.size()) return -1;
  return 0;
}

}  // namespace yushen::logic::detail
