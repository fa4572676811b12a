// Comparison operators: == != (JavaScript loose equality), === !== (strict), < <= (with the
// three-argument "between" forms), > >=. All arguments are evaluated first, left to right.
// Tested by tests/logic/ops_compare_test.cc.
#include "logic/coerce.h"
#include "logic/program.h"

namespace yushen::logic::detail {
namespace {

// a <= b is "not (b < a)", false when that comparison is undefined (NaN).
bool less_equal(const Value& a, const Value& b, Budget& budget) {
  std::optional<bool> r = less_than(b, a, budget);
  return r.has_value() && !*r;
}

bool less(const Value& a, const Value& b, Budget& budget) { return less_than(a, b, budget).value_or(false); }

// Applies `compare` to (a, b), and for a third argument that is not undefined also to (b, c).
template <class Compare>
Result<Value> chain(Evaluator& ev, const Node& node, const Value& data, Compare compare) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  const std::vector<Value>& a = v.value();
  if (a.size() < 3 || a[2].is_undefined()) return Value::boolean(compare(a[0], a[1], ev.budget()));
  return Value::boolean(compare(a[0], a[1], ev.budget()) && compare(a[1], a[2], ev.budget()));
}

template <class Compare>
Result<Value> binary(Evaluator& ev, const Node& node, const Value& data, Compare compare) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  return Value::boolean(compare(v.value()[0], v.value()[1], ev.budget()));
}

}  // namespace

Result<Value> op_equal(Evaluator& ev, const Node& node, const Value& data) {
  return binary(ev, node, data, loose_equals);
}

Result<Value> op_not_equal(Evaluator& ev, const Node& node, const Value& data) {
  return binary(ev, node, data, [](const Value& a, const Value& b, Budget& budget) {
    return !loose_equals(a, b, budget);
  });
}

Result<Value> op_strict_equal(Evaluator& ev, const Node& node, const Value& data) {
  return binary(ev, node, data, [](const Value& a, const Value& b, Budget&) { return strict_equals(a, b); });
}

Result<Value> op_strict_not_equal(Evaluator& ev, const Node& node, const Value& data) {
  return binary(ev, node, data, [](const Value& a, const Value& b, Budget&) { return !strict_equals(a, b); });
}

Result<Value> op_less(Evaluator& ev, const Node& node, const Value& data) { return chain(ev, node, data, less); }

Result<Value> op_less_equal(Evaluator& ev, const Node& node, const Value& data) {
  return chain(ev, node, data, less_equal);
}

Result<Value> op_greater(Evaluator& ev, const Node& node, const Value& data) {
  return binary(ev, node, data, [](const Value& a, const Value& b, Budget& budget) { return less(b, a, budget); });
}

Result<Value> op_greater_equal(Evaluator& ev, const Node& node, const Value& data) {
  return binary(ev, node, data, [](const Value& a, const Value& b, Budget& budget) {
    std::optional<bool> r = less_than(a, b, budget);
    return r.has_value() && !*r;
  });
}

}  // namespace yushen::logic::detail
