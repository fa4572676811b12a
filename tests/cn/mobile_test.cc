// Table-driven tests of check_mobile() (core/cn/mobile.cc) from tests/cn/vectors/mobile.json.
#include <gtest/gtest.h>

#include "cn/cn.h"
#include "cn/vector_runner.h"

namespace yushen::cn {
namespace {

TEST(Mobile, Vectors) { EXPECT_GT(testing::run_vector_file("mobile"), 0u); }

// The normalized value of an accepted input is accepted again, unchanged.
TEST(Mobile, NormalizedIsStable) {
  nlohmann::json file = testing::load_vectors("mobile");
  for (const nlohmann::json& row : file["cases"]) {
    if (!row["ok"].get<bool>() || row.contains("input_hex")) continue;
    CheckOptions options;
    testing::set_today(options, row.contains("today") ? row["today"] : file["today"]);
    options.strict = row.value("strict", false);
    CheckResult first = check_mobile(row["input"].get<std::string>(), options);
    CheckResult again = check_mobile(first.normalized, options);
    EXPECT_TRUE(again.ok) << row["note"];
    EXPECT_EQ(again.normalized, first.normalized) << row["note"];
  }
}

}  // namespace
}  // namespace yushen::cn
