// Internal to the logic stage; use logic/logic.h. The compiled form of a rule (Program: a
// flat tree of nodes, with JSON pointers and operator names in a side table) and the
// Evaluator that runs it. Operators are rows of one registry (registry.cc) pointing at
// handlers in the ops_*.cc family files; the evaluator has no per-operator switch.
// Tested by tests/logic/compile_test.cc and tests/logic/evaluate_test.cc.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "logic/logic.h"
#include "logic/value.h"

namespace yushen::logic::detail {

class Evaluator;
struct Node;

// An operator: receives its unevaluated argument nodes, so `if`, `and`, `map`… decide what
// to evaluate. Errors may be returned directly or recorded in the budget.
using Handler = Result<Value> (*)(Evaluator& ev, const Node& node, const Value& data);

inline constexpr std::size_t kUnlimited = static_cast<std::size_t>(-1);

struct OpSpec {
  std::string_view name;
  std::size_t min_args;
  std::size_t max_args;  // kUnlimited for variadic operators
  Handler handler;
};

// The standard JsonLogic operators (json-logic-js 2.0.5), in registry order.
std::span<const OpSpec> standard_ops();
const OpSpec* find_standard_op(std::string_view name);

// The built-in yushen.* operators (ext_*.cc): evaluated arguments in, JSON out.
struct BuiltinExtension {
  std::string_view name;
  std::size_t min_args;
  std::size_t max_args;
  Result<Json> (*fn)(std::span<const Json> args, const Env& env);
};
std::span<const BuiltinExtension> builtin_extensions();
const BuiltinExtension* find_builtin_extension(std::string_view name);

struct Node {
  Handler handler = nullptr;  // nullptr: a literal, constants[aux]
  std::uint32_t first = 0;    // arguments are Program::args[first, first + count)
  std::uint32_t count = 0;
  std::uint32_t aux = 0;      // literal: constant index; extension: extension index
  std::uint32_t id = 0;       // this node's index, for the side tables
};

struct ExtensionCall {
  std::string name;
  ExtensionFn fn;
};

struct Program {
  std::vector<Node> nodes;
  std::vector<std::uint32_t> args;
  std::vector<Json> constants;
  std::vector<ExtensionCall> extensions;
  // Side tables, indexed by node id: where the node is in the rule, and its operator name.
  std::vector<std::string> where;
  std::vector<std::string> names;
  std::uint32_t root = 0;
  LogicLimits limits;
};

class Evaluator {
 public:
  Evaluator(const Program& program, const Env& env)
      : program_(program), env_(env), budget_(program.limits.max_cost, program.limits.max_data_depth) {}

  // Evaluates node `id` with `data` as the current data (`var` reads it).
  Result<Value> eval(std::uint32_t id, const Value& data);
  // Evaluates every argument of `node`, in order.
  Result<std::vector<Value>> eval_args(const Node& node, const Value& data);

  std::span<const std::uint32_t> args(const Node& node) const {
    return std::span<const std::uint32_t>(program_.args).subspan(node.first, node.count);
  }
  const Program& program() const { return program_; }
  const Env& env() const { return env_; }
  Budget& budget() { return budget_; }
  // An error for `node`, e.g. logic.bad_argument with {"operator", "index"} (1-based).
  Error bad_argument(const Node& node, std::size_t index) const;

 private:
  const Program& program_;
  const Env& env_;
  Budget budget_;
};

// Handlers, one family per file.
// ops_logic.cc
Result<Value> op_if(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_and(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_or(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_not(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_not_not(Evaluator& ev, const Node& node, const Value& data);
// ops_compare.cc
Result<Value> op_equal(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_not_equal(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_strict_equal(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_strict_not_equal(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_less(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_less_equal(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_greater(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_greater_equal(Evaluator& ev, const Node& node, const Value& data);
// ops_arith.cc
Result<Value> op_add(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_subtract(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_multiply(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_divide(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_modulo(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_min(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_max(Evaluator& ev, const Node& node, const Value& data);
// ops_array.cc
Result<Value> op_array_literal(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_map(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_filter(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_reduce(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_all(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_some(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_none(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_merge(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_in(Evaluator& ev, const Node& node, const Value& data);
// ops_string.cc
Result<Value> op_cat(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_substr(Evaluator& ev, const Node& node, const Value& data);
// ops_data.cc
Result<Value> op_var(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_missing(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_missing_some(Evaluator& ev, const Node& node, const Value& data);
Result<Value> op_log(Evaluator& ev, const Node& node, const Value& data);
// evaluate.cc: calls Program::extensions[node.aux].
Result<Value> op_extension(Evaluator& ev, const Node& node, const Value& data);

// Built-in yushen.* operators, one family per file (registered in registry.cc).
// ext_dates.cc
Result<Json> ext_date(std::span<const Json> args, const Env& env);
Result<Json> ext_add_days(std::span<const Json> args, const Env& env);
Result<Json> ext_add_months(std::span<const Json> args, const Env& env);
Result<Json> ext_today(std::span<const Json> args, const Env& env);
Result<Json> ext_age(std::span<const Json> args, const Env& env);
// ext_workdays.cc
Result<Json> ext_add_working_days(std::span<const Json> args, const Env& env);
Result<Json> ext_working_days_between(std::span<const Json> args, const Env& env);
Result<Json> ext_is_working_day(std::span<const Json> args, const Env& env);
// ext_text.cc
Result<Json> ext_len(std::span<const Json> args, const Env& env);
Result<Json> ext_birth_date_from_id(std::span<const Json> args, const Env& env);

// Argument helpers for the yushen.* operators (ext_dates.cc).
// A date argument: "YYYY-MM-DD" or an RFC 3339 date-time (its date part, as written).
std::optional<calendar::Date> date_arg(const Json& arg);
// A whole number with |n| <= limit, given as a JSON number.
std::optional<int> whole_arg(const Json& arg, int limit);
// "YYYY-MM-DD" for years 0001..9999, else null.
Json date_result(calendar::Date d);

}  // namespace yushen::logic::detail
