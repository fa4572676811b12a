// Arithmetic: + and * (json-logic-js reduces with parseFloat), - / % (JavaScript ToNumber),
// min and max (Math.min / Math.max). Results are JavaScript doubles, NaN and ±Infinity
// included; the JSON result shows those as null.
// Tested by tests/logic/ops_arith_test.cc.
#include <cmath>
#include <limits>

#include "logic/coerce.h"
#include "logic/js_number.h"
#include "logic/program.h"

namespace yushen::logic::detail {
namespace {

// parseFloat(v), which reads String(v): -0 becomes 0 ("0"), booleans and null are NaN.
double parse_float(const Value& v, Budget& budget) {
  if (v.is_number()) return v.as_number() == 0 ? 0.0 : v.as_number();
  if (v.is_string()) return js_parse_float(v.as_string());
  return js_parse_float(to_string(v, budget));
}

double number_arg(const std::vector<Value>& a, std::size_t i, Budget& budget) {
  return i < a.size() ? to_number(a[i], budget) : std::numeric_limits<double>::quiet_NaN();
}

// Math.min / Math.max: every argument is converted first; NaN wins; -0 is below +0.
Result<Value> extreme(Evaluator& ev, const Node& node, const Value& data, bool want_min) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  double best = want_min ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity();
  bool nan = false;
  for (const Value& item : v.value()) {
    double n = to_number(item, ev.budget());
    if (std::isnan(n)) {
      nan = true;
    } else if (n == 0 && best == 0) {
      if (std::signbit(n) == want_min) best = n;
    } else if (want_min ? n < best : n > best) {
      best = n;
    }
  }
  return Value::number(nan ? std::numeric_limits<double>::quiet_NaN() : best);
}

}  // namespace

// [a, b, …].reduce((x, y) => parseFloat(x) + parseFloat(y), 0)
Result<Value> op_add(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  double sum = 0;
  for (const Value& item : v.value()) sum = (sum == 0 ? 0.0 : sum) + parse_float(item, ev.budget());
  return Value::number(sum);
}

// [a, b, …].reduce((x, y) => parseFloat(x) * parseFloat(y)): one argument comes back as is.
Result<Value> op_multiply(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  const std::vector<Value>& a = v.value();
  if (a.size() == 1) return a[0];
  double product = parse_float(a[0], ev.budget());
  for (std::size_t i = 1; i < a.size(); ++i) {
    product = (product == 0 ? 0.0 : product) * parse_float(a[i], ev.budget());
  }
  return Value::number(product);
}

// -a, or a - b (unary when b is missing or undefined).
Result<Value> op_subtract(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  const std::vector<Value>& a = v.value();
  if (a.size() < 2 || a[1].is_undefined()) return Value::number(-to_number(a[0], ev.budget()));
  double left = to_number(a[0], ev.budget());
  return Value::number(left - to_number(a[1], ev.budget()));
}

Result<Value> op_divide(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  double left = number_arg(v.value(), 0, ev.budget());
  return Value::number(left / number_arg(v.value(), 1, ev.budget()));
}

// JavaScript % is fmod: the result takes the dividend's sign.
Result<Value> op_modulo(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  double left = number_arg(v.value(), 0, ev.budget());
  return Value::number(std::fmod(left, number_arg(v.value(), 1, ev.budget())));
}

Result<Value> op_min(Evaluator& ev, const Node& node, const Value& data) { return extreme(ev, node, data, true); }

Result<Value> op_max(Evaluator& ev, const Node& node, const Value& data) { return extreme(ev, node, data, false); }

}  // namespace yushen::logic::detail
