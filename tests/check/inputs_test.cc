// Tests for reading inputs (core/check/inputs.cc): "now" as RFC 3339 becomes the civil date in
// Asia/Shanghai; bad shapes are fatal and located (more rows in checker_test.cc).
#include "check/run.h"

#include <gtest/gtest.h>

namespace yushen::check::detail {
namespace {

TEST(Inputs, ShanghaiDate) {
  struct Row {
    const char* text;
    const char* date;  // "" = rejected
  };
  const Row rows[] = {
      {"2025-03-06", "2025-03-06"},
      {"2025-03-06T10:00:00+08:00", "2025-03-06"},
      {"2025-03-06T23:59:59+08:00", "2025-03-06"},
      {"2025-03-06T16:00:00Z", "2025-03-07"},
      {"2025-03-06T15:59:59.999Z", "2025-03-06"},
      {"2025-12-31T20:00:00-05:00", "2026-01-01"},
      {"2025-01-01T01:00:00+14:00", "2024-12-31"},
      {"2024-02-28T16:30:00z", "2024-02-29"},
      {"2025-03-06 10:00:00+08:00", "2025-03-06"},
      {"2025-03-06T10:00:00", ""},
      {"2025-03-06T25:00:00Z", ""},
      {"2025-02-29T10:00:00Z", ""},
      {"2025-03-06T10:00:00.Z", ""},
      {"2025-03-06T10:00:00+0800", ""},
      {"now", ""},
  };
  for (const Row& row : rows) {
    std::optional<calendar::Date> date = shanghai_date(row.text);
    if (std::string(row.date).empty()) {
      EXPECT_FALSE(date) << row.text;
    } else {
      ASSERT_TRUE(date) << row.text;
      EXPECT_EQ(calendar::format_date(*date), row.date) << row.text;
    }
  }
}

}  // namespace
}  // namespace yushen::check::detail
