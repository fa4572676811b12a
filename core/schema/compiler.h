// Compiles a JSON Schema (draft 2020-12 or draft-07) into an immutable validation plan.
// Entry point: compile(). The plan is then run by eval/evaluator.h as often as needed.
//   auto plan = yushen::schema::compile(schema_json, {});
//   if (!plan.ok()) report(plan.error());
// Tested by tests/schema/*_test.cc and the JSON Schema suite (tests/conformance/).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "pattern/pattern.h"
#include "plan/plan.h"
#include "report/error.h"
#include "schema/dialect.h"
#include "schema/registry.h"
#include "util/json_text.h"

namespace yushen::schema {

struct SchemaLimits {
  std::size_t max_nodes = 100000;  // compiled subschemas per plan
  pattern::PatternLimits pattern;
};

struct CompileOptions {
  Dialect default_dialect = Dialect::draft2020_12;  // when the root has no $schema
  bool assert_formats = false;                      // format as assertion (else annotation)
  Resolver resolver;                                // remote documents; may be empty
  JsonLimits json_limits;                           // for documents loaded by the resolver
  SchemaLimits limits;
  std::string base_uri = "urn:yushen:schema";       // retrieval URI of the root document
};

using PlanPtr = std::shared_ptr<const plan::Plan>;

// Compiles `schema` (already parsed). Errors carry the JSON Pointer of the offending keyword.
// `schema` is read in place while the compile runs; the plan does not refer to it after.
Result<PlanPtr> compile(const nlohmann::json& schema, const CompileOptions& options);

}  // namespace yushen::schema
