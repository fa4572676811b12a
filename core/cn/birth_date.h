// Internal to core/cn (use cn/cn.h): calendar rules for birth dates inside identifiers.
// Entry points: is_real_date(), check_birth_date().
// Tested by tests/cn/birth_date_test.cc.
#pragma once

#include "cn/cn.h"

namespace yushen::cn::detail {

// Gregorian leap-year rule (every 4th year, not centuries unless divisible by 400).
bool is_leap_year(int year);

// True for a real calendar date: year ≥ 1, month 1–12, day within the month.
bool is_real_date(int year, int month, int day);

enum class DateVerdict { ok, invalid, too_early, future };

// GB 11643-1999 §5.3 (出生日期码, GB/T 7408 YYYYMMDD): a real date, not before 1900-01-01
// and not after options' "today" when today is given.
DateVerdict check_birth_date(int year, int month, int day, const CheckOptions& options);

}  // namespace yushen::cn::detail
