// Due dates for deferred and committed materials (calendar days, months with month-end
// clamping, or working days on the context's calendar: 黄梅's 时限, 铜梁's "2个月内") and the
// commitment letter (告知承诺书) rendered from the template's text: {matter}, {applicant},
// {materials}, {deadline}, {liability}, {date}. A working-day due date past the calendar's
// years is not guessed: {deadline} then states the rule ("受理之日起第 10 个工作日").
// Entry points: due_date(), render_letter(). Tested by tests/check/requests_test.cc and
// tests/check/calendar_gap_test.cc.
#include "check/run.h"
#include "report/message.h"

namespace yushen::check::detail {

std::optional<calendar::Date> due_date(Run& run, const std::optional<tmpl::Deadline>& deadline,
                                       std::optional<DueGap>& gap) {
  if (!deadline) return std::nullopt;
  if (!run.ctx.today) {
    run.fatal = make_error(Code::kCheckContextMissing, "", {{"member", "now"}});
    return std::nullopt;
  }
  calendar::Date today = *run.ctx.today;
  switch (deadline->unit) {
    case tmpl::Deadline::Unit::days: return calendar::add_days(today, deadline->count);
    case tmpl::Deadline::Unit::months: return calendar::add_months(today, deadline->count);
    case tmpl::Deadline::Unit::working_days: break;
  }
  if (!run.ctx.calendar) {
    run.fatal = make_error(Code::kCheckContextMissing, "", {{"member", "calendar"}});
    return std::nullopt;
  }
  Result<calendar::Date> due = run.ctx.calendar->add_working_days(today, deadline->count);
  if (!due.ok()) {
    if (std::optional<int> year = calendar_gap_year(due.error())) gap = DueGap{deadline->count, *year};
    else run.fatal = due.error();
    return std::nullopt;
  }
  return due.value();
}

namespace {

std::string deadline_text(const Run& run, const std::optional<calendar::Date>& due, const std::optional<DueGap>& gap) {
  if (due) return calendar::format_date(*due);
  if (gap) return working_day_after_acceptance(gap->working_days, run.locale);
  return {};
}

std::string part(const Run& run, const tmpl::Policy& policy, const std::vector<std::size_t>& materials,
                 const std::optional<calendar::Date>& due, const std::optional<DueGap>& gap) {
  if (materials.empty() || !policy.letter) return {};
  Json names = Json::array();
  for (std::size_t index : materials) names.push_back(run.t.materials[index].name.get(run.locale));
  Json params = {
      {"matter", run.t.title.get(run.locale)},
      {"applicant", run.ctx.applicant},
      {"materials", std::move(names)},
      {"deadline", deadline_text(run, due, gap)},
      {"liability", policy.liability ? policy.liability->get(run.locale) : std::string()},
      {"date", run.ctx.today ? calendar::format_date(*run.ctx.today) : std::string()},
  };
  return render_template(policy.letter->get(run.locale), params, run.locale);
}

}  // namespace

std::string render_letter(const Run& run, const std::vector<std::size_t>& commitments,
                          const std::vector<std::size_t>& deferrals) {
  std::string letter = part(run, run.t.commitment, commitments, run.commitment_due, run.commitment_gap);
  std::string tolerance = part(run, run.t.tolerance, deferrals, run.deferral_due, run.deferral_gap);
  if (!letter.empty() && !tolerance.empty()) letter += "\n\n";
  return letter + tolerance;
}

}  // namespace yushen::check::detail
