// Template compile: the form (a JSON Schema for the form data, x-* keywords ignored as
// unknown keywords are; every `format` one this build checks) and the applicability
// conditions that make fields or sections not apply. Entry point: parse_form().
// Tested by tests/template/compile_test.cc.
#include "formats/registry.h"
#include "template/lint.h"
#include "template/parse.h"
#include "util/json_pointer.h"

namespace yushen::tmpl::detail {
namespace {

// The form schema always asserts formats: cn-resident-id, cn-uscc, cn-mobile, date, … are
// checks here, not annotations.
void compile_form(Reader& reader, const Json& schema, Template& out) {
  ValidatorOptions options;
  options.assert_formats = true;
  Result<Validator> validator = Validator::from_value(schema, options);
  if (!validator.ok()) {
    Error error = validator.error();
    error.where = "/form" + error.where;
    reader.fail(error.code, std::move(error.where), std::move(error.params));
    return;
  }
  out.form.emplace(std::move(validator.value()));
}

// JSON Schema ignores unknown formats; a template must not, or a misspelt "cn-resident-id"
// would silently check nothing. A build that lacks a format refuses the template.
void check_formats(Reader& reader, const Json& schema) {
  for_each_subschema(schema, "/form", [&](const Json& node, const std::string& at) {
    auto format = node.find("format");
    if (format == node.end() || !format->is_string()) return;
    if (!formats::find_format(format->get_ref<const std::string&>())) {
      reader.fail(Code::kTemplateUnknownFormat, child(at, "format"), {{"format", *format}});
    }
  });
}

}  // namespace

// True if `pointer` is "/form" or starts with "/form/" and is a well-formed JSON Pointer.
bool is_form_pointer(std::string_view pointer) {
  if (pointer != "/form" && pointer.rfind("/form/", 0) != 0) return false;
  return split_pointer(pointer).has_value();
}

void parse_form(Reader& reader, const Json& json, Template& out) {
  if (const Json* schema = reader.get(json, "form", "", true)) {
    compile_form(reader, *schema, out);
    check_formats(reader, *schema);
    collect_field_labels(reader, *schema, out);
  }
  const Json* conditions = reader.array(json, "conditions", "", false, reader.limits().max_conditions);
  if (!conditions) return;
  for (std::size_t i = 0; i < conditions->size(); ++i) {
    std::string at = child("/conditions", i);
    const Json& item = (*conditions)[i];
    if (!reader.object(item, at)) continue;
    reader.members(item, at, {"path", "when"});
    std::optional<std::string> path = reader.string(item, "path", at, true);
    std::optional<logic::Rule> when = reader.logic(item, "when", at, true);
    if (path && (!is_form_pointer(*path) || *path == "/form")) {
      reader.fail(Code::kTemplateBadPointer, child(at, "path"), {{"pointer", *path}});
      continue;
    }
    if (path && when) out.conditions.push_back(Condition{*path, std::move(*when)});
  }
}

}  // namespace yushen::tmpl::detail
