// Table-driven tests of check_hk_macao_permit() (core/cn/hk_macao_permit.cc) from tests/cn/vectors/hk_macao_permit.json.
#include <gtest/gtest.h>

#include "cn/cn.h"
#include "cn/vector_runner.h"

namespace yushen::cn {
namespace {

TEST(HkMacaoPermit, Vectors) { EXPECT_GT(testing::run_vector_file("hk_macao_permit"), 0u); }

// The normalized value of an accepted input is accepted again, unchanged.
TEST(HkMacaoPermit, NormalizedIsStable) {
  nlohmann::json file = testing::load_vectors("hk_macao_permit");
  for (const nlohmann::json& row : file["cases"]) {
    if (!row["ok"].get<bool>() || row.contains("input_hex")) continue;
    CheckOptions options;
    testing::set_today(options, row.contains("today") ? row["today"] : file["today"]);
    options.strict = row.value("strict", false);
    CheckResult first = check_hk_macao_permit(row["input"].get<std::string>(), options);
    CheckResult again = check_hk_macao_permit(first.normalized, options);
    EXPECT_TRUE(again.ok) << row["note"];
    EXPECT_EQ(again.normalized, first.normalized) << row["note"];
  }
}

}  // namespace
}  // namespace yushen::cn
