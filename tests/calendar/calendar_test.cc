// Tests for yushen::calendar::Calendar (core/calendar/calendar.cc) against the shipped data
// forms/calendar/cn-mainland.json: every row cites the State Council General Office notice
// for its year (docs/calendar.md lists them), plus malformed-data and out-of-range cases.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "calendar/calendar.h"

namespace yushen::calendar {
namespace {

using Json = nlohmann::json;

Json read_json_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
}

const Calendar& mainland() {
  static const Calendar* calendar = [] {
    Json data = read_json_file(YUSHEN_SOURCE_DIR "/forms/calendar/cn-mainland.json");
    Result<Calendar> loaded = Calendar::from_json(data);
    EXPECT_TRUE(loaded.ok());
    return new Calendar(std::move(loaded.value()));
  }();
  return *calendar;
}

Date d(const char* text) {
  std::optional<Date> parsed = parse_date(text);
  EXPECT_TRUE(parsed.has_value()) << text;
  return parsed.value_or(Date{});
}

bool working(const char* text) {
  Result<bool> r = mainland().is_working_day(d(text));
  EXPECT_TRUE(r.ok()) << text;
  return r.ok() && r.value();
}

struct DayRow {
  const char* date;
  bool working;
};

void expect_days(const std::vector<DayRow>& rows) {
  for (const DayRow& row : rows) EXPECT_EQ(working(row.date), row.working) << row.date;
}

TEST(CalendarTest, LoadsShippedData) {
  EXPECT_EQ(mainland().id(), "cn-mainland");
  EXPECT_EQ(mainland().years(), (std::vector<int>{2024, 2025, 2026}));
  EXPECT_TRUE(mainland().covers(d("2025-06-01")));
  EXPECT_FALSE(mainland().covers(d("2023-12-31")));
  EXPECT_FALSE(mainland().covers(d("2027-01-01")));
}

// 国办发明电〔2024〕12号: 春节 1月28日(除夕)至2月4日放假调休,共8天;1月26日(周日)、2月8日(周六)上班。
TEST(CalendarTest, SpringFestival2025) {
  expect_days({{"2025-01-24", true},  {"2025-01-25", false}, {"2025-01-26", true},
               {"2025-01-27", true},  {"2025-01-28", false}, {"2025-01-29", false},
               {"2025-01-30", false}, {"2025-01-31", false}, {"2025-02-01", false},
               {"2025-02-02", false}, {"2025-02-03", false}, {"2025-02-04", false},
               {"2025-02-05", true},  {"2025-02-07", true},  {"2025-02-08", true},
               {"2025-02-09", false}, {"2025-02-10", true}});
}

// 国办发明电〔2024〕12号: 国庆节、中秋节 10月1日至8日放假调休,共8天;9月28日(周日)、10月11日(周六)上班。
TEST(CalendarTest, NationalDayAndMidAutumn2025) {
  expect_days({{"2025-09-26", true},  {"2025-09-27", false}, {"2025-09-28", true},
               {"2025-09-29", true},  {"2025-09-30", true},  {"2025-10-01", false},
               {"2025-10-04", false}, {"2025-10-06", false}, {"2025-10-08", false},
               {"2025-10-09", true},  {"2025-10-10", true},  {"2025-10-11", true},
               {"2025-10-12", false}, {"2025-10-13", true}});
}

// The rest of 2025 (元旦 1天不调休; 清明 4/4-4/6; 劳动节 5/1-5/5, 4/27 上班; 端午 5/31-6/2).
TEST(CalendarTest, Other2025Holidays) {
  expect_days({{"2025-01-01", false}, {"2025-01-02", true},  {"2025-04-03", true},
               {"2025-04-04", false}, {"2025-04-07", true},  {"2025-04-27", true},
               {"2025-04-30", true},  {"2025-05-01", false}, {"2025-05-05", false},
               {"2025-05-06", true},  {"2025-05-30", true},  {"2025-06-02", false},
               {"2025-06-03", true}});
}

// 国办发明电〔2023〕7号 (2024): 元旦 1/1; 春节 2/10-2/17, 2/4 and 2/18 上班 (除夕 2/9 is a
// working day: the notice only encourages time off); 清明 4/4-4/6, 4/7 上班; 劳动节 5/1-5/5,
// 4/28 and 5/11 上班; 端午 6/10; 中秋 9/15-9/17, 9/14 上班; 国庆 10/1-10/7, 9/29 and 10/12 上班.
TEST(CalendarTest, Holidays2024) {
  expect_days({{"2024-01-01", false}, {"2024-02-04", true},  {"2024-02-09", true},
               {"2024-02-10", false}, {"2024-02-17", false}, {"2024-02-18", true},
               {"2024-04-04", false}, {"2024-04-06", false}, {"2024-04-07", true},
               {"2024-04-28", true},  {"2024-05-01", false}, {"2024-05-05", false},
               {"2024-05-11", true},  {"2024-06-10", false}, {"2024-09-14", true},
               {"2024-09-16", false}, {"2024-09-17", false}, {"2024-09-29", true},
               {"2024-10-07", false}, {"2024-10-08", true},  {"2024-10-12", true}});
}

// 2026 notice (2025-11-04): 元旦 1/1-1/3, 1/4 上班; 春节 2/15-2/23 (9天), 2/14 and 2/28 上班;
// 清明 4/4-4/6; 劳动节 5/1-5/5, 5/9 上班; 端午 6/19-6/21; 中秋 9/25-9/27;
// 国庆 10/1-10/7, 9/20 and 10/10 上班.
TEST(CalendarTest, Holidays2026) {
  expect_days({{"2026-01-01", false}, {"2026-01-02", false}, {"2026-01-04", true},
               {"2026-02-13", true},  {"2026-02-14", true},  {"2026-02-15", false},
               {"2026-02-23", false}, {"2026-02-24", true},  {"2026-02-28", true},
               {"2026-04-06", false}, {"2026-04-07", true},  {"2026-05-05", false},
               {"2026-05-09", true},  {"2026-06-19", false}, {"2026-06-22", true},
               {"2026-09-20", true},  {"2026-09-25", false}, {"2026-10-01", false},
               {"2026-10-07", false}, {"2026-10-08", true},  {"2026-10-10", true}});
}

TEST(CalendarTest, AddWorkingDays) {
  struct Row { const char* start; int n; const char* expected; };
  const Row rows[] = {
      {"2025-09-26", 5, "2025-10-10"},   // Friday submission, 5 个工作日, across 国庆/中秋
      {"2025-09-26", 1, "2025-09-28"},   // the make-up Sunday counts
      {"2025-09-30", 1, "2025-10-09"},
      {"2025-01-24", 3, "2025-02-05"},   // 1/26 (Sun, 上班), 1/27, then 2/5 after 春节
      {"2025-02-07", 1, "2025-02-08"},   // 2/8 is a make-up Saturday
      {"2025-02-08", 0, "2025-02-08"},   // n = 0 returns the start
      {"2025-10-05", 0, "2025-10-05"},   // …even on a holiday
      {"2024-12-27", 3, "2025-01-02"},   // across the year end and 元旦 2025
      {"2025-12-30", 3, "2026-01-05"},   // 2026 元旦 1/1-1/3; 1/4 上班
      {"2025-12-31", 2, "2026-01-05"},
      {"2024-02-08", 1, "2024-02-09"},   // 除夕 2024 is a working day (time off only encouraged)
      {"2024-02-09", 1, "2024-02-18"},   // 春节 2/10-2/17; 2/18 is a make-up Sunday
      {"2026-02-13", 2, "2026-02-24"},   // 2/14 上班, then 春节 2/15-2/23
      {"2024-01-01", 250, "2024-12-30"},
  };
  for (const Row& row : rows) {
    Result<Date> r = mainland().add_working_days(d(row.start), row.n);
    ASSERT_TRUE(r.ok()) << row.start;
    EXPECT_EQ(format_date(r.value()), row.expected) << row.start << " + " << row.n;
  }
}

TEST(CalendarTest, WorkingDaysBetween) {
  struct Row { const char* from; const char* to; int expected; };
  const Row rows[] = {
      {"2025-09-26", "2025-10-10", 5}, {"2025-10-10", "2025-09-26", -5},
      {"2025-10-01", "2025-10-08", 0}, {"2025-06-01", "2025-06-01", 0},
      {"2024-12-27", "2025-01-02", 3},
      // Whole years (1 January is a holiday in each, so (01-01, 12-31] is the year's total).
      {"2024-01-01", "2024-12-31", 251}, {"2025-01-01", "2025-12-31", 248},
      {"2026-01-01", "2026-12-31", 248},
  };
  for (const Row& row : rows) {
    Result<int> r = mainland().working_days_between(d(row.from), d(row.to));
    ASSERT_TRUE(r.ok()) << row.from;
    EXPECT_EQ(r.value(), row.expected) << row.from << " .. " << row.to;
  }
}

TEST(CalendarTest, OutOfRangeIsAnErrorNeverAGuess) {
  Result<bool> before = mainland().is_working_day(d("2023-12-29"));
  ASSERT_FALSE(before.ok());
  EXPECT_EQ(before.error().code, Code::kCalendarOutOfRange);
  EXPECT_EQ(before.error().params["date"], "2023-12-29");
  EXPECT_EQ(before.error().params["calendar"], "cn-mainland");

  EXPECT_FALSE(mainland().is_working_day(d("2027-01-04")).ok());
  Result<Date> across = mainland().add_working_days(d("2026-12-30"), 3);
  ASSERT_FALSE(across.ok());
  EXPECT_EQ(across.error().code, Code::kCalendarOutOfRange);
  EXPECT_EQ(across.error().params["date"], "2027-01-01");
  EXPECT_FALSE(mainland().add_working_days(d("2027-03-01"), 0).ok());
  EXPECT_FALSE(mainland().working_days_between(d("2026-12-01"), d("2027-01-10")).ok());
  EXPECT_FALSE(mainland().add_working_days(d("2024-01-01"), 2000000000).ok());
}

TEST(CalendarTest, BadArguments) {
  Result<bool> bad = mainland().is_working_day(Date{2025, 2, 30});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, Code::kCalendarBadDate);
  EXPECT_EQ(bad.error().params["date"], "2025-02-30");
  Result<Date> negative = mainland().add_working_days(d("2025-03-03"), -1);
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.error().code, Code::kCalendarBadCount);
}

TEST(CalendarTest, RejectsMalformedData) {
  struct Row { const char* json; const char* where; };
  const Row rows[] = {
      {R"([])", ""},
      {R"({"years":[2025]})", "/id"},
      {R"({"id":"x"})", "/years"},
      {R"({"id":"x","years":[]})", "/years"},
      {R"({"id":"x","years":[2025,2025]})", "/years"},
      {R"({"id":"x","years":[2025.5]})", "/years/0"},
      {R"({"id":"x","years":[2025],"holidays":{}})", "/holidays"},
      {R"({"id":"x","years":[2025],"holidays":[{"date":"2025-1-1","name":"a"}]})", "/holidays/0/date"},
      {R"({"id":"x","years":[2025],"holidays":[{"date":"2026-01-01","name":"a"}]})", "/holidays/0/date"},
      {R"({"id":"x","years":[2025],"holidays":[{"date":"2025-01-01"}]})", "/holidays/0/name"},
      {R"({"id":"x","years":[2025],"holidays":[{"date":"2025-01-01","name":"a"},{"date":"2025-01-01","name":"b"}]})", "/holidays"},
      {R"({"id":"x","years":[2025],"workdays":[{"date":"2025-01-27","name":"Monday"}]})", "/workdays/0/date"},
      {R"({"id":"x","years":[2025],"holidays":[{"date":"2025-01-26","name":"a"}],"workdays":[{"date":"2025-01-26","name":"b"}]})", "/workdays"},
      {R"({"id":"x","years":[2025],"source":"notice"})", "/source"},
  };
  for (const Row& row : rows) {
    Result<Calendar> r = Calendar::from_json(Json::parse(row.json));
    ASSERT_FALSE(r.ok()) << row.json;
    EXPECT_EQ(r.error().code, Code::kCalendarBadData) << row.json;
    EXPECT_EQ(r.error().where, row.where) << row.json;
  }
}

TEST(CalendarTest, WeekendsOnlyWhenNoHolidaysListed) {
  Result<Calendar> r = Calendar::from_json(Json::parse(R"({"id":"plain","years":[2030]})"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.value().is_working_day(Date{2030, 1, 1}).value());   // Tuesday
  EXPECT_FALSE(r.value().is_working_day(Date{2030, 1, 5}).value());  // Saturday
}

}  // namespace
}  // namespace yushen::calendar
