// Calendar rules for birth dates in identifiers (leap years, range, "today" from the caller).
// Tested by tests/cn/birth_date_test.cc.
#include "cn/birth_date.h"

namespace yushen::cn::detail {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool is_real_date(int year, int month, int day) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  int last = kDays[month - 1] + (month == 2 && is_leap_year(year) ? 1 : 0);
  return day <= last;
}

DateVerdict check_birth_date(int year, int month, int day, const CheckOptions& options) {
  if (!is_real_date(year, month, day)) return DateVerdict::invalid;
  if (year < 1900) return DateVerdict::too_early;
  if (options.today_year > 0) {
    long date = year * 10000L + month * 100L + day;
    long today = options.today_year * 10000L + options.today_month * 100L + options.today_day;
    if (date > today) return DateVerdict::future;
  }
  return DateVerdict::ok;
}

}  // namespace yushen::cn::detail
