// Table-driven tests of check_uscc() (core/cn/uscc.cc) from tests/cn/vectors/uscc.json.
#include <gtest/gtest.h>

#include "cn/cn.h"
#include "cn/vector_runner.h"

namespace yushen::cn {
namespace {

TEST(Uscc, Vectors) { EXPECT_GT(testing::run_vector_file("uscc"), 0u); }

// The normalized value of an accepted input is accepted again, unchanged.
TEST(Uscc, NormalizedIsStable) {
  nlohmann::json file = testing::load_vectors("uscc");
  for (const nlohmann::json& row : file["cases"]) {
    if (!row["ok"].get<bool>() || row.contains("input_hex")) continue;
    CheckOptions options;
    testing::set_today(options, row.contains("today") ? row["today"] : file["today"]);
    options.strict = row.value("strict", false);
    CheckResult first = check_uscc(row["input"].get<std::string>(), options);
    CheckResult again = check_uscc(first.normalized, options);
    EXPECT_TRUE(again.ok) << row["note"];
    EXPECT_EQ(again.normalized, first.normalized) << row["note"];
  }
}

}  // namespace
}  // namespace yushen::cn
