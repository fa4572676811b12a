// Date operators: yushen.date, yushen.add_days, yushen.add_months, yushen.today, yushen.age,
// and the argument helpers the yushen.* operators share. Dates are "YYYY-MM-DD" strings, so
// the standard comparisons (<, ==, …) order them correctly. An argument that is not a valid
// date or whole number gives null, never an error: it usually comes from the applicant.
// Tested by tests/logic/ext_dates_test.cc.
#include <cmath>

#include "logic/program.h"

namespace yushen::logic::detail {
namespace {

using calendar::Date;

constexpr int kMaxDays = 3660000;  // about 10,000 years either way
constexpr int kMaxMonths = 120000;

int two_digits(std::string_view s, std::size_t i) {
  if (i + 2 > s.size() || s[i] < '0' || s[i] > '9' || s[i + 1] < '0' || s[i + 1] > '9') return -1;
  return (s[i] - '0') * 10 + (s[i + 1] - '0');
}

// RFC 3339 time and offset after the date: HH:MM:SS[.frac](Z|±HH:MM). "T", "t" or a space
// separates date and time (RFC 3339 §5.6 allows the space).
bool is_time_part(std::string_view s) {
  if (s.size() < 9 || (s[0] != 'T' && s[0] != 't' && s[0] != ' ')) return false;
  int hour = two_digits(s, 1);
  int minute = two_digits(s, 4);
  int second = two_digits(s, 7);
  if (s[3] != ':' || s[6] != ':' || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 ||
      second > 60) {
    return false;
  }
  std::size_t i = 9;
  if (i < s.size() && s[i] == '.') {
    std::size_t digits = 0;
    while (++i < s.size() && s[i] >= '0' && s[i] <= '9') ++digits;
    if (digits == 0) return false;
  }
  std::string_view offset = s.substr(i);
  if (offset == "Z" || offset == "z") return true;
  if (offset.size() != 6 || (offset[0] != '+' && offset[0] != '-') || offset[3] != ':') return false;
  int oh = two_digits(offset, 1);
  int om = two_digits(offset, 4);
  return oh >= 0 && oh <= 23 && om >= 0 && om <= 59;
}

Error bad_argument(std::string_view op, std::size_t index) {
  return make_error(Code::kLogicBadArgument, "", {{"operator", op}, {"index", index}});
}

}  // namespace

std::optional<Date> date_arg(const Json& arg) {
  if (!arg.is_string()) return std::nullopt;
  std::string_view s = arg.get_ref<const std::string&>();
  if (s.size() > 10 && !is_time_part(s.substr(10))) return std::nullopt;
  return calendar::parse_date(s.substr(0, 10));
}

std::optional<int> whole_arg(const Json& arg, int limit) {
  if (!arg.is_number()) return std::nullopt;
  double n = arg.get<double>();
  if (!std::isfinite(n) || n != std::trunc(n) || std::fabs(n) > limit) return std::nullopt;
  return static_cast<int>(n);
}

Json date_result(Date d) {
  if (d.year < 1 || d.year > 9999) return nullptr;
  return calendar::format_date(d);
}

// yushen.date(x): "YYYY-MM-DD" for a date or RFC 3339 date-time, else null.
Result<Json> ext_date(std::span<const Json> args, const Env&) {
  std::optional<Date> d = date_arg(args[0]);
  return d ? date_result(*d) : Json(nullptr);
}

// yushen.add_days(date, n): calendar days, n may be negative.
Result<Json> ext_add_days(std::span<const Json> args, const Env&) {
  std::optional<Date> d = date_arg(args[0]);
  std::optional<int> n = whole_arg(args[1], kMaxDays);
  if (!d || !n) return Json(nullptr);
  return date_result(calendar::add_days(*d, *n));
}

// yushen.add_months(date, n): month-end clamping, 2024-01-31 + 1 -> 2024-02-29.
Result<Json> ext_add_months(std::span<const Json> args, const Env&) {
  std::optional<Date> d = date_arg(args[0]);
  std::optional<int> n = whole_arg(args[1], kMaxMonths);
  if (!d || !n) return Json(nullptr);
  return date_result(calendar::add_months(*d, *n));
}

// yushen.today(): Env::today; logic.no_today when the host supplied none.
Result<Json> ext_today(std::span<const Json>, const Env& env) {
  if (!env.today) return make_error(Code::kLogicNoToday, "", {{"operator", "yushen.today"}});
  if (!calendar::is_valid_date(*env.today)) return bad_argument("yushen.today", 0);
  return date_result(*env.today);
}

// yushen.age(birth[, on]): whole years from birth to `on` (default: today). The age goes up
// on the birthday; for 29 February, on 1 March in common years. Null if on < birth.
Result<Json> ext_age(std::span<const Json> args, const Env& env) {
  std::optional<Date> birth = date_arg(args[0]);
  std::optional<Date> on;
  if (args.size() > 1) {
    on = date_arg(args[1]);
  } else if (!env.today) {
    return make_error(Code::kLogicNoToday, "", {{"operator", "yushen.age"}});
  } else {
    on = env.today;
  }
  if (!birth || !on || *on < *birth) return Json(nullptr);
  int years = on->year - birth->year;
  if (on->month < birth->month || (on->month == birth->month && on->day < birth->day)) --years;
  return Json(years);
}

}  // namespace yushen::logic::detail
