// date, time, date-time and duration beyond the vectors: every calendar day of 0000-2400
// against std::chrono, and leap seconds over every whole-hour and half-hour offset.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "formats/registry.h"

namespace yushen::formats {
namespace {

bool check(std::string_view format, const std::string& value) { return find_format(format)->check(value, {}).ok; }

TEST(DateTime, EveryDayAgreesWithChrono) {
  char buf[32];
  for (int y = 0; y <= 2400; y += (y < 1890 ? 97 : 1)) {
    for (int m = 1; m <= 12; ++m) {
      for (int d = 0; d <= 32; ++d) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
        bool expected = std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m),
                                                    std::chrono::day(static_cast<unsigned>(d)))
                            .ok();
        ASSERT_EQ(check("date", buf), expected) << buf;
      }
    }
  }
}

TEST(DateTime, LeapSecondOnlyAtUtc235960) {
  char buf[32];
  for (int offset = -23 * 60 - 30; offset <= 23 * 60 + 30; offset += 30) {
    for (int local = 0; local < 24 * 60; ++local) {
      int a = offset < 0 ? -offset : offset;
      std::snprintf(buf, sizeof buf, "%02d:%02d:60%c%02d:%02d", local / 60, local % 60, offset < 0 ? '-' : '+', a / 60,
                    a % 60);
      bool expected = ((local - offset) % 1440 + 1440) % 1440 == 23 * 60 + 59;
      ASSERT_EQ(check("time", buf), expected) << buf;
    }
  }
}

TEST(DateTime, DurationElementOrder) {
  // Date and time parts each run gap-free, but either may start anywhere.
  EXPECT_TRUE(check("duration", "P1Y2M3DT4H5M6S"));
  EXPECT_TRUE(check("duration", "P3DT6S"));
  EXPECT_TRUE(check("duration", "P1MT1M"));
  EXPECT_FALSE(check("duration", "P1Y3DT1H"));
  EXPECT_FALSE(check("duration", "P1M1Y"));
  EXPECT_FALSE(check("duration", std::string("P") + std::string(100000, '1')));
}

}  // namespace
}  // namespace yushen::formats
