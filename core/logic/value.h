// Internal to the logic stage; use logic/logic.h. The run-time value of a JsonLogic evaluation:
// a JavaScript value over JSON (undefined, null, boolean, number, string, array, object).
// Values borrow strings, arrays and objects from the data or the rule instead of copying
// them; values that evaluation builds (map results, cat strings) are shared and immutable.
// Tested by tests/logic/value_test.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/error.h"

namespace yushen::logic::detail {

using Json = nlohmann::json;

enum class Type : std::uint8_t { undefined, null, boolean, number, string, array, object };

class Value;

// Arrays and objects built during evaluation. `depth` is their owned nesting depth, so the
// evaluator can refuse to build (and later destroy recursively) anything deeper than its limit.
struct ArrayData {
  std::vector<Value> items;
  std::size_t depth = 1;
};
struct ObjectData {
  std::vector<std::pair<std::string, Value>> members;  // insertion order, unique keys
  std::size_t depth = 1;
};

class Value {
 public:
  Value() = default;  // undefined
  static Value null();
  static Value boolean(bool b);
  static Value number(double n);
  static Value string(std::string s);
  // A view of `j` (any JSON type). `keep` holds the document alive when it is not owned by
  // the data or the rule (extension results).
  static Value ref(const Json& j, const std::shared_ptr<const Json>& keep = nullptr);
  static Value array(std::shared_ptr<const ArrayData> data);
  static Value object(std::shared_ptr<const ObjectData> data);

  Type type() const { return type_; }
  bool is_undefined() const { return type_ == Type::undefined; }
  bool is_nullish() const { return type_ == Type::undefined || type_ == Type::null; }
  bool is_array() const { return type_ == Type::array; }
  bool is_object() const { return type_ == Type::object; }
  bool is_string() const { return type_ == Type::string; }
  bool is_number() const { return type_ == Type::number; }

  bool as_bool() const { return bool_; }
  double as_number() const { return number_; }
  std::string_view as_string() const;

  // Arrays.
  std::size_t size() const;
  Value at(std::size_t i) const;
  // Objects: the own property `key`, or undefined.
  Value member(std::string_view key) const;
  std::size_t member_count() const;
  std::pair<std::string_view, Value> member_at(std::size_t i) const;

  // The JSON this value views, or nullptr for scalars and owned values.
  const Json* borrowed() const { return json_; }
  // Reference identity for arrays and objects (JavaScript ===); nullptr for other types.
  const void* identity() const;
  // Nesting depth of what this value owns (borrowed JSON counts as 0).
  std::size_t owned_depth() const;

 private:
  Type type_ = Type::undefined;
  bool bool_ = false;
  double number_ = 0;
  const Json* json_ = nullptr;           // borrowed string/array/object
  std::shared_ptr<const void> owned_;    // owned string/ArrayData/ObjectData, or keep-alive
};

// The per-evaluation budget: cost units and data depth. The first failure is recorded and
// sticks; every operation checks ok() and the evaluator reports the error.
class Budget {
 public:
  Budget(std::size_t max_cost, std::size_t max_depth) : max_cost_(max_cost), max_depth_(max_depth) {}
  // Spends n units; false (and records logic.cost_limit) when the budget is exhausted.
  bool spend(std::size_t n);
  // Records logic.depth_limit; returns false for use in `return budget.fail_depth();`.
  bool fail_depth();
  bool ok() const { return !error_.has_value(); }
  // Sets the recorded error's location unless an inner node already set it.
  void locate(const std::string& where) {
    if (error_ && error_->where.empty()) error_->where = where;
  }
  std::size_t max_depth() const { return max_depth_; }
  std::size_t used() const { return used_; }
  const std::optional<Error>& error() const { return error_; }

 private:
  std::size_t max_cost_;
  std::size_t max_depth_;
  std::size_t used_ = 0;
  std::optional<Error> error_;
};

// Builds an owned array; logic.depth_limit (recorded in `budget`) when nesting would pass the
// limit, in which case an undefined value comes back.
Value make_array(std::vector<Value> items, Budget& budget);
Value make_object(std::vector<std::pair<std::string, Value>> members, Budget& budget);

// The JSON form of a value, as JSON.stringify would give it: undefined and non-finite numbers
// become null, integral numbers up to 2^53 become integers. Counts one cost unit per node.
std::optional<Json> to_json(const Value& value, Budget& budget);

}  // namespace yushen::logic::detail
