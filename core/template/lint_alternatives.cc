// Lint rule: a material offered in an alternative group must not also be required on its
// own, or the group offers no choice (a dangling alternative). Unknown ids and groups with
// fewer than two sets are compile errors (parse_materials.cc).
// Entry point: lint_alternatives(). Tested by tests/template/lint_test.cc.
#include "template/lint.h"
#include "template/reader.h"

namespace yushen::tmpl::detail {

void lint_alternatives(const LintInput& input, std::vector<Error>& out) {
  if (!input.json.is_object()) return;
  auto groups = input.json.find("alternatives");
  if (groups == input.json.end() || !groups->is_array()) return;
  for (std::size_t g = 0; g < groups->size(); ++g) {
    const nlohmann::json& group = (*groups)[g];
    if (!group.is_object()) continue;
    auto id = group.find("id");
    auto sets = group.find("sets");
    if (id == group.end() || !id->is_string() || sets == group.end() || !sets->is_array()) continue;
    for (std::size_t s = 0; s < sets->size(); ++s) {
      const nlohmann::json& set = (*sets)[s];
      auto members = set.is_object() ? set.find("materials") : set.end();
      if (!set.is_object() || members == set.end() || !members->is_array()) continue;
      for (std::size_t m = 0; m < members->size(); ++m) {
        const nlohmann::json& member = (*members)[m];
        if (!member.is_string()) continue;
        std::size_t index = input.parsed.material_index(member.get_ref<const std::string&>());
        if (index == Template::npos || input.parsed.materials[index].requirement != Requirement::required) continue;
        std::string at = child(child(child(child(child("/alternatives", g), "sets"), s), "materials"), m);
        out.push_back(make_error(Code::kTemplateAlternativeRequired, at, {{"id", *id}, {"material", member}}));
      }
    }
  }
}

}  // namespace yushen::tmpl::detail
