// Tests for the date operators (core/logic/ext_dates.cc): yushen.date, add_days, add_months,
// today, age; invalid dates give null, a missing `today` is an error.
#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

Env on(int y, int m, int d) {
  Env env;
  env.today = calendar::Date{y, m, d};
  return env;
}

TEST(ExtDatesTest, Date) {
  expect_cases({
      {R"({"yushen.date": "2025-01-02"})", "null", R"("2025-01-02")"},
      {R"({"yushen.date": "2025-01-02T10:20:30Z"})", "null", R"("2025-01-02")"},
      {R"({"yushen.date": "2025-01-02t23:59:60.123+08:00"})", "null", R"("2025-01-02")"},
      {R"({"yushen.date": "2025-01-02 08:00:00-05:30"})", "null", R"("2025-01-02")"},
      {R"({"yushen.date": "2025-01-02T24:00:00Z"})", "null", "null"},
      {R"({"yushen.date": "2025-01-02T10:20Z"})", "null", "null"},
      {R"({"yushen.date": "2025-01-02T10:20:30"})", "null", "null"},   // RFC 3339 needs an offset
      {R"({"yushen.date": "2025-01-02T10:20:30.Z"})", "null", "null"},
      {R"({"yushen.date": "2025-02-29"})", "null", "null"},
      {R"({"yushen.date": "2025/01/02"})", "null", "null"},
      {R"({"yushen.date": 20250102})", "null", "null"},
      {R"({"yushen.date": {"var": "d"}})", "{}", "null"},
      {R"({"<": [{"yushen.date": "2025-01-31T23:00:00Z"}, "2025-02-01"]})", "null", "true"},
  });
}

TEST(ExtDatesTest, AddDaysAndMonths) {
  expect_cases({
      {R"({"yushen.add_days": ["2024-12-31", 1]})", "null", R"("2025-01-01")"},
      {R"({"yushen.add_days": ["2024-03-01", -1]})", "null", R"("2024-02-29")"},
      {R"({"yushen.add_days": ["2024-03-01", 1.5]})", "null", "null"},
      {R"({"yushen.add_days": ["2024-03-01", "1"]})", "null", "null"},
      {R"({"yushen.add_days": ["0001-01-01", -1]})", "null", "null"},
      {R"({"yushen.add_months": ["2024-01-31", 1]})", "null", R"("2024-02-29")"},
      {R"({"yushen.add_months": ["2025-01-31", 1]})", "null", R"("2025-02-28")"},
      {R"({"yushen.add_months": ["2024-02-29", 12]})", "null", R"("2025-02-28")"},
      {R"({"yushen.add_months": ["2025-03-31", -1]})", "null", R"("2025-02-28")"},
      {R"({"yushen.add_months": ["2025-11-15T08:00:00+08:00", 2]})", "null", R"("2026-01-15")"},
      {R"({"yushen.add_months": ["bad", 2]})", "null", "null"},
      // "2 个月内补齐": due date from the notice date.
      {R"({"<=": [{"var": "filed"}, {"yushen.add_months": [{"var": "notice"}, 2]}]})",
       R"({"notice": "2025-12-31", "filed": "2026-02-28"})", "true"},
  });
}

TEST(ExtDatesTest, TodayAndAge) {
  Env env = on(2025, 9, 30);
  expect_cases({
      {R"({"yushen.today": []})", "null", R"("2025-09-30")"},
      {R"({"yushen.age": ["2007-09-30"]})", "null", "18"},
      {R"({"yushen.age": ["2007-10-01"]})", "null", "17"},
      {R"({"yushen.age": ["2000-02-29", "2025-02-28"]})", "null", "24"},
      {R"({"yushen.age": ["2000-02-29", "2025-03-01"]})", "null", "25"},
      {R"({"yushen.age": ["2000-02-29", "2024-02-29"]})", "null", "24"},
      {R"({"yushen.age": ["2026-01-01"]})", "null", "null"},
      {R"({"yushen.age": ["x"]})", "null", "null"},
      {R"({">=": [{"yushen.age": [{"yushen.birth_date_from_id": {"var": "id"}}]}, 18]})",
       R"({"id": "11010520070930002X"})", "true"},
  }, env);
  expect_error(R"({"yushen.today": []})", "null", Code::kLogicNoToday, "");
  expect_error(R"({"yushen.age": ["2000-01-01"]})", "null", Code::kLogicNoToday, "");
  expect_cases({{R"({"yushen.age": ["2000-01-01", "2025-01-01"]})", "null", "25"}});  // no today needed
}

}  // namespace
}  // namespace yushen::logic::test
