// Table-driven tests of check_passport() (core/cn/passport.cc) from tests/cn/vectors/passport.json.
#include <gtest/gtest.h>

#include "cn/cn.h"
#include "cn/vector_runner.h"

namespace yushen::cn {
namespace {

TEST(Passport, Vectors) { EXPECT_GT(testing::run_vector_file("passport"), 0u); }

// The normalized value of an accepted input is accepted again, unchanged.
TEST(Passport, NormalizedIsStable) {
  nlohmann::json file = testing::load_vectors("passport");
  for (const nlohmann::json& row : file["cases"]) {
    if (!row["ok"].get<bool>() || row.contains("input_hex")) continue;
    CheckOptions options;
    testing::set_today(options, row.contains("today") ? row["today"] : file["today"]);
    options.strict = row.value("strict", false);
    CheckResult first = check_passport(row["input"].get<std::string>(), options);
    CheckResult again = check_passport(first.normalized, options);
    EXPECT_TRUE(again.ok) << row["note"];
    EXPECT_EQ(again.normalized, first.normalized) << row["note"];
  }
}

}  // namespace
}  // namespace yushen::cn
