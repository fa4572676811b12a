// The working-day calendar: loading and validating the JSON data, and the queries
// (is_working_day, add_working_days, working_days_between). Declared in calendar/calendar.h.
// Cost: every query walks at most the covered years day by day (a few thousand steps).
// Tested by tests/calendar/calendar_test.cc.
#include <algorithm>

#include "calendar/calendar.h"
#include "util/json_pointer.h"

namespace yushen::calendar {
namespace {

using Json = nlohmann::json;

Error bad_data(std::string where) { return make_error(Code::kCalendarBadData, std::move(where)); }

std::string pointer(std::string_view key) {
  std::string p;
  append_pointer_token(p, key);
  return p;
}

// Reads "holidays" or "workdays": [{"date": "YYYY-MM-DD", "name": "…"}, …].
Result<std::vector<std::int64_t>> read_days(const Json& data, std::string_view key,
                                            const std::vector<int>& years, bool weekend_only) {
  std::vector<std::int64_t> days;
  auto it = data.find(std::string(key));
  if (it == data.end()) return days;
  if (!it->is_array()) return bad_data(pointer(key));
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& entry = (*it)[i];
    std::string at = pointer(key);
    append_pointer_index(at, i);
    if (!entry.is_object()) return bad_data(at);
    auto date = entry.find("date");
    auto name = entry.find("name");
    if (name == entry.end() || !name->is_string() || name->get_ref<const std::string&>().empty()) {
      return bad_data(at + "/name");
    }
    if (date == entry.end() || !date->is_string()) return bad_data(at + "/date");
    std::optional<Date> d = parse_date(date->get_ref<const std::string&>());
    if (!d || !std::binary_search(years.begin(), years.end(), d->year)) return bad_data(at + "/date");
    if (weekend_only && weekday(*d) < 6) return bad_data(at + "/date");
    days.push_back(days_from_civil(*d));
  }
  std::sort(days.begin(), days.end());
  if (std::adjacent_find(days.begin(), days.end()) != days.end()) return bad_data(pointer(key));
  return days;
}

Result<std::vector<int>> read_years(const Json& data) {
  auto it = data.find("years");
  if (it == data.end() || !it->is_array() || it->empty()) return bad_data("/years");
  std::vector<int> years;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& y = (*it)[i];
    std::string at = "/years";
    append_pointer_index(at, i);
    if (!y.is_number_integer()) return bad_data(at);
    std::int64_t value = y.get<std::int64_t>();
    if (value < 1 || value > 9999) return bad_data(at);
    years.push_back(static_cast<int>(value));
  }
  std::sort(years.begin(), years.end());
  if (std::adjacent_find(years.begin(), years.end()) != years.end()) return bad_data("/years");
  return years;
}

bool contains(const std::vector<std::int64_t>& sorted, std::int64_t day) {
  return std::binary_search(sorted.begin(), sorted.end(), day);
}

Error out_of_range(const std::string& id, std::int64_t day) {
  return make_error(Code::kCalendarOutOfRange, "",
                    {{"date", format_date(civil_from_days(day))}, {"calendar", id}});
}

Error bad_date(Date d) { return make_error(Code::kCalendarBadDate, "", {{"date", format_date(d)}}); }

}  // namespace

Result<Calendar> Calendar::from_json(const Json& data) {
  if (!data.is_object()) return bad_data("");
  auto id = data.find("id");
  if (id == data.end() || !id->is_string() || id->get_ref<const std::string&>().empty()) {
    return bad_data("/id");
  }
  Result<std::vector<int>> years = read_years(data);
  if (!years.ok()) return years.error();
  auto holidays = read_days(data, "holidays", years.value(), /*weekend_only=*/false);
  if (!holidays.ok()) return holidays.error();
  auto workdays = read_days(data, "workdays", years.value(), /*weekend_only=*/true);
  if (!workdays.ok()) return workdays.error();
  for (std::int64_t day : workdays.value()) {
    if (contains(holidays.value(), day)) return bad_data("/workdays");  // both lists
  }
  auto source = data.find("source");
  if (source != data.end() && !source->is_array()) return bad_data("/source");
  Calendar calendar;
  calendar.id_ = id->get_ref<const std::string&>();
  calendar.years_ = std::move(years.value());
  calendar.holidays_ = std::move(holidays.value());
  calendar.workdays_ = std::move(workdays.value());
  return calendar;
}

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
