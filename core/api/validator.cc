// The Validator facade: JSON text in, one canonical result object out, in the ajv, basic
// or flag output form.
// Tested by tests/api/validator_test.cc and tests/parity/.
#include "api/validator.h"

#include "doc/document.h"
#include "report/json_read_error.h"
#include "report/message.h"

namespace yushen {
namespace {

nlohmann::json ajv_error(const plan::Plan& plan, const eval::Finding& finding, Locale locale) {
  const plan::InstructionMeta& meta = plan.meta[finding.meta];
  nlohmann::json out = nlohmann::json::object();
  out["code"] = std::string(code_id(finding.code));
  out["instancePath"] = finding.instance_path;
  out["schemaPath"] = meta.schema_path;
  out["keyword"] = meta.keyword;
  out["params"] = finding.params;
  out["message"] = render_message(finding.code, finding.params, locale);
  return out;
}

nlohmann::json basic_error(const plan::Plan& plan, const eval::Finding& finding, Locale locale) {
  const plan::InstructionMeta& meta = plan.meta[finding.meta];
  nlohmann::json out = nlohmann::json::object();
  out["code"] = std::string(code_id(finding.code));
  out["keywordLocation"] = finding.keyword_location;
  out["absoluteKeywordLocation"] = meta.absolute_location;
  out["instanceLocation"] = finding.instance_path;
  out["error"] = render_message(finding.code, finding.params, locale);
  return out;
}

// One reusable instance document per thread: after the first few instances, reading
// allocates nothing. It views the caller's text, and only for the duration of one call.
doc::Document& scratch_document() {
  thread_local doc::Document document;
  return document;
}

// A one-off large instance should not pin its buffers for the life of the thread.
constexpr std::size_t kScratchKeepBytes = 1u << 20;

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "flag") return OutputFormat::flag;
  if (name == "basic") return OutputFormat::basic;
  if (name == "ajv") return OutputFormat::ajv;
  return std::nullopt;
}

Validator::Validator(schema::PlanPtr plan, const ValidatorOptions& options)
    : plan_(std::move(plan)),
      instance_limits_(options.instance_limits),
      eval_limits_(options.eval_limits),
      format_context_(options.format_context) {}

Result<Validator> Validator::create(std::string_view schema_json, const ValidatorOptions& options) {
  JsonRead read = read_json(schema_json, options.schema_limits);
  if (read.error != JsonReadError::none) return json_read_error(read, options.schema_limits, schema_json.size());
  return from_value(read.value, options);
}

Result<Validator> Validator::from_value(const nlohmann::json& schema, const ValidatorOptions& options) {
  schema::CompileOptions compile_options;
  compile_options.default_dialect = options.default_dialect;
  compile_options.assert_formats = options.assert_formats;
  compile_options.resolver = options.resolver;
  compile_options.json_limits = options.schema_limits;
  auto plan = schema::compile(schema, compile_options);
  if (!plan.ok()) return plan.error();
  return Validator(plan.value(), options);
}

nlohmann::json Validator::validate(std::string_view instance_json, OutputFormat output, Locale locale) const {
  doc::Document& document = scratch_document();
  JsonRead read = document.read(instance_json, instance_limits_);
  if (read.error != JsonReadError::none) {
    return error_result(json_read_error(read, instance_limits_, instance_json.size()), locale);
  }
  nlohmann::json result = report(eval::evaluate(*plan_, document.root(), eval_options(output)), output, locale);
  document.shrink_if_larger_than(kScratchKeepBytes);
  return result;
}

nlohmann::json Validator::validate_value(const nlohmann::json& instance, OutputFormat output, Locale locale) const {
  return report(eval::evaluate(*plan_, instance, eval_options(output)), output, locale);
}

eval::EvalOptions Validator::eval_options(OutputFormat output) const {
  eval::EvalOptions options;
  options.collect_errors = output != OutputFormat::flag;
  options.track_keyword_locations = output == OutputFormat::basic;
  options.format_context = format_context_;
  options.limits = eval_limits_;
  return options;
}

nlohmann::json Validator::report(const eval::Outcome& outcome, OutputFormat output, Locale locale) const {
  if (outcome.limit) return error_result(*outcome.limit, locale);
  nlohmann::json result = nlohmann::json::object();
  result["valid"] = outcome.valid;
  if (output == OutputFormat::flag) return result;
  nlohmann::json errors = nlohmann::json::array();
  for (const eval::Finding& finding : outcome.errors) {
    errors.push_back(output == OutputFormat::ajv ? ajv_error(*plan_, finding, locale)
                                                 : basic_error(*plan_, finding, locale));
  }
  result["errors"] = std::move(errors);
  return result;
}

std::optional<bool> Validator::is_valid(std::string_view instance_json) const {
  doc::Document& document = scratch_document();
  JsonRead read = document.read(instance_json, instance_limits_);
  if (read.error != JsonReadError::none) return std::nullopt;
  eval::Outcome outcome = eval::evaluate(*plan_, document.root(), eval_options(OutputFormat::flag));
  document.shrink_if_larger_than(kScratchKeepBytes);
  if (outcome.limit) return std::nullopt;
  return outcome.valid;
}

nlohmann::json error_result(const Error& error, Locale locale) {
  nlohmann::json result = nlohmann::json::object();
  result["valid"] = false;
  result["error"] = error_to_json(error, locale);
  return result;
}

std::string_view engine_version() { return YUSHEN_VERSION; }

}  // namespace yushen
