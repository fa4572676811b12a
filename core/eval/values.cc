// Type bits, equality, duplicates and property lookup for the evaluator.
// Tested by tests/eval/values_test.cc.
#include "eval/values.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace yushen::eval {

std::uint32_t type_bits(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return plan::kTypeNull;
    case nlohmann::json::value_t::boolean: return plan::kTypeBoolean;
    case nlohmann::json::value_t::object: return plan::kTypeObject;
    case nlohmann::json::value_t::array: return plan::kTypeArray;
    case nlohmann::json::value_t::string: return plan::kTypeString;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return plan::kTypeNumber | plan::kTypeInteger;
    case nlohmann::json::value_t::number_float: {
      double d = value.get<double>();
      return std::isfinite(d) && std::floor(d) == d ? (plan::kTypeNumber | plan::kTypeInteger) : plan::kTypeNumber;
    }
    default: return 0;
  }
}

bool json_equal(const nlohmann::json& a, const nlohmann::json& b) { return a == b; }

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

bool is_declared_property(const plan::Plan& plan, const plan::Instruction& in, const std::string& name) {
  auto first = plan.properties.begin() + in.b;
  auto last = first + in.c;
  auto found = std::lower_bound(first, last, name,
                                [](const plan::PropertyEntry& entry, const std::string& key) { return entry.name < key; });
  if (found != last && found->name == name) return true;
  for (std::uint32_t k = 0; k < in.e; ++k) {
    if (plan.regexes[plan.patterns[in.d + k].regex].search(name)) return true;
  }
  return false;
}

}  // namespace yushen::eval
