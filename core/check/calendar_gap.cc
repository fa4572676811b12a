// The edge of the calendar: the working-day calendar covers only the years whose State Council
// holiday notice has been added (docs/calendar.md), and a date past them is never guessed. A
// check meeting such a date still completes: a due date becomes check.due_date_pending (the
// letter states it in rule form) and a rule becomes check.calendar_gap, both warnings, because
// the applicant cannot act on a missing notice and the service centre settles it at acceptance.
// Entry points: calendar_gap_year(), add_calendar_gap(), add_due_date_pending().
// Tested by tests/check/calendar_gap_test.cc.
#include "check/run.h"

namespace yushen::check::detail {

// Told apart by the code, never by message text: only calendar.out_of_range is a gap; a
// malformed date or a missing calendar stays an error of its own.
std::optional<int> calendar_gap_year(const Error& error) {
  if (error.code != Code::kCalendarOutOfRange) return std::nullopt;
  auto date = error.params.find("date");
  if (date == error.params.end() || !date->is_string()) return std::nullopt;
  std::optional<calendar::Date> parsed = calendar::parse_date(date->get_ref<const std::string&>());
  if (!parsed) return std::nullopt;
  return parsed->year;
}

void add_calendar_gap(Run& run, const tmpl::RuleDef& rule, const Error& error) {
  Issue issue(Code::kCheckCalendarGap, Severity::warning);
  issue.path = rule.path;
  issue.rule = rule.id;
  issue.params = {{"rule", rule.id}, {"year", calendar_gap_year(error).value_or(0)}};
  if (auto date = error.params.find("date"); date != error.params.end()) issue.params["date"] = *date;
  run.add(std::move(issue));
}

void add_due_date_pending(Run& run, std::string path, const std::vector<std::size_t>& materials, const DueGap& gap) {
  Json names = Json::array();
  for (std::size_t index : materials) names.push_back(run.t.materials[index].name.get(run.locale));
  run.add_path_issue(Code::kCheckDueDatePending, std::move(path),
                     {{"materials", std::move(names)}, {"count", gap.working_days}, {"year", gap.year}});
}

}  // namespace yushen::check::detail
