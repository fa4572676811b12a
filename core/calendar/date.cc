// Proleptic Gregorian date helpers: validation, strict parsing, formatting, day numbers,
// weekday, day and month arithmetic. Entry points are declared in calendar/calendar.h.
// Tested by tests/calendar/date_test.cc.
#include <cstdio>

#include "calendar/calendar.h"

namespace yushen::calendar {
namespace {

// Floor division for the month arithmetic (C++ `/` truncates toward zero).
std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

int digits(std::string_view text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    char c = text[i];
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(Date d) { return d.day >= 1 && d.day <= days_in_month(d.year, d.month); }

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  Date d{digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)};
  if (d.year < 0 || !is_valid_date(d)) return std::nullopt;
  return d;
}

std::string format_date(Date d) {
  char buffer[32];
  if (d.year >= 0 && d.year <= 9999) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  } else {
    std::snprintf(buffer, sizeof buffer, "%+05d-%02d-%02d", d.year, d.month, d.day);
  }
  return buffer;
}

// http://howardhinnant.github.io/date_algorithms.html, days_from_civil / civil_from_days.
std::int64_t days_from_civil(Date d) {
  std::int64_t y = static_cast<std::int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
  std::int64_t era = floor_div(y, 400);
  std::int64_t yoe = y - era * 400;                                          // [0, 399]
  std::int64_t mp = (d.month + 9) % 12;                                      // March = 0
  std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;                         // [0, 365]
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                  // [0, 146096]
  return era * 146097 + doe - 719468;
}

Date civil_from_days(std::int64_t days) {
  std::int64_t z = days + 719468;
  std::int64_t era = floor_div(z, 146097);
  std::int64_t doe = z - era * 146097;                                       // [0, 146096]
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  std::int64_t mp = (5 * doy + 2) / 153;                                     // [0, 11]
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return Date{static_cast<int>(year), month, day};
}

int weekday(Date d) {
  // 1970-01-01 was a Thursday (ISO 4).
  std::int64_t w = (days_from_civil(d) + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

Date add_days(Date d, int n) { return civil_from_days(days_from_civil(d) + n); }

Date add_months(Date d, int n) {
  std::int64_t index = static_cast<std::int64_t>(d.year) * 12 + (d.month - 1) + n;
  int year = static_cast<int>(floor_div(index, 12));
  int month = static_cast<int>(index - static_cast<std::int64_t>(year) * 12) + 1;
  int last = days_in_month(year, month);
  return Date{year, month, d.day < last ? d.day : last};
}

}  // namespace yushen::calendar
