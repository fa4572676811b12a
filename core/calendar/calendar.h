// Civil dates and the working-day calendar (weekends, public holidays, 调休 make-up working
// days). The calendar is data (forms/calendar/*.json, see docs/calendar.md): nothing about a
// year is compiled in, and a query outside the covered years is an error, never a guess.
// Entry points: parse_date(), add_days(), add_months(), Calendar::from_json().
// Tested by tests/calendar/date_test.cc and tests/calendar/calendar_test.cc.
#pragma once

#include <compare>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/error.h"

namespace yushen::calendar {

// A proleptic Gregorian date. Functions below expect a valid date (is_valid_date) unless
// they say otherwise.
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;
  friend auto operator<=>(const Date&, const Date&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);   // 0 for a month outside 1..12
bool is_valid_date(Date d);               // month 1..12, day 1..days_in_month

// Strict "YYYY-MM-DD": exactly ten characters, years 0000..9999, a real date.
// parse_date("2024-02-29") -> 2024-02-29; parse_date("2023-02-29"), "2024-2-9" -> nullopt.
std::optional<Date> parse_date(std::string_view text);

// "YYYY-MM-DD" (four-digit years 0000..9999; other years as a signed, expanded number).
std::string format_date(Date d);

// Days since 1970-01-01 and back (Hinnant's algorithms; exact for any int year).
std::int64_t days_from_civil(Date d);
Date civil_from_days(std::int64_t days);

// ISO weekday: 1 = Monday … 6 = Saturday, 7 = Sunday.
int weekday(Date d);

// Calendar-day arithmetic: add_days({2024,12,31}, 1) == {2025,1,1}.
Date add_days(Date d, int n);

// Month arithmetic with month-end clamping: add_months({2024,1,31}, 1) == {2024,2,29},
// add_months({2024,2,29}, 12) == {2025,2,28}. n may be negative.
Date add_months(Date d, int n);

// An official working-day calendar, immutable after loading and safe to share between threads.
// A day is a working day when it is a listed make-up working day (调休上班), or when it is
// Monday–Friday and not a listed holiday.
class Calendar {
 public:
  // Validates and loads {"id", "years", "holidays", "workdays", …} (docs/calendar.md).
  // Malformed data -> calendar.bad_data with a JSON pointer to the bad member.
  static Result<Calendar> from_json(const nlohmann::json& data);

  const std::string& id() const { return id_; }
  const std::vector<int>& years() const { return years_; }

  // True if d's year is one of `years`.
  bool covers(Date d) const;

  // calendar.bad_date for an invalid date, calendar.out_of_range outside the covered years.
  Result<bool> is_working_day(Date d) const;

  // The n-th working day after `start` (start itself is not counted), n >= 0; n == 0 returns
  // start. Example: a submission on Friday 2025-09-26 with 5 个工作日 ends on 2025-10-10
  // (09-28 is a make-up Sunday, 10-01..10-08 are holidays). calendar.bad_count for n < 0;
  // calendar.out_of_range as soon as the walk leaves the covered years.
  Result<Date> add_working_days(Date start, int n) const;

  // The number of working days in (from, to]; negative (minus the count in (to, from]) when
  // to < from. Every day counted must be covered.
  Result<int> working_days_between(Date from, Date to) const;

 private:
  Calendar() = default;
  Result<bool> working(std::int64_t day) const;  // day number; checks coverage

  std::string id_;
  std::vector<int> years_;               // sorted, unique
  std::vector<std::int64_t> holidays_;   // day numbers, sorted
  std::vector<std::int64_t> workdays_;   // day numbers, sorted
};

}  // namespace yushen::calendar
