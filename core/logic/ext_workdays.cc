// Working-day operators over Env::calendar: yushen.add_working_days,
// yushen.working_days_between, yushen.is_working_day (conventions: docs/calendar.md).
// No calendar -> logic.no_calendar; a day outside the calendar's years ->
// calendar.out_of_range; an argument that is not a date or whole number -> null.
// Tested by tests/logic/ext_workdays_test.cc.
#include "logic/program.h"

namespace yushen::logic::detail {
namespace {

constexpr int kMaxWorkingDays = 100000;

Error no_calendar(std::string_view op) { return make_error(Code::kLogicNoCalendar, "", {{"operator", op}}); }

}  // namespace

// yushen.add_working_days(date, n): the n-th working day after date (n >= 0).
Result<Json> ext_add_working_days(std::span<const Json> args, const Env& env) {
  if (!env.calendar) return no_calendar("yushen.add_working_days");
  std::optional<calendar::Date> d = date_arg(args[0]);
  std::optional<int> n = whole_arg(args[1], kMaxWorkingDays);
  if (!d || !n || *n < 0) return Json(nullptr);
  Result<calendar::Date> r = env.calendar->add_working_days(*d, *n);
  if (!r.ok()) return r.error();
  return date_result(r.value());
}

// yushen.working_days_between(from, to): working days in (from, to], negative if to < from.
Result<Json> ext_working_days_between(std::span<const Json> args, const Env& env) {
  if (!env.calendar) return no_calendar("yushen.working_days_between");
  std::optional<calendar::Date> from = date_arg(args[0]);
  std::optional<calendar::Date> to = date_arg(args[1]);
  if (!from || !to) return Json(nullptr);
  Result<int> r = env.calendar->working_days_between(*from, *to);
  if (!r.ok()) return r.error();
  return Json(r.value());
}

// yushen.is_working_day(date)
Result<Json> ext_is_working_day(std::span<const Json> args, const Env& env) {
  if (!env.calendar) return no_calendar("yushen.is_working_day");
  std::optional<calendar::Date> d = date_arg(args[0]);
  if (!d) return Json(nullptr);
  Result<bool> r = env.calendar->is_working_day(*d);
  if (!r.ok()) return r.error();
  return Json(r.value());
}

}  // namespace yushen::logic::detail
