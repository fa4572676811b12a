// Array operators: array literals, map, filter, reduce, all, some, none (each applies its
// second argument with an element as the data), merge and in. Every element visited costs
// one unit of the budget.
// Tested by tests/logic/ops_array_test.cc.
#include "logic/coerce.h"
#include "logic/program.h"

namespace yushen::logic::detail {
namespace {

// Evaluates the first argument, the array to iterate; anything else yields nullopt.
Result<std::optional<Value>> scoped_array(Evaluator& ev, const Node& node, const Value& data) {
  Result<Value> v = ev.eval(ev.args(node)[0], data);
  if (!v.ok()) return v.error();
  if (!v.value().is_array()) return std::optional<Value>();
  return std::optional<Value>(std::move(v).value());
}

enum class Quantifier { all, some, none };

Result<Value> quantify(Evaluator& ev, const Node& node, const Value& data, Quantifier q) {
  Result<std::optional<Value>> items = scoped_array(ev, node, data);
  if (!items.ok()) return items.error();
  const std::optional<Value>& array = items.value();
  if (!array || array->size() == 0) return Value::boolean(q == Quantifier::none);
  std::uint32_t logic = ev.args(node)[1];
  for (std::size_t i = 0; i < array->size(); ++i) {
    if (!ev.budget().spend(1)) return Value();
    Result<Value> r = ev.eval(logic, array->at(i));
    if (!r.ok()) return r;
    bool t = truthy(r.value());
    if (q == Quantifier::all && !t) return Value::boolean(false);
    if (q == Quantifier::some && t) return Value::boolean(true);
    if (q == Quantifier::none && t) return Value::boolean(false);
  }
  return Value::boolean(q != Quantifier::some);
}

// map (keep every result) and filter (keep the elements whose result is truthy).
Result<Value> transform(Evaluator& ev, const Node& node, const Value& data, bool is_filter) {
  Result<std::optional<Value>> items = scoped_array(ev, node, data);
  if (!items.ok()) return items.error();
  std::vector<Value> out;
  if (const std::optional<Value>& array = items.value()) {
    std::uint32_t logic = ev.args(node)[1];
    for (std::size_t i = 0; i < array->size(); ++i) {
      if (!ev.budget().spend(1)) return Value();
      Value item = array->at(i);
      Result<Value> r = ev.eval(logic, item);
      if (!r.ok()) return r;
      if (!is_filter) {
        out.push_back(std::move(r).value());
      } else if (truthy(r.value())) {
        out.push_back(std::move(item));
      }
    }
  }
  return make_array(std::move(out), ev.budget());
}

}  // namespace

Result<Value> op_array_literal(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  return make_array(std::move(v).value(), ev.budget());
}

Result<Value> op_map(Evaluator& ev, const Node& node, const Value& data) { return transform(ev, node, data, false); }

Result<Value> op_filter(Evaluator& ev, const Node& node, const Value& data) { return transform(ev, node, data, true); }

// reduce(array, logic, initial): logic sees {"current": element, "accumulator": so far}.
Result<Value> op_reduce(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::optional<Value>> items = scoped_array(ev, node, data);
  if (!items.ok()) return items.error();
  Value accumulator = Value::null();
  if (node.count > 2) {
    Result<Value> initial = ev.eval(ev.args(node)[2], data);
    if (!initial.ok()) return initial;
    accumulator = std::move(initial).value();
  }
  const std::optional<Value>& array = items.value();
  if (!array) return accumulator;
  std::uint32_t logic = ev.args(node)[1];
  for (std::size_t i = 0; i < array->size(); ++i) {
    if (!ev.budget().spend(1)) return Value();
    Value scope = make_object({{"current", array->at(i)}, {"accumulator", accumulator}}, ev.budget());
    if (!ev.budget().ok()) return Value();
    Result<Value> r = ev.eval(logic, scope);
    if (!r.ok()) return r;
    accumulator = std::move(r).value();
  }
  return accumulator;
}

Result<Value> op_all(Evaluator& ev, const Node& node, const Value& data) {
  return quantify(ev, node, data, Quantifier::all);
}

Result<Value> op_some(Evaluator& ev, const Node& node, const Value& data) {
  return quantify(ev, node, data, Quantifier::some);
}

Result<Value> op_none(Evaluator& ev, const Node& node, const Value& data) {
  return quantify(ev, node, data, Quantifier::none);
}

// [].concat(a).concat(b)…: arrays are spread one level, other values appended.
Result<Value> op_merge(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  std::vector<Value> out;
  for (const Value& item : v.value()) {
    if (!item.is_array()) {
      out.push_back(item);
      continue;
    }
    if (!ev.budget().spend(item.size())) return Value();
    for (std::size_t i = 0; i < item.size(); ++i) out.push_back(item.at(i));
  }
  return make_array(std::move(out), ev.budget());
}

// in(a, b): substring test when b is a string, === membership when b is an array, else false.
Result<Value> op_in(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  const Value& needle = v.value()[0];
  const Value& haystack = v.value()[1];
  if (!js_truthy(haystack)) return Value::boolean(false);
  if (haystack.is_string()) {
    std::string text = to_string(needle, ev.budget());
    ev.budget().spend(haystack.as_string().size() / 256);
    return Value::boolean(haystack.as_string().find(text) != std::string_view::npos);
  }
  if (!haystack.is_array()) return Value::boolean(false);
  for (std::size_t i = 0; i < haystack.size(); ++i) {
    if (!ev.budget().spend(1)) return Value();
    if (strict_equals(needle, haystack.at(i))) return Value::boolean(true);
  }
  return Value::boolean(false);
}

}  // namespace yushen::logic::detail
