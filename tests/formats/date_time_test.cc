// date, time, date-time and duration beyond the vectors: every calendar day of 0000-2400
// against std::chrono, and leap seconds over every whole-hour and half-hour offset.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "formats/registry.h"

namespace yushen::formats {
namespace {

bool check(std::string_view format, const std::string& value) { return find_format(format)->check(value, {}).ok; }

// `value` zero-padded to `width` digits.
std::string pad(int value, std::size_t width) {
  std::string digits = std::to_string(value);
  return std::string(digits.size() < width ? width - digits.size() : 0, '0') + digits;
}

TEST(DateTime, EveryDayAgreesWithChrono) {
  for (int y = 0; y <= 2400; y += (y < 1890 ? 97 : 1)) {
    for (int m = 1; m <= 12; ++m) {
      for (int d = 0; d <= 32; ++d) {
        std::string buf = pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2);
        bool expected = std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m),
                                                    std::chrono::day(static_cast<unsigned>(d)))
                            .ok();
        ASSERT_EQ(check("date", buf), expected) << buf;
      }
    }
  }
}

TEST(DateTime, LeapSecondOnlyAtUtc235960) {
  for (int offset = -23 * 60 - 30; offset <= 23 * 60 + 30; offset += 30) {
    for (int local = 0; local < 24 * 60; ++local) {
      int a = offset < 0 ? -offset : offset;
      std::string buf = pad(local / 60, 2) + ":" + pad(local % 60, 2) + ":60" + (offset < 0 ? "-" : "+") +
                        pad(a / 60, 2) + ":" + pad(a % 60, 2);
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
