// The working-day calendar's queries (is_working_day, add_working_days,
// working_days_between); reading the JSON data is calendar_read.cc. Declared in calendar/calendar.h.
// Cost: every query walks at most the covered years day by day (a few thousand steps).
// Tested by tests/calendar/calendar_test.cc.
#include <algorithm>

#include "calendar/calendar.h"

namespace yushen::calendar {
namespace {

bool contains(const std::vector<std::int64_t>& sorted, std::int64_t day) {
  return std::binary_search(sorted.begin(), sorted.end(), day);
}

Error out_of_range(const std::string& id, std::int64_t day) {
  return make_error(Code::kCalendarOutOfRange, "",
                    {{"date", format_date(civil_from_days(day))}, {"calendar", id}});
}

Error bad_date(Date d) { return make_error(Code::kCalendarBadDate, "", {{"date", format_date(d)}}); }

}  // namespace

bool Calendar::covers(Date d) const { return std::binary_search(years_.begin(), years_.end(), d.year); }

Result<bool> Calendar::working(std::int64_t day) const {
  Date d = civil_from_days(day);
  if (!covers(d)) return out_of_range(id_, day);
  if (contains(workdays_, day)) return true;
  if (contains(holidays_, day)) return false;
  return weekday(d) <= 5;
}

Result<bool> Calendar::is_working_day(Date d) const {
  if (!is_valid_date(d)) return bad_date(d);
  return working(days_from_civil(d));
}

Result<Date> Calendar::add_working_days(Date start, int n) const {
  if (!is_valid_date(start)) return bad_date(start);
  if (n < 0) return make_error(Code::kCalendarBadCount, "", {{"count", n}});
  std::int64_t day = days_from_civil(start);
  if (n == 0) {
    if (!covers(start)) return out_of_range(id_, day);
    return start;
  }
  // Each step either counts a working day or moves through a covered day; leaving the
  // covered years stops the walk, so it takes at most n + (covered days) steps.
  for (int found = 0; found < n;) {
    ++day;
    Result<bool> w = working(day);
    if (!w.ok()) return w.error();
    if (w.value()) ++found;
  }
  return civil_from_days(day);
}

Result<int> Calendar::working_days_between(Date from, Date to) const {
  if (!is_valid_date(from)) return bad_date(from);
  if (!is_valid_date(to)) return bad_date(to);
  std::int64_t a = days_from_civil(from);
  std::int64_t b = days_from_civil(to);
  int sign = 1;
  if (b < a) {
    std::swap(a, b);
    sign = -1;
  }
  // Every day in (a, b] must be covered, so the loop is bounded by the covered years.
  int count = 0;
  for (std::int64_t day = a + 1; day <= b; ++day) {
    Result<bool> w = working(day);
    if (!w.ok()) return w.error();
    if (w.value()) ++count;
  }
  return sign * count;
}

}  // namespace yushen::calendar
