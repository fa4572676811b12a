// Table-driven tests of check_foreign_permanent_id() (core/cn/foreign_permanent_id.cc) from tests/cn/vectors/foreign_permanent_id.json.
#include <gtest/gtest.h>

#include "cn/cn.h"
#include "cn/vector_runner.h"

namespace yushen::cn {
namespace {

TEST(ForeignPermanentId, Vectors) { EXPECT_GT(testing::run_vector_file("foreign_permanent_id"), 0u); }

// The normalized value of an accepted input is accepted again, unchanged.
TEST(ForeignPermanentId, NormalizedIsStable) {
  nlohmann::json file = testing::load_vectors("foreign_permanent_id");
  for (const nlohmann::json& row : file["cases"]) {
    if (!row["ok"].get<bool>() || row.contains("input_hex")) continue;
    CheckOptions options;
    testing::set_today(options, row.contains("today") ? row["today"] : file["today"]);
    options.strict = row.value("strict", false);
    CheckResult first = check_foreign_permanent_id(row["input"].get<std::string>(), options);
    CheckResult again = check_foreign_permanent_id(first.normalized, options);
    EXPECT_TRUE(again.ok) << row["note"];
    EXPECT_EQ(again.normalized, first.normalized) << row["note"];
  }
}

}  // namespace
}  // namespace yushen::cn
