// Internal to the template stage; use template/template.h. The parser: one function per
// part of the template (parse_<part>.cc), each reading with a Reader so every problem is
// recorded with its JSON Pointer and parsing goes on.
// Tested by tests/template/compile_test.cc.
#pragma once

#include <vector>

#include "template/reader.h"
#include "template/template.h"

namespace yushen::tmpl::detail {

// id, version, title, timeLimit, messages, and the "yushen" format marker (parse.cc).
void parse_identity(Reader& reader, const Json& json, Template& out);
void parse_messages(Reader& reader, const Json& json, Template& out);
// cases (情形) and stages (阶段) (parse_cases.cc).
void parse_cases(Reader& reader, const Json& json, Template& out);
// the form schema and the applicability conditions (parse_form.cc).
void parse_form(Reader& reader, const Json& json, Template& out);
// cross-field rules (parse_rules.cc).
void parse_rules(Reader& reader, const Json& json, Template& out);
// materials and alternative groups (parse_materials.cc).
void parse_materials(Reader& reader, const Json& json, Template& out);
// tolerance (容缺) and commitment (告知承诺) policies (parse_policies.cc).
void parse_policies(Reader& reader, const Json& json, Template& out);

// The form schema's x-label annotations into out.field_labels (field_labels.cc).
void collect_field_labels(Reader& reader, const Json& form, Template& out);

// True if `pointer` is "/form" or under it, and a well-formed JSON Pointer (parse_form.cc).
bool is_form_pointer(std::string_view pointer);

// All of the above, in document order. `errors` receives every problem; the Template is
// complete only when `errors` stays empty.
Template parse_template(const Json& json, const TemplateLimits& limits, std::vector<Error>& errors);

}  // namespace yushen::tmpl::detail
