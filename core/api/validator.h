// yushen's public JSON Schema API: compile a schema once, validate many instances, get
// one JSON result per instance. The CLI (server/) and the WASM bindings (wasm/) call
// this header and nothing below it.
//   auto validator = yushen::Validator::create(schema_text, {});
//   if (!validator.ok()) { /* validator.error().code */ }
//   nlohmann::json result = validator.value().validate(instance_text, OutputFormat::ajv, Locale::zh_CN);
// Tested by tests/api/validator_test.cc and tests/parity/.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "eval/evaluator.h"
#include "report/codes.h"
#include "report/error.h"
#include "schema/compiler.h"

namespace yushen {

enum class OutputFormat { flag, basic, ajv };

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

  // One result: {"valid":bool,"errors":[…]} (ajv/basic), {"valid":bool} (flag), or
  // {"valid":false,"error":{code,message,params,path}} when the instance cannot be read.
  nlohmann::json validate(std::string_view instance_json, OutputFormat output, Locale locale) const;
  nlohmann::json validate_value(const nlohmann::json& instance, OutputFormat output, Locale locale) const;

  // The boolean mode: stops at the first error; nullopt when the instance cannot be read
  // or a limit stopped evaluation.
  std::optional<bool> is_valid(std::string_view instance_json) const;

  const plan::Plan& plan() const { return *plan_; }

 private:
  Validator(schema::PlanPtr plan, const ValidatorOptions& options);
  eval::EvalOptions eval_options(OutputFormat output) const;
  nlohmann::json report(const eval::Outcome& outcome, OutputFormat output, Locale locale) const;

  schema::PlanPtr plan_;
  JsonLimits instance_limits_;
  eval::EvalLimits eval_limits_;
  formats::FormatContext format_context_;
};

// {"valid":false,"error":{…}} for an input or limit error.
nlohmann::json error_result(const Error& error, Locale locale);

// The engine version, e.g. "0.1.0".
std::string_view engine_version();

}  // namespace yushen
