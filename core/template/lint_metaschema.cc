// Lint rule: the template against the format's own meta-schema (forms/template.schema.json,
// embedded at build time), validated by yushen's Validator; findings keep their schema.*
// codes and point into the template. Entry point: lint_metaschema().
// Tested by tests/template/lint_test.cc.
#include <string_view>
#include <utility>

#include "template/lint.h"

namespace yushen::embedded {
extern const std::pair<std::string_view, std::string_view> kTemplateMetaschema[];
extern const unsigned kTemplateMetaschema_count;
}  // namespace yushen::embedded

namespace yushen::tmpl::detail {
namespace {

std::string string_member(const nlohmann::json& object, std::string_view key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

nlohmann::json object_member(const nlohmann::json& object, std::string_view key) {
  auto it = object.find(key);
  return it != object.end() && it->is_object() ? *it : nlohmann::json::object();
}

}  // namespace

void lint_metaschema(const LintInput& input, std::vector<Error>& out) {
  if (embedded::kTemplateMetaschema_count == 0) return;
  Result<Validator> validator = Validator::create(embedded::kTemplateMetaschema[0].second, ValidatorOptions{});
  if (!validator.ok()) {
    out.push_back(validator.error());
    return;
  }
  nlohmann::json result = validator.value().validate_value(input.json, OutputFormat::ajv, Locale::en);
  auto error = result.find("error");
  if (error != result.end()) {
    std::optional<Code> code = find_code(string_member(*error, "code"));
    out.push_back(make_error(code.value_or(Code::kLimitWork), "", object_member(*error, "params")));
    return;
  }
  auto errors = result.find("errors");
  if (errors == result.end() || !errors->is_array()) return;
  for (const nlohmann::json& item : *errors) {
    std::optional<Code> code = find_code(string_member(item, "code"));
    if (!code) continue;
    out.push_back(make_error(*code, string_member(item, "instancePath"), object_member(item, "params")));
  }
}

}  // namespace yushen::tmpl::detail
