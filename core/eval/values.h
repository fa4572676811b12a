// Value helpers for the evaluator: JSON Schema type bits, equality, duplicate search and
// declared-property lookup. Internal to core/eval.
// Tested by tests/eval/values_test.cc.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <utility>

#include "doc/document.h"
#include "plan/plan.h"

namespace yushen::eval {

// Type bits of a value; integral numbers (1, 1.0) carry both number and integer.
std::uint32_t type_bits(const doc::Value& value);

// An instance value against a plan constant, with nlohmann's operator== semantics
// (numbers compared by value across kinds, 1 == 1.0), as JSON Schema requires.
bool json_equal(const doc::Value& a, const nlohmann::json& b);

// The first pair (j < i) of equal items by smallest i, in O(n log n); nullopt if none.
std::optional<std::pair<std::size_t, std::size_t>> find_duplicate(const doc::Value& array);
std::optional<std::pair<std::size_t, std::size_t>> find_duplicate(const nlohmann::json& array);

// True if `name` is matched by the properties or patternProperties an
// additionalProperties instruction refers to.
bool is_declared_property(const plan::Plan& plan, const plan::Instruction& in, std::string_view name);

// True if `name` is matched by the patternProperties an additionalProperties instruction
// refers to (the evaluator matches declared names itself, by a merge).
bool is_matched_by_pattern(const plan::Plan& plan, const plan::Instruction& in, std::string_view name);

}  // namespace yushen::eval
