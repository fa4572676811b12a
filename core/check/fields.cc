// The form data against the template's form schema (formats asserted, "today" from the
// context), after applicability pruned it. Every schema finding becomes an issue at
// /form + its instance path; a missing property is reported at the property itself, and
// findings at or under a non-applicable path are dropped, as are `if` findings (their
// then/else finding is the issue). Entry point: check_fields().
// Tested by tests/check/fields_test.cc.
#include "check/run.h"
#include "eval/evaluator.h"
#include "util/json_pointer.h"

namespace yushen::check::detail {

void check_fields(Run& run) {
  if (!run.t.form) return;
  eval::EvalOptions options;
  if (run.ctx.today) {
    options.format_context.today_year = run.ctx.today->year;
    options.format_context.today_month = run.ctx.today->month;
    options.format_context.today_day = run.ctx.today->day;
  }
  eval::Outcome outcome = eval::evaluate(run.t.form->plan(), run.data["form"], options);
  if (outcome.limit) {
    run.fatal = *outcome.limit;
    run.fatal->where = "/form" + run.fatal->where;
    return;
  }
  const plan::Plan& plan = run.t.form->plan();
  for (eval::Finding& finding : outcome.errors) {
    // An `if` finding only says that its then/else failed, and that failure is an issue of
    // its own: one problem, one issue.
    if (finding.code == Code::kIf) continue;
    std::string path = "/form" + finding.instance_path;
    if (finding.code == Code::kRequired || finding.code == Code::kDependentRequired) {
      // Both codes carry missingProperty as a string (eval/finding.h).
      ParamRef missing = eval::FindingParams(plan, finding).find("missingProperty");
      if (missing.is_text) {
        append_pointer_token(path, missing.text);
      } else if (missing.json && missing.json->is_string()) {
        append_pointer_token(path, missing.json->get_ref<const std::string&>());
      }
    }
    if (run.is_inapplicable(path)) continue;
    Issue issue(finding.code, Severity::error);
    issue.path = std::move(path);
    issue.params = eval::finding_params(plan, finding);
    run.add(std::move(issue));
  }
}

}  // namespace yushen::check::detail
