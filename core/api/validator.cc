// The Validator facade: JSON text in, one canonical result text out, in the ajv, basic
// or flag output form (written by api/result_text.h).
// Tested by tests/api/validator_test.cc and tests/parity/.
#include "api/validator.h"

#include "doc/document.h"
#include "report/json_read_error.h"

namespace yushen {
namespace {

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
  JsonRead read = doc::read_json_fast(schema_json, options.schema_limits);
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

void Validator::validate_text(std::string_view instance_json, OutputFormat output, Locale locale,
                              std::string& out) const {
  out.clear();
  doc::Document& document = scratch_document();
  JsonRead read = document.read(instance_json, instance_limits_);
  if (read.error != JsonReadError::none) {
    write_error_result(out, json_read_error(read, instance_limits_, instance_json.size()), locale);
    return;
  }
  write_result(out, *plan_, eval::evaluate(*plan_, document.root(), eval_options(output)), output, locale);
  document.shrink_if_larger_than(kScratchKeepBytes);
}

std::string Validator::validate_text(std::string_view instance_json, OutputFormat output, Locale locale) const {
  std::string out;
  validate_text(instance_json, output, locale, out);
  return out;
}

// The text is ours and well-formed; no limits apply to reading it back (a result may be
// larger or deeper than an instance: params can hold schema values).
nlohmann::json Validator::validate(std::string_view instance_json, OutputFormat output, Locale locale) const {
  return nlohmann::json::parse(validate_text(instance_json, output, locale), nullptr, /*allow_exceptions=*/false);
}

nlohmann::json Validator::validate_value(const nlohmann::json& instance, OutputFormat output, Locale locale) const {
  std::string text;
  write_result(text, *plan_, eval::evaluate(*plan_, instance, eval_options(output)), output, locale);
  return nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
}

eval::EvalOptions Validator::eval_options(OutputFormat output) const {
  eval::EvalOptions options;
  options.collect_errors = output != OutputFormat::flag;
  options.track_keyword_locations = output == OutputFormat::basic;
  options.format_context = format_context_;
  options.limits = eval_limits_;
  return options;
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

std::string_view engine_version() { return YUSHEN_VERSION; }

}  // namespace yushen
