// Compares our check-character functions (core/cn/check_digits.cc) with python-stdnum's
// verdicts in tests/cn/oracle_vectors.json (scripts/gen_cn_oracle_vectors.py).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cn/check_digits.h"

namespace yushen::cn::detail {
namespace {

nlohmann::json load_oracle() {
  std::ifstream in(YUSHEN_SOURCE_DIR "/tests/cn/oracle_vectors.json");
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

template <class CheckChar>
void compare(const nlohmann::json& rows, CheckChar check_char) {
  ASSERT_GE(rows.size(), 500u);
  int valid = 0;
  for (const nlohmann::json& row : rows) {
    const std::string value = row["value"].get<std::string>();
    const char ours = check_char(std::string_view(value).substr(0, 17));
    EXPECT_EQ(std::string(1, ours), row["check"].get<std::string>()) << value;
    EXPECT_EQ(ours == value[17], row["valid"].get<bool>()) << value;
    valid += row["valid"].get<bool>() ? 1 : 0;
  }
  // The generator mixes valid and corrupted values; both kinds must be present.
  EXPECT_GT(valid, 100);
  EXPECT_GT(static_cast<int>(rows.size()) - valid, 100);
}

TEST(Oracle, ResidentIdCheckCharMatchesStdnum) { compare(load_oracle()["resident_id"], resident_id_check_char); }

TEST(Oracle, UsccCheckCharMatchesStdnum) { compare(load_oracle()["uscc"], uscc_check_char); }

}  // namespace
}  // namespace yushen::cn::detail
