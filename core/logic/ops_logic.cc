// Control and boolean operators: if / ?:, and, or, !, !!. `if`, `and` and `or` evaluate only
// the arguments they need; `and`/`or` return an operand, not a boolean (json-logic-js 2.0.5).
// Tested by tests/logic/ops_logic_test.cc.
#include "logic/coerce.h"
#include "logic/program.h"

namespace yushen::logic::detail {

// if(c1, v1, c2, v2, …, else): the value after the first truthy condition, else the last
// odd argument, else null.
Result<Value> op_if(Evaluator& ev, const Node& node, const Value& data) {
  auto args = ev.args(node);
  std::size_t i = 0;
  for (; i + 1 < args.size(); i += 2) {
    Result<Value> condition = ev.eval(args[i], data);
    if (!condition.ok()) return condition;
    if (truthy(condition.value())) return ev.eval(args[i + 1], data);
  }
  if (i + 1 == args.size()) return ev.eval(args[i], data);
  return Value::null();
}

// The first falsy operand, or the last one.
Result<Value> op_and(Evaluator& ev, const Node& node, const Value& data) {
  Value current;
  for (std::uint32_t arg : ev.args(node)) {
    Result<Value> v = ev.eval(arg, data);
    if (!v.ok()) return v;
    current = std::move(v).value();
    if (!truthy(current)) return current;
  }
  return current;
}

// The first truthy operand, or the last one.
Result<Value> op_or(Evaluator& ev, const Node& node, const Value& data) {
  Value current;
  for (std::uint32_t arg : ev.args(node)) {
    Result<Value> v = ev.eval(arg, data);
    if (!v.ok()) return v;
    current = std::move(v).value();
    if (truthy(current)) return current;
  }
  return current;
}

Result<Value> op_not(Evaluator& ev, const Node& node, const Value& data) {
  Result<Value> v = ev.eval(ev.args(node)[0], data);
  if (!v.ok()) return v;
  return Value::boolean(!truthy(v.value()));
}

Result<Value> op_not_not(Evaluator& ev, const Node& node, const Value& data) {
  Result<Value> v = ev.eval(ev.args(node)[0], data);
  if (!v.ok()) return v;
  return Value::boolean(truthy(v.value()));
}

}  // namespace yushen::logic::detail
