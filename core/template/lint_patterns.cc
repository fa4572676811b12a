// Lint rule: every `pattern` and `patternProperties` key of the form schema must compile with
// yushen's linear-time engine (docs/patterns.md). Compiling the form stops at the first bad
// pattern; lint reports all of them, at the same places and with the same parameters.
// Entry point: lint_patterns(). Tested by tests/template/lint_test.cc.
#include <variant>

#include "pattern/pattern.h"
#include "template/lint.h"
#include "template/reader.h"

namespace yushen::tmpl::detail {
namespace {

void check(const std::string& source, const std::string& at, std::vector<Error>& out) {
  auto compiled = pattern::compile(source);
  if (auto* failure = std::get_if<pattern::PatternError>(&compiled)) {
    out.push_back(make_error(Code::kSchemaBadPattern, at,
                             {{"pattern", source}, {"reason", failure->construct}, {"offset", failure->offset}}));
  }
}

}  // namespace

void lint_patterns(const LintInput& input, std::vector<Error>& out) {
  if (!input.json.is_object()) return;
  auto form = input.json.find("form");
  if (form == input.json.end()) return;
  for_each_subschema(*form, "/form", [&](const nlohmann::json& schema, const std::string& at) {
    if (auto p = schema.find("pattern"); p != schema.end() && p->is_string()) check(p->get<std::string>(), child(at, "pattern"), out);
    if (auto pp = schema.find("patternProperties"); pp != schema.end() && pp->is_object()) {
      for (auto it = pp->begin(); it != pp->end(); ++it) check(it.key(), child(at, "patternProperties"), out);
    }
  });
}

}  // namespace yushen::tmpl::detail
