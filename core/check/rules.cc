// Cross-field rules: each rule whose `when` holds and whose path applies is evaluated; a falsy
// `assert` is an issue with the rule's severity (error, block → ineligible, warning) and the
// template's message filled from the rule's params. A rule that cannot be evaluated (bad data)
// is a check.rule_error issue — unless only the calendar's edge stopped it (a date in a year
// the calendar does not cover yet): that is the warning check.calendar_gap, whatever the
// rule's severity (calendar_gap.cc says why). An error or warning at a path that already has a
// schema error is not repeated: one problem, one issue. Entry point: check_rules().
// Tested by tests/check/rules_test.cc and tests/check/calendar_gap_test.cc.
#include "check/run.h"

namespace yushen::check::detail {
namespace {

bool has_field_error(const Run& run, const std::string& path, std::size_t schema_issues) {
  for (std::size_t i = 0; i < schema_issues; ++i) {
    if (run.issues[i].path == path && run.issues[i].severity == Severity::error) return true;
  }
  return false;
}

bool under(std::string_view path, std::string_view prefix) {
  if (prefix.empty()) return true;
  return path == prefix ||
         (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0 && path[prefix.size()] == '/');
}

}  // namespace

void check_rules(Run& run, std::string_view only_path) {
  std::size_t earlier = run.issues.size();
  for (const tmpl::RuleDef& rule : run.t.rules) {
    if (!under(rule.path, only_path) || run.is_inapplicable(rule.path)) continue;
    if (rule.when) {
      Result<Json> when = logic::evaluate(*rule.when, run.data, run.env);
      if (when.ok() && !logic::truthy(when.value())) continue;
      // Whether the rule applies at all depends on a day the calendar does not cover yet.
      if (!when.ok() && calendar_gap_year(when.error())) {
        if (!has_field_error(run, rule.path, earlier)) add_calendar_gap(run, rule, when.error());
        continue;
      }
    }
    Result<Json> result = logic::evaluate(rule.test, run.data, run.env);
    if (result.ok() && logic::truthy(result.value())) continue;
    if (rule.severity != Severity::block && has_field_error(run, rule.path, earlier)) continue;
    if (!result.ok() && calendar_gap_year(result.error())) {
      if (!has_field_error(run, rule.path, earlier)) add_calendar_gap(run, rule, result.error());
      continue;
    }
    if (!result.ok()) {
      Issue issue(Code::kCheckRuleError, Severity::error);
      issue.path = rule.path;
      issue.rule = rule.id;
      issue.params = {{"rule", rule.id}};
      run.add(std::move(issue));
      continue;
    }
    Issue issue(Code::kCheckRule, rule.severity);
    issue.path = rule.path;
    issue.rule = rule.id;
    issue.text = &rule.message;
    for (const auto& [name, value] : rule.params) {
      Result<Json> evaluated = logic::evaluate(value, run.data, run.env);
      if (evaluated.ok() && !evaluated.value().is_null()) issue.params[name] = std::move(evaluated.value());
    }
    run.add(std::move(issue));
  }
}

}  // namespace yushen::check::detail
