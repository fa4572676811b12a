// Table-driven tests of check_resident_id() (core/cn/resident_id.cc) from tests/cn/vectors/resident_id.json.
#include <gtest/gtest.h>

#include "cn/cn.h"
#include "cn/vector_runner.h"

namespace yushen::cn {
namespace {

TEST(ResidentId, Vectors) { EXPECT_GT(testing::run_vector_file("resident_id"), 0u); }

// The normalized value of an accepted input is accepted again, unchanged.
TEST(ResidentId, NormalizedIsStable) {
  nlohmann::json file = testing::load_vectors("resident_id");
  for (const nlohmann::json& row : file["cases"]) {
    if (!row["ok"].get<bool>() || row.contains("input_hex")) continue;
    CheckOptions options;
    testing::set_today(options, row.contains("today") ? row["today"] : file["today"]);
    options.strict = row.value("strict", false);
    CheckResult first = check_resident_id(row["input"].get<std::string>(), options);
    CheckResult again = check_resident_id(first.normalized, options);
    EXPECT_TRUE(again.ok) << row["note"];
    EXPECT_EQ(again.normalized, first.normalized) << row["note"];
  }
}

// Every 15-digit number that passes converts to an 18-digit number that passes on its own.
TEST(ResidentId, Legacy15ConvertsToValid18) {
  for (const char* legacy : {"110105900307999", "440524800101001", "810000850615999"}) {
    CheckResult old_form = check_resident_id(legacy, {});
    ASSERT_TRUE(old_form.ok) << legacy;
    ASSERT_EQ(old_form.normalized.size(), 18u);
    EXPECT_EQ(old_form.normalized.substr(6, 2), "19");
    CheckResult converted = check_resident_id(old_form.normalized, {});
    EXPECT_TRUE(converted.ok && !converted.warning) << old_form.normalized;
  }
}

// "today" is compared as a date, not field by field.
TEST(ResidentId, TodayBoundary) {
  const CheckOptions end_of_year{2023, 12, 31, false};
  const CheckOptions start_of_year{2024, 1, 1, false};
  EXPECT_TRUE(check_resident_id("110105202312310007", end_of_year).ok);  // born that day
  CheckResult next_year = check_resident_id("110105202401020001", end_of_year);
  EXPECT_FALSE(next_year.ok);
  EXPECT_EQ(next_year.code, Code::kCnResidentIdFutureDate);
  EXPECT_EQ(check_resident_id("110105202401020001", start_of_year).code, Code::kCnResidentIdFutureDate);
  EXPECT_TRUE(check_resident_id("110105202401020001", CheckOptions{2024, 1, 2, false}).ok);
}

}  // namespace
}  // namespace yushen::cn
