// C ABI for JSON Schema validation (core/api/validator.h): UTF-8 in, canonical JSON text out,
// byte-identical to `yushen validate`. No logic lives here. Calling convention: abi.h.
// Tested by tests/node/wasm_api.test.mjs, parity.test.mjs and tests/conformance/run.mjs.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "abi.h"
#include "api/validator.h"
#include "doc/document.h"
#include "util/json_text.h"

namespace {

using yushen::Locale;
using yushen::OutputFormat;

// Reads the JS options object: assertFormats, dialect, today ("YYYY-MM-DD": the core reads no
// clock) and remotes ({uri: schema}) for $ref to other documents.
yushen::ValidatorOptions read_options(std::string_view options_json) {
  yushen::ValidatorOptions options;
  std::map<std::string, std::string> remotes;
  yushen::JsonRead read = yushen::doc::read_json_fast(options_json);
  if (read.error == yushen::JsonReadError::none && read.value.is_object()) {
    const auto& value = read.value;
    auto assert_formats = value.find("assertFormats");
    options.assert_formats = assert_formats != value.end() && *assert_formats == true;
    auto dialect = value.find("dialect");
    if (dialect != value.end() && *dialect == "draft7") options.default_dialect = yushen::schema::Dialect::draft7;
    auto today = value.find("today");
    if (today != value.end() && today->is_string() && today->get_ref<const std::string&>().size() == 10) {
      const std::string& t = today->get_ref<const std::string&>();
      options.format_context.today_year = std::atoi(t.substr(0, 4).c_str());
      options.format_context.today_month = std::atoi(t.substr(5, 2).c_str());
      options.format_context.today_day = std::atoi(t.substr(8, 2).c_str());
    }
    auto found = value.find("remotes");
    if (found != value.end() && found->is_object()) {
      for (auto it = found->begin(); it != found->end(); ++it) {
        remotes[it.key()] = it.value().is_string() ? it.value().get<std::string>() : yushen::dump_json(it.value());
      }
    }
  }
  options.resolver = [remotes = std::move(remotes)](const std::string& uri) -> std::optional<std::string> {
    auto it = remotes.find(uri);
    if (it == remotes.end()) return std::nullopt;
    return it->second;
  };
  return options;
}

}  // namespace

extern "C" {

// A compiled schema, or nullptr with the error JSON as the result (yushen_result()).
EMSCRIPTEN_KEEPALIVE yushen::Validator* yushen_schema_new(const char* schema, std::uint32_t schema_size,
                                                          const char* options, std::uint32_t options_size) {
  auto created = yushen::Validator::create(yushen::wasm::text(schema, schema_size),
                                           read_options(yushen::wasm::text(options, options_size)));
  if (!created.ok()) {
    yushen::wasm::give(yushen::dump_json(yushen::error_result(created.error(), yushen::wasm::developer_locale())));
    return nullptr;
  }
  return new yushen::Validator(std::move(created).value());
}

// One result JSON, the same text the CLI prints for that instance.
EMSCRIPTEN_KEEPALIVE const char* yushen_schema_validate(const yushen::Validator* validator, const char* instance,
                                                        std::uint32_t instance_size, const char* output,
                                                        std::uint32_t output_size, const char* locale,
                                                        std::uint32_t locale_size) {
  OutputFormat format = yushen::parse_output_format(yushen::wasm::text(output, output_size)).value_or(OutputFormat::ajv);
  Locale chosen = yushen::wasm::locale_or(locale, locale_size, Locale::zh_CN);
  std::string& result = yushen::wasm::result_buffer();
  if (auto missing = yushen::require_locale(chosen)) {
    yushen::write_error_result(result, *missing, yushen::wasm::developer_locale());
    return result.c_str();
  }
  validator->validate_text(yushen::wasm::text(instance, instance_size), format, chosen, result);
  return result.c_str();
}

EMSCRIPTEN_KEEPALIVE void yushen_schema_delete(yushen::Validator* validator) { delete validator; }

}  // extern "C"
