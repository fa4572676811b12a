// Applicability: conditions make fields and sections under /form not apply, in template
// order, each seeing the form with the earlier non-applicable values removed; a removed value
// is neither required nor checked (a value for a field that does not apply never fails).
// Materials and alternative groups apply by their own `when` (materials.cc, alternatives.cc).
// Entry points: apply_conditions(), Run::is_inapplicable(), Run::holds().
// Tested by tests/check/applicability_test.cc.
#include "check/run.h"
#include "util/json_pointer.h"

namespace yushen::check::detail {
namespace {

// Removes the object member at `tokens` (after the leading "form") from `form`, if present.
void remove_at(Json& form, const std::vector<std::string>& tokens) {
  Json* node = &form;
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (!node->is_object()) return;
    auto it = node->find(tokens[i]);
    if (it == node->end()) return;
    node = &*it;
  }
  if (tokens.size() >= 2 && node->is_object()) node->erase(tokens.back());
}

}  // namespace

bool Run::is_inapplicable(std::string_view path) const {
  for (const std::string& p : inapplicable) {
    if (path == p) return true;
    if (path.size() > p.size() && path.compare(0, p.size(), p) == 0 && path[p.size()] == '/') return true;
  }
  return false;
}

bool Run::holds(const std::optional<logic::Rule>& rule) const {
  if (!rule) return true;
  Result<Json> result = logic::evaluate(*rule, data, env);
  if (!result.ok()) return true;
  return logic::truthy(result.value());
}

void apply_conditions(Run& run) {
  for (const tmpl::Condition& condition : run.t.conditions) {
    if (run.is_inapplicable(condition.path)) continue;
    Result<Json> result = logic::evaluate(condition.when, run.data, run.env);
    if (!result.ok() || logic::truthy(result.value())) continue;  // an error keeps the field in force
    run.inapplicable.push_back(condition.path);
    std::optional<std::vector<std::string>> tokens = split_pointer(condition.path);
    if (tokens) remove_at(run.data["form"], *tokens);
  }
}

void Run::add_path_issue(Code code, std::string path, Json params) {
  Issue issue(code, code_info(code).severity);
  issue.path = std::move(path);
  issue.params = std::move(params);
  issues.push_back(std::move(issue));
}

void Run::add_material_issue(Code code, std::size_t index, Json params) {
  Issue issue(code, code_info(code).severity);
  issue.material = t.materials[index].id;
  issue.order = index;
  params["material"] = t.materials[index].name.get(locale);
  issue.params = std::move(params);
  issues.push_back(std::move(issue));
}

}  // namespace yushen::check::detail
