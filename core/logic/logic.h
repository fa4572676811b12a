// JsonLogic for yushen templates: compile a rule once into an immutable Rule, then evaluate it
// against many data documents. The classic operators follow json-logic-js 2.0.5 exactly
// (JavaScript truthiness, coercions and number formatting). Evaluation is bounded by a cost
// budget and depth limits, does no I/O and reads no clock. Extra operators come in through
// Extensions; the built-in ones are named yushen.* (dates, working days, text length).
// Reference: docs/jsonlogic.md. Tested by tests/logic/*_test.cc and tests/logic/differential.mjs.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"
#include "report/error.h"

namespace yushen::logic {

struct LogicLimits {
  std::size_t max_rule_depth = 64;   // nesting of operators and arrays in the rule (compile time)
  std::size_t max_cost = 100000;     // cost units per evaluation: see docs/jsonlogic.md "Limits"
  std::size_t max_data_depth = 256;  // nesting of data that evaluation walks or builds
};

// What the host supplies to an evaluation: the calendar for the working-day operators and the
// date "today" (the core never reads a clock).
struct Env {
  const calendar::Calendar* calendar = nullptr;
  std::optional<calendar::Date> today;
};

// An extra operator: evaluated arguments in, a JSON value or a coded error out. It must not
// keep references to `args` and must be safe to call from several threads at once.
using ExtensionFn =
    std::function<Result<nlohmann::json>(std::span<const nlohmann::json> args, const Env& env)>;

// A table of extra operators, consulted at compile time after the standard and built-in ones.
// Reserved hooks that other stages register here: "yushen.format" ([format, value] -> bool,
// identifier checks) and "yushen.match" ([pattern, value] -> bool, the pattern engine).
//   Extensions ext;
//   ext.add("yushen.format", 2, 2, [](auto args, const Env&) -> Result<nlohmann::json> { … });
class Extensions {
 public:
  static constexpr std::size_t kUnlimited = static_cast<std::size_t>(-1);

  struct Entry {
    std::string name;
    std::size_t min_args;
    std::size_t max_args;  // kUnlimited for any number
    ExtensionFn fn;
  };

  // Adds an operator; logic.bad_extension if the name is empty, names a standard or built-in
  // operator, or is already in this table.
  std::optional<Error> add(std::string name, std::size_t min_args, std::size_t max_args, ExtensionFn fn);
  const Entry* find(std::string_view name) const;

 private:
  std::vector<Entry> entries_;
};

namespace detail {
struct Program;
}

// A compiled rule: immutable, cheap to copy, safe to evaluate from several threads.
class Rule {
 public:
  // A stable text dump of the compiled tree, one node per line (for tests and debugging).
  std::string dump() const;
  const LogicLimits& limits() const;

 private:
  explicit Rule(std::shared_ptr<const detail::Program> program) : program_(std::move(program)) {}
  friend Result<Rule> compile(const nlohmann::json&, const Extensions*, const LogicLimits&);
  friend Result<nlohmann::json> evaluate(const Rule&, const nlohmann::json&, const Env&);
  std::shared_ptr<const detail::Program> program_;
};

// Compiles `rule`. Errors carry a JSON pointer into the rule: logic.unknown_operator,
// logic.bad_arity, logic.depth_limit.
//   compile({{"<", {{{"var", "age"}}, 18}}}) -> a Rule
Result<Rule> compile(const nlohmann::json& rule, const Extensions* extensions = nullptr,
                     const LogicLimits& limits = {});

// Evaluates a compiled rule. The result is what JSON.stringify would give for json-logic-js's
// result (undefined, NaN and ±Infinity become null). Errors: logic.cost_limit,
// logic.depth_limit, logic.bad_argument, logic.no_calendar, logic.no_today,
// calendar.out_of_range, or an extension's own code; `where` points at the rule node.
//   evaluate(rule, {{"age", 20}}) -> false
Result<nlohmann::json> evaluate(const Rule& rule, const nlohmann::json& data, const Env& env = {});

// JsonLogic truthiness: false, null, 0, NaN, "" and [] are false; everything else is true.
bool truthy(const nlohmann::json& value);

// Every operator this build knows without extensions (standard, then yushen.*), for the
// capabilities manifest.
std::vector<std::string_view> operator_names();

}  // namespace yushen::logic
