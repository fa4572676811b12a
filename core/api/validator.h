// yushen's public JSON Schema API: compile a schema once, validate many instances, get
// one JSON result per instance. The CLI (server/) and the WASM bindings (wasm/) call
// this header and nothing below it.
//   auto validator = yushen::Validator::create(schema_text, {});
//   if (!validator.ok()) { /* validator.error().code */ }
//   std::string result = validator.value().validate_text(instance_text, OutputFormat::ajv, Locale::zh_CN);
// Tested by tests/api/validator_test.cc and tests/parity/.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "api/result_text.h"
#include "eval/evaluator.h"
#include "report/codes.h"
#include "report/error.h"
#include "schema/compiler.h"

namespace yushen {

// OutputFormat { flag, basic, ajv } and error_result() are declared in api/result_text.h.

// "flag" | "basic" | "ajv"; nullopt otherwise.
std::optional<OutputFormat> parse_output_format(std::string_view name);

struct ValidatorOptions {
  bool assert_formats = false;
  schema::Dialect default_dialect = schema::Dialect::draft2020_12;
  schema::Resolver resolver;                 // remote schema documents, by URI
  JsonLimits schema_limits{4u << 20, 256};   // schema text: 4 MiB, 256 levels
  JsonLimits instance_limits{8u << 20, 256}; // instance text: 8 MiB, 256 levels
  eval::EvalLimits eval_limits;
  formats::FormatContext format_context;     // "today" for date-aware formats
};

class Validator {
 public:
  // Compiles a schema given as JSON text or as a parsed value.
  static Result<Validator> create(std::string_view schema_json, const ValidatorOptions& options);
  static Result<Validator> from_value(const nlohmann::json& schema, const ValidatorOptions& options);

  // One result as canonical JSON text (what the CLI prints and the WASM module returns):
  // {"errors":[…],"valid":bool} (ajv/basic), {"valid":bool} (flag), or
  // {"error":{code,message,params,path},"valid":false} when the instance cannot be read.
  // The second form replaces the contents of `out` and reuses its capacity.
  std::string validate_text(std::string_view instance_json, OutputFormat output, Locale locale) const;
  void validate_text(std::string_view instance_json, OutputFormat output, Locale locale, std::string& out) const;

  // The same result as an nlohmann value, for callers that inspect it (parsed from the
  // text above, so there is one definition of the format; not the hot path).
  nlohmann::json validate(std::string_view instance_json, OutputFormat output, Locale locale) const;
  nlohmann::json validate_value(const nlohmann::json& instance, OutputFormat output, Locale locale) const;

  // The boolean mode: stops at the first error; nullopt when the instance cannot be read
  // or a limit stopped evaluation.
  std::optional<bool> is_valid(std::string_view instance_json) const;

  const plan::Plan& plan() const { return *plan_; }

 private:
  Validator(schema::PlanPtr plan, const ValidatorOptions& options);
  eval::EvalOptions eval_options(OutputFormat output) const;

  schema::PlanPtr plan_;
  JsonLimits instance_limits_;
  eval::EvalLimits eval_limits_;
  formats::FormatContext format_context_;
};

// The engine version, e.g. "0.1.0".
std::string_view engine_version();

}  // namespace yushen
