// lint_template(): the meta-schema, the compile errors and every lint rule, merged into one
// sorted list. A compile error already reported by the meta-schema at the same place is
// dropped, so one problem gives one finding. Add a rule: one lint_<rule>.cc and one row below.
// Tested by tests/template/lint_test.cc.
#include <algorithm>

#include "template/lint.h"
#include "template/parse.h"
#include "util/json_text.h"

namespace yushen::tmpl {
namespace {

constexpr detail::LintRule kRules[] = {
    &detail::lint_fields,       &detail::lint_key_materials, &detail::lint_alternatives,
    &detail::lint_patterns,     &detail::lint_placeholders,  &detail::lint_translations,
};

bool covered(const Error& error, const std::vector<Error>& meta) {
  for (const Error& m : meta) {
    if (m.where == error.where) return true;
    if (m.code == Code::kAdditionalProperties && error.code == Code::kTemplateUnknownMember) {
      auto it = m.params.find("additionalProperty");
      if (it != m.params.end() && it->is_string() &&
          detail::child(m.where, it->get_ref<const std::string&>()) == error.where) {
        return true;
      }
    }
  }
  return false;
}

bool same(const Error& a, const Error& b) {
  return a.code == b.code && a.where == b.where && a.params == b.params;
}

}  // namespace

std::vector<Error> lint_template(const nlohmann::json& json) {
  std::vector<Error> meta;
  std::vector<Error> parse_errors;
  Template parsed = detail::parse_template(json, {}, parse_errors);
  detail::LintInput input{json, parsed};
  detail::lint_metaschema(input, meta);
  std::vector<Error> out = meta;
  for (Error& error : parse_errors) {
    if (!covered(error, meta)) out.push_back(std::move(error));
  }
  for (detail::LintRule rule : kRules) rule(input, out);
  std::stable_sort(out.begin(), out.end(), [](const Error& a, const Error& b) {
    if (a.where != b.where) return a.where < b.where;
    if (a.code != b.code) return a.code < b.code;
    return dump_json(a.params) < dump_json(b.params);
  });
  out.erase(std::unique(out.begin(), out.end(), same), out.end());
  return out;
}

}  // namespace yushen::tmpl
