// date, time, date-time (RFC 3339 §5.6) and duration (RFC 3339 Appendix A).
// Entry points: check_date, check_time, check_date_time, check_duration (formats/checks.h).
// Tested by tests/formats/format_vectors_test.cc (vectors/date*.json, time.json, duration.json).
#include <cstddef>

#include "formats/checks.h"

namespace yushen::formats::detail {
namespace {

// Reads exactly `n` ASCII digits (RFC 5234 DIGIT; never other scripts' digits) at `pos`.
// Returns their value and advances, or -1.
int read_fixed(std::string_view s, std::size_t& pos, std::size_t n) {
  if (s.size() - pos < n) return -1;
  int value = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_ascii_digit(s[pos + i])) return -1;
    value = value * 10 + (s[pos + i] - '0');
  }
  pos += n;
  return value;
}

bool expect(std::string_view s, std::size_t& pos, char c) {
  if (pos >= s.size() || s[pos] != c) return false;
  ++pos;
  return true;
}

// ABNF literals are case-insensitive (RFC 5234 §2.3; RFC 3339 §5.6 NOTE on "T" and "Z").
bool expect_letter(std::string_view s, std::size_t& pos, char upper) {
  if (pos >= s.size() || (s[pos] != upper && s[pos] != upper - 'A' + 'a')) return false;
  ++pos;
  return true;
}

bool is_leap_year(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

// RFC 3339 §5.7 and Appendix C: days per month, February by the Gregorian leap year rule.
int days_in_month(int year, int month) {
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// full-date = date-fullyear "-" date-month "-" date-mday
bool parse_full_date(std::string_view s, std::size_t& pos) {
  int year = read_fixed(s, pos, 4);
  if (year < 0 || !expect(s, pos, '-')) return false;
  int month = read_fixed(s, pos, 2);
  if (month < 1 || month > 12 || !expect(s, pos, '-')) return false;
  int day = read_fixed(s, pos, 2);
  return day >= 1 && day <= days_in_month(year, month);
}

// time-hour ":" time-minute, also used by time-numoffset. Returns minutes, or -1.
int parse_hour_minute(std::string_view s, std::size_t& pos) {
  int hour = read_fixed(s, pos, 2);
  if (hour < 0 || hour > 23 || !expect(s, pos, ':')) return -1;
  int minute = read_fixed(s, pos, 2);
  if (minute < 0 || minute > 59) return -1;
  return hour * 60 + minute;
}

// full-time = partial-time time-offset. A leap second (second 60) is allowed only when the
// time converted to UTC is 23:59:60 (RFC 3339 §5.6 time-second and §5.7; the date of the
// leap second itself is not checked, as leap seconds are announced, not computed).
bool parse_full_time(std::string_view s, std::size_t& pos) {
  int local = parse_hour_minute(s, pos);
  if (local < 0 || !expect(s, pos, ':')) return false;
  int second = read_fixed(s, pos, 2);
  if (second < 0 || second > 60) return false;
  if (pos < s.size() && s[pos] == '.') {  // time-secfrac = "." 1*DIGIT
    ++pos;
    std::size_t start = pos;
    while (pos < s.size() && is_ascii_digit(s[pos])) ++pos;
    if (pos == start) return false;
  }
  int offset = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    bool negative = s[pos] == '-';
    ++pos;
    offset = parse_hour_minute(s, pos);
    if (offset < 0) return false;
    if (negative) offset = -offset;
  } else {
    return false;  // the offset is mandatory in full-time
  }
  if (second == 60) {
    int utc = ((local - offset) % 1440 + 1440) % 1440;
    if (utc != 23 * 60 + 59) return false;
  }
  return true;
}

// One element of a duration: 1*DIGIT followed by a designator letter. Returns the
// designator in upper case, or 0.
char read_element(std::string_view s, std::size_t& pos) {
  std::size_t start = pos;
  while (pos < s.size() && is_ascii_digit(s[pos])) ++pos;
  if (pos == start || pos == s.size()) return 0;
  char c = s[pos++];
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// A run of elements whose designators must follow `order` without gaps, as the nesting
// dur-year = 1*DIGIT "Y" [dur-month] (and so on) requires: "P1Y2M3D" and "P2M" are valid,
// "P1Y3D" and "PT1H5S" are not. Stops before "T" or at the end.
bool parse_elements(std::string_view s, std::size_t& pos, std::string_view order) {
  std::size_t next = 0;  // index in `order` the next element may start from
  bool first = true;
  while (pos < s.size() && s[pos] != 'T' && s[pos] != 't') {
    std::size_t index = order.find(read_element(s, pos));
    if (index == std::string_view::npos || index < next || (!first && index != next)) return false;
    next = index + 1;
    first = false;
  }
  return !first;
}

}  // namespace

// RFC 3339 §5.6 full-date, e.g. "2024-02-29".
FormatResult check_date(std::string_view value, const FormatContext&) {
  std::size_t pos = 0;
  return verdict(parse_full_date(value, pos) && pos == value.size());
}

// RFC 3339 §5.6 full-time (the offset is mandatory), e.g. "23:59:60Z".
FormatResult check_time(std::string_view value, const FormatContext&) {
  std::size_t pos = 0;
  return verdict(parse_full_time(value, pos) && pos == value.size());
}

// RFC 3339 §5.6 date-time = full-date "T" full-time ("t" too, per the §5.6 NOTE).
FormatResult check_date_time(std::string_view value, const FormatContext&) {
  std::size_t pos = 0;
  bool ok = parse_full_date(value, pos) && expect_letter(value, pos, 'T') &&
            parse_full_time(value, pos) && pos == value.size();
  return verdict(ok);
}

// RFC 3339 Appendix A: duration = "P" (dur-date / dur-time / dur-week), with
// dur-date = (dur-day / dur-month / dur-year) [dur-time] and dur-time = "T" (dur-hour /
// dur-minute / dur-second). Weeks stand alone; "T" must be followed by a time element.
FormatResult check_duration(std::string_view value, const FormatContext&) {
  std::size_t pos = 0;
  if (!expect_letter(value, pos, 'P') || pos == value.size()) return verdict(false);
  if (value[pos] != 'T' && value[pos] != 't') {
    std::size_t save = pos;
    if (read_element(value, save) == 'W') return verdict(save == value.size());
    if (!parse_elements(value, pos, "YMD")) return verdict(false);
    if (pos == value.size()) return verdict(true);
  }
  ++pos;  // the "T"
  return verdict(parse_elements(value, pos, "HMS") && pos == value.size());
}

}  // namespace yushen::formats::detail
