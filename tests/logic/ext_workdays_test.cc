// Tests for the working-day operators (core/logic/ext_workdays.cc) with the shipped calendar
// forms/calendar/cn-mainland.json: deadlines across 国庆/中秋 2025, errors without a calendar
// or outside its years.
#include <fstream>
#include <sstream>

#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

const calendar::Calendar& mainland() {
  static const calendar::Calendar* loaded = [] {
    std::ifstream in(YUSHEN_SOURCE_DIR "/forms/calendar/cn-mainland.json");
    std::stringstream text;
    text << in.rdbuf();
    Result<calendar::Calendar> c = calendar::Calendar::from_json(Json::parse(text.str(), nullptr, false));
    EXPECT_TRUE(c.ok());
    return new calendar::Calendar(std::move(c.value()));
  }();
  return *loaded;
}

Env with_calendar() {
  Env env;
  env.calendar = &mainland();
  env.today = calendar::Date{2025, 9, 30};
  return env;
}

TEST(ExtWorkdaysTest, Table) {
  expect_cases({
      {R"({"yushen.add_working_days": ["2025-09-26", 5]})", "null", R"("2025-10-10")"},
      {R"({"yushen.add_working_days": [{"yushen.today": []}, 1]})", "null", R"("2025-10-09")"},
      {R"({"yushen.add_working_days": ["2025-01-24", 3]})", "null", R"("2025-02-05")"},
      {R"({"yushen.add_working_days": ["2025-02-08", 0]})", "null", R"("2025-02-08")"},
      {R"({"yushen.add_working_days": ["2025-02-08", -1]})", "null", "null"},
      {R"({"yushen.add_working_days": ["nope", 1]})", "null", "null"},
      {R"({"yushen.working_days_between": ["2025-09-26", "2025-10-10"]})", "null", "5"},
      {R"({"yushen.working_days_between": ["2025-10-10", "2025-09-26"]})", "null", "-5"},
      {R"({"yushen.is_working_day": "2025-09-28"})", "null", "true"},
      {R"({"yushen.is_working_day": "2025-10-08"})", "null", "false"},
      {R"({"yushen.is_working_day": "2026-02-28T09:00:00+08:00"})", "null", "true"},
      // 补正材料须在通知后 5 个工作日内提交
      {R"({"<=": [{"var": "submitted"}, {"yushen.add_working_days": [{"var": "notified"}, 5]}]})",
       R"({"notified": "2025-09-26", "submitted": "2025-10-10"})", "true"},
  }, with_calendar());
}

TEST(ExtWorkdaysTest, Errors) {
  expect_error(R"({"yushen.is_working_day": "2025-01-01"})", "null", Code::kLogicNoCalendar, "");
  Env env = with_calendar();
  Result<Json> r = run(R"({"if": [true, {"yushen.add_working_days": ["2026-12-30", 3]}]})", "null", env);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Code::kCalendarOutOfRange);
  EXPECT_EQ(r.error().where, "/if/1");
  EXPECT_EQ(r.error().params["date"], "2027-01-01");
  Result<Json> before = run(R"({"yushen.working_days_between": ["2023-12-01", "2024-01-05"]})", "null", env);
  ASSERT_FALSE(before.ok());
  EXPECT_EQ(before.error().code, Code::kCalendarOutOfRange);
}

}  // namespace
}  // namespace yushen::logic::test
