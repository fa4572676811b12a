// Type bits, equality, duplicates and property lookup for the evaluator.
// Tested by tests/eval/values_test.cc.
#include "eval/values.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace yushen::eval {

std::uint32_t type_bits(const doc::Value& value) {
  switch (value.kind()) {
    case doc::Kind::null: return plan::kTypeNull;
    case doc::Kind::boolean: return plan::kTypeBoolean;
    case doc::Kind::object: return plan::kTypeObject;
    case doc::Kind::array: return plan::kTypeArray;
    case doc::Kind::string: return plan::kTypeString;
    case doc::Kind::integer:
    case doc::Kind::unsigned_integer: return plan::kTypeNumber | plan::kTypeInteger;
    case doc::Kind::floating: {
      double d = value.floating();
      return std::isfinite(d) && std::floor(d) == d ? (plan::kTypeNumber | plan::kTypeInteger) : plan::kTypeNumber;
    }
  }
  return 0;
}

// nlohmann 3.11's operator== case by case, so const/enum verdicts do not change: same
// kinds compare values; mixed number kinds convert as nlohmann does (to double with a
// float, to int64 between the two integer kinds); anything else is unequal.
bool json_equal(const doc::Value& a, const nlohmann::json& b) {
  using T = nlohmann::json::value_t;
  switch (a.kind()) {
    case doc::Kind::null: return b.is_null();
    case doc::Kind::boolean: return b.is_boolean() && b.get<bool>() == a.boolean();
    case doc::Kind::string: return b.is_string() && b.get_ref<const std::string&>() == a.string();
    case doc::Kind::integer:
      switch (b.type()) {
        case T::number_integer: return a.integer() == b.get<std::int64_t>();
        case T::number_unsigned: return a.integer() == static_cast<std::int64_t>(b.get<std::uint64_t>());
        case T::number_float: return static_cast<double>(a.integer()) == b.get<double>();
        default: return false;
      }
    case doc::Kind::unsigned_integer:
      switch (b.type()) {
        case T::number_integer: return static_cast<std::int64_t>(a.unsigned_integer()) == b.get<std::int64_t>();
        case T::number_unsigned: return a.unsigned_integer() == b.get<std::uint64_t>();
        case T::number_float: return static_cast<double>(a.unsigned_integer()) == b.get<double>();
        default: return false;
      }
    case doc::Kind::floating:
      switch (b.type()) {
        case T::number_integer: return a.floating() == static_cast<double>(b.get<std::int64_t>());
        case T::number_unsigned: return a.floating() == static_cast<double>(b.get<std::uint64_t>());
        case T::number_float: return a.floating() == b.get<double>();
        default: return false;
      }
    case doc::Kind::array: {
      if (!b.is_array() || b.size() != a.size()) return false;
      for (std::size_t i = 0; i < a.size(); ++i) {
        if (!json_equal(a[i], b[i])) return false;
      }
      return true;
    }
    case doc::Kind::object: {
      if (!b.is_object() || b.size() != a.size()) return false;
      const doc::Member* m = a.begin_members();
      for (auto it = b.begin(); it != b.end(); ++it, ++m) {  // both sorted by key bytes
        if (m->key() != it.key() || !json_equal(m->value, it.value())) return false;
      }
      return true;
    }
  }
  return false;
}

// uniqueItems is rare on forms: the items go through nlohmann so that the order and
// equality used stay exactly nlohmann's.
std::optional<std::pair<std::size_t, std::size_t>> find_duplicate(const doc::Value& array) {
  return find_duplicate(doc::to_json(array));
}

std::optional<std::pair<std::size_t, std::size_t>> find_duplicate(const nlohmann::json& array) {
  std::vector<std::size_t> order(array.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return array[x] < array[y]; });
  std::optional<std::pair<std::size_t, std::size_t>> best;
  for (std::size_t k = 1; k < order.size(); ++k) {
    if (!(array[order[k - 1]] == array[order[k]])) continue;
    std::size_t j = std::min(order[k - 1], order[k]);
    std::size_t i = std::max(order[k - 1], order[k]);
    if (!best || i < best->second || (i == best->second && j < best->first)) best = std::make_pair(j, i);
  }
  return best;
}

bool is_declared_property(const plan::Plan& plan, const plan::Instruction& in, std::string_view name) {
  auto first = plan.properties.begin() + in.b;
  auto last = first + in.c;
  auto found = std::lower_bound(first, last, name,
                                [](const plan::PropertyEntry& entry, std::string_view key) { return entry.name < key; });
  if (found != last && found->name == name) return true;
  return is_matched_by_pattern(plan, in, name);
}

bool is_matched_by_pattern(const plan::Plan& plan, const plan::Instruction& in, std::string_view name) {
  for (std::uint32_t k = 0; k < in.e; ++k) {
    if (plan.regexes[plan.patterns[in.d + k].regex].search(name)) return true;
  }
  return false;
}

}  // namespace yushen::eval
