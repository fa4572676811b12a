// Table-driven tests of check_bank_card() (core/cn/bank_card.cc) from tests/cn/vectors/bank_card.json.
#include <gtest/gtest.h>

#include "cn/cn.h"
#include "cn/vector_runner.h"

namespace yushen::cn {
namespace {

TEST(BankCard, Vectors) { EXPECT_GT(testing::run_vector_file("bank_card"), 0u); }

// The normalized value of an accepted input is accepted again, unchanged.
TEST(BankCard, NormalizedIsStable) {
  nlohmann::json file = testing::load_vectors("bank_card");
  for (const nlohmann::json& row : file["cases"]) {
    if (!row["ok"].get<bool>() || row.contains("input_hex")) continue;
    CheckOptions options;
    testing::set_today(options, row.contains("today") ? row["today"] : file["today"]);
    options.strict = row.value("strict", false);
    CheckResult first = check_bank_card(row["input"].get<std::string>(), options);
    CheckResult again = check_bank_card(first.normalized, options);
    EXPECT_TRUE(again.ok) << row["note"];
    EXPECT_EQ(again.normalized, first.normalized) << row["note"];
  }
}

}  // namespace
}  // namespace yushen::cn
