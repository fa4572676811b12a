// Tests for the date helpers in calendar/calendar.h (core/calendar/date.cc): strict parsing,
// formatting, day numbers, weekday, day and month arithmetic with month-end clamping.
#include <gtest/gtest.h>

#include "calendar/calendar.h"

namespace yushen::calendar {
namespace {

TEST(DateTest, ParseAcceptsStrictDates) {
  struct Row { const char* text; Date expected; };
  const Row rows[] = {
      {"2024-02-29", {2024, 2, 29}}, {"2000-02-29", {2000, 2, 29}}, {"0000-01-01", {0, 1, 1}},
      {"9999-12-31", {9999, 12, 31}}, {"2025-10-08", {2025, 10, 8}},
  };
  for (const Row& row : rows) {
    std::optional<Date> d = parse_date(row.text);
    ASSERT_TRUE(d.has_value()) << row.text;
    EXPECT_EQ(*d, row.expected) << row.text;
    EXPECT_EQ(format_date(*d), row.text);
  }
}

TEST(DateTest, ParseRejectsEverythingElse) {
  const char* rows[] = {"2023-02-29", "1900-02-29", "2024-2-09",  "2024-02-9", "2024-13-01",
                        "2024-00-10", "2024-01-00", "2024-04-31", "24-01-01",  "2024/01/01",
                        "2024-01-01T00:00:00Z", " 2024-01-01", "2024-01-01 ", "", "+024-01-01",
                        "2024-0a-01"};
  for (const char* text : rows) EXPECT_FALSE(parse_date(text).has_value()) << text;
}

TEST(DateTest, LeapYears) {
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_FALSE(is_leap_year(2025));
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2100, 2), 28);
  EXPECT_EQ(days_in_month(2024, 13), 0);
}

TEST(DateTest, DayNumbersRoundTrip) {
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(days_from_civil({2000, 3, 1}), 11017);
  EXPECT_EQ(days_from_civil({1969, 12, 31}), -1);
  for (std::int64_t day = -800000; day <= 800000; day += 997) {
    Date d = civil_from_days(day);
    ASSERT_TRUE(is_valid_date(d)) << day;
    ASSERT_EQ(days_from_civil(d), day);
  }
}

TEST(DateTest, Weekday) {
  EXPECT_EQ(weekday({1970, 1, 1}), 4);    // Thursday
  EXPECT_EQ(weekday({2025, 1, 26}), 7);   // Sunday (a 2025 make-up working day)
  EXPECT_EQ(weekday({2025, 2, 8}), 6);    // Saturday
  EXPECT_EQ(weekday({2025, 9, 26}), 5);   // Friday
  EXPECT_EQ(weekday({2024, 1, 1}), 1);    // Monday
  EXPECT_EQ(weekday({1900, 1, 1}), 1);
}

TEST(DateTest, AddDays) {
  struct Row { Date from; int n; Date expected; };
  const Row rows[] = {
      {{2024, 12, 31}, 1, {2025, 1, 1}},  {{2024, 2, 28}, 1, {2024, 2, 29}},
      {{2023, 2, 28}, 1, {2023, 3, 1}},   {{2025, 3, 1}, -1, {2025, 2, 28}},
      {{2024, 3, 1}, -1, {2024, 2, 29}},  {{2025, 1, 1}, 365, {2026, 1, 1}},
      {{2024, 1, 1}, 366, {2025, 1, 1}},  {{2025, 6, 15}, 0, {2025, 6, 15}},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(add_days(row.from, row.n), row.expected) << format_date(row.from) << " + " << row.n;
  }
}

TEST(DateTest, AddMonthsClampsToMonthEnd) {
  struct Row { Date from; int n; Date expected; };
  const Row rows[] = {
      {{2024, 1, 31}, 1, {2024, 2, 29}},   {{2023, 1, 31}, 1, {2023, 2, 28}},
      {{2024, 2, 29}, 12, {2025, 2, 28}},  {{2024, 2, 29}, 48, {2028, 2, 29}},
      {{2025, 3, 31}, -1, {2025, 2, 28}},  {{2025, 10, 31}, 2, {2025, 12, 31}},
      {{2025, 11, 30}, 2, {2026, 1, 30}},  {{2025, 1, 15}, -13, {2023, 12, 15}},
      {{2025, 5, 31}, 1, {2025, 6, 30}},   {{2025, 12, 1}, 1, {2026, 1, 1}},
      {{2025, 1, 1}, -1, {2024, 12, 1}},   {{2025, 8, 20}, 0, {2025, 8, 20}},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(add_months(row.from, row.n), row.expected) << format_date(row.from) << " + " << row.n;
  }
}

TEST(DateTest, FormatsOutOfRangeYears) {
  EXPECT_EQ(format_date({-1, 1, 1}), "-0001-01-01");
  EXPECT_EQ(format_date({10000, 1, 1}), "+10000-01-01");
}

}  // namespace
}  // namespace yushen::calendar
