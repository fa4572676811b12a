// Runs a compiled Program: node dispatch with cost accounting, error location, extension
// calls, and the conversion of the result to JSON. Entry points: evaluate(), truthy(),
// Evaluator::eval() (program.h).
// Recursion follows the rule tree, whose depth compile() bounded.
// Tested by tests/logic/evaluate_test.cc and tests/logic/official_cases_test.cc.
#include "logic/coerce.h"
#include "logic/program.h"

namespace yushen::logic {
namespace detail {
namespace {

Error located(Error error, const std::string& where) {
  if (error.where.empty()) error.where = where;
  return error;
}

// The budget's error, located at the innermost node that saw it.
Error budget_error(Budget& budget, const std::string& where) {
  budget.locate(where);
  return *budget.error();
}

}  // namespace

Result<Value> Evaluator::eval(std::uint32_t id, const Value& data) {
  const Node& node = program_.nodes[id];
  if (!budget_.spend(1)) return budget_error(budget_, program_.where[id]);
  if (node.handler == nullptr) return Value::ref(program_.constants[node.aux]);
  Result<Value> result = node.handler(*this, node, data);
  // A failure recorded in the budget by a conversion wins over whatever the handler returned;
  // the innermost node that sees it names the location.
  if (!budget_.ok()) return budget_error(budget_, program_.where[id]);
  if (!result.ok()) return located(result.error(), program_.where[id]);
  return result;
}

Result<std::vector<Value>> Evaluator::eval_args(const Node& node, const Value& data) {
  std::vector<Value> values;
  values.reserve(node.count);
  for (std::uint32_t arg : args(node)) {
    Result<Value> v = eval(arg, data);
    if (!v.ok()) return v.error();
    values.push_back(std::move(v).value());
  }
  return values;
}

Error Evaluator::bad_argument(const Node& node, std::size_t index) const {
  return make_error(Code::kLogicBadArgument, program_.where[node.id],
                    {{"operator", program_.names[node.id]}, {"index", index}});
}

Result<Value> op_extension(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> values = ev.eval_args(node, data);
  if (!values.ok()) return values.error();
  std::vector<Json> args;
  args.reserve(values.value().size());
  for (const Value& v : values.value()) {
    std::optional<Json> j = to_json(v, ev.budget());
    if (!j) return Value();  // the budget holds the error
    args.push_back(std::move(*j));
  }
  const ExtensionCall& call = ev.program().extensions[node.aux];
  Result<Json> result = call.fn(std::span<const Json>(args), ev.env());
  if (!result.ok()) return result.error();
  auto held = std::make_shared<const Json>(std::move(result).value());
  return Value::ref(*held, held);
}

}  // namespace detail

Result<nlohmann::json> evaluate(const Rule& rule, const nlohmann::json& data, const Env& env) {
  const detail::Program& program = *rule.program_;
  detail::Evaluator evaluator(program, env);
  Result<detail::Value> result = evaluator.eval(program.root, detail::Value::ref(data));
  if (!result.ok()) return result.error();
  // Copying the result out is bounded by its size and depth, not by the rule's budget.
  detail::Budget output(detail::kUnlimited, program.limits.max_data_depth);
  std::optional<nlohmann::json> json = detail::to_json(result.value(), output);
  if (!json) return *output.error();
  return std::move(*json);
}

bool truthy(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return false;
    case nlohmann::json::value_t::boolean: return value.get<bool>();
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return detail::js_truthy(detail::Value::ref(value));
    case nlohmann::json::value_t::string: return !value.get_ref<const std::string&>().empty();
    case nlohmann::json::value_t::array: return !value.empty();
    case nlohmann::json::value_t::object: return true;
    default: return false;
  }
}

}  // namespace yushen::logic
