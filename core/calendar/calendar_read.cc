// Reading the working-day calendar's JSON data (forms/calendar/*.json) into a Calendar,
// refusing anything malformed with calendar.bad_data and where. A file of its own because it
// runs once per calendar (the WASM wrapper passes a calendar it has read by handle), so the
// WASM build compiles it for size (cmake/wasm_size.cmake); the queries stay in calendar.cc.
// Declared in calendar/calendar.h. Tested by tests/calendar/calendar_test.cc.
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
    if (std::binary_search(holidays.value().begin(), holidays.value().end(), day)) return bad_data("/workdays");  // both lists
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

}  // namespace yushen::calendar
