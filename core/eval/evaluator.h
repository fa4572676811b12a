// Runs a validation plan against an instance and collects every error (or stops at the
// first one in flag mode). Knows only the plan, never the schema JSON or its dialects.
// Entry point: evaluate().
//   eval::Outcome outcome = eval::evaluate(*plan, document.root(), {});
// The instance is a doc::Value (core/doc: read straight from JSON text, no nlohmann DOM);
// callers holding an nlohmann::json use the overload that mirrors it into a document.
// Findings (eval/finding.h) carry only what the evaluation found; FindingParams merges the
// plan's static params when they are reported.
// Tested by tests/eval/evaluator_test.cc and the JSON Schema suite.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "doc/document.h"
#include "eval/finding.h"
#include "plan/plan.h"
#include "report/error.h"

namespace yushen::eval {

struct EvalLimits {
  std::size_t max_work = 5'000'000;  // instruction steps + child visits per evaluation
  std::size_t max_depth = 512;       // nested node evaluations (refs + instance depth)
};

struct EvalOptions {
  bool collect_errors = true;            // false: the fast boolean mode, stops at the first error
  bool track_keyword_locations = false;  // needed only for the "basic" output form
  formats::FormatContext format_context; // caller's "today", for date-aware formats
  EvalLimits limits;
};

struct Outcome {
  bool valid = true;
  std::vector<Finding> errors;
  std::optional<Error> limit;    // set when a limit stopped evaluation: no verdict
};

Outcome evaluate(const plan::Plan& plan, const doc::Value& instance, const EvalOptions& options);

// The same evaluation over an nlohmann value (mirrored into a doc::Document first).
Outcome evaluate(const plan::Plan& plan, const nlohmann::json& instance, const EvalOptions& options);

}  // namespace yushen::eval
