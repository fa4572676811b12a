// Embind bindings: translate strings in and out of the public API (core/api/validator.h).
// No logic lives here. Results are canonical JSON text, byte-identical to the native CLI.
// Tested by tests/wasm/*.test.mjs and tests/parity/.
#include <emscripten/bind.h>

#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "api/validator.h"
#include "util/json_text.h"

namespace {

using yushen::Locale;
using yushen::OutputFormat;

Locale locale_or_default(const std::string& tag) {
  return yushen::parse_locale(tag).value_or(Locale::zh_CN);
}

// A compiled schema held by JS. compile() returns "" on success, else an error JSON;
// validate() returns one result JSON (the same text the CLI prints for that instance).
class SchemaChecker {
 public:
  std::string compile(const std::string& schema_json, const std::string& options_json) {
    yushen::ValidatorOptions options;
    std::map<std::string, std::string> remotes;
    yushen::JsonRead read = yushen::read_json(options_json);
    if (read.error == yushen::JsonReadError::none && read.value.is_object()) {
      const auto& value = read.value;
      auto assert_formats = value.find("assertFormats");
      options.assert_formats = assert_formats != value.end() && *assert_formats == true;
      auto dialect = value.find("dialect");
      if (dialect != value.end() && *dialect == "draft7") options.default_dialect = yushen::schema::Dialect::draft7;
      auto today = value.find("today");  // "YYYY-MM-DD": the core reads no clock
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
    auto created = yushen::Validator::create(schema_json, options);
    if (!created.ok()) return yushen::dump_json(yushen::error_result(created.error(), Locale::en));
    validator_.emplace(std::move(created).value());
    return "";
  }

  std::string validate(const std::string& instance_json, const std::string& output, const std::string& locale) const {
    if (!validator_) return "{\"valid\":false}";
    OutputFormat format = yushen::parse_output_format(output).value_or(OutputFormat::ajv);
    return yushen::dump_json(validator_->validate(instance_json, format, locale_or_default(locale)));
  }

 private:
  std::optional<yushen::Validator> validator_;
};

std::string engine_version() { return std::string(yushen::engine_version()); }

}  // namespace

EMSCRIPTEN_BINDINGS(yushen) {
  emscripten::class_<SchemaChecker>("SchemaChecker")
      .constructor<>()
      .function("compile", &SchemaChecker::compile)
      .function("validate", &SchemaChecker::validate);
  emscripten::function("version", &engine_version);
}
