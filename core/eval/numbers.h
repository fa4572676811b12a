// Number comparisons for minimum/maximum and multipleOf: exact for integers, IEEE doubles
// otherwise. Internal to core/eval.
// Tested by tests/eval/numbers_test.cc.
#pragma once

#include <nlohmann/json.hpp>

#include "doc/document.h"

namespace yushen::eval {

// -1, 0 or 1 as `value` is less than, equal to or greater than the limit. `limit_json` is
// the limit as written, used for exact integer comparison when both are integers.
int compare_number(const doc::Value& value, double limit, const nlohmann::json& limit_json);

// True if value / divisor is an integer. Integers are checked exactly; otherwise the
// quotient must be within 1e-9 (relative) of an integer, so 0.0075 is a multiple of 0.0001
// despite binary rounding. An infinite quotient is never a multiple.
bool is_multiple_of(const doc::Value& value, double divisor, const nlohmann::json& divisor_json);

// The same with the limit as the plan keeps it (plan::NumKind): when `integer` is true the
// double holds a JSON integer exactly (|limit| <= 2^53), so no nlohmann value is read.
int compare_number(const doc::Value& value, double limit, bool integer);
bool is_multiple_of(const doc::Value& value, double divisor, bool integer);

}  // namespace yushen::eval
