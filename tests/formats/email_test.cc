// email and idn-email beyond the vectors: the email ⊂ idn-email inclusion, and large inputs.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "formats/registry.h"

namespace yushen::formats {
namespace {

bool check(std::string_view format, std::string_view value) { return find_format(format)->check(value, {}).ok; }

TEST(Email, EveryEmailIsAnIdnEmail) {
  std::ifstream in(YUSHEN_SOURCE_DIR "/tests/formats/vectors/email.json");
  nlohmann::json rows = nlohmann::json::parse(in, nullptr, false);
  ASSERT_TRUE(rows.is_array());
  for (const auto& row : rows) {
    std::string v = row["value"];
    if (check("email", v)) {
      EXPECT_TRUE(check("idn-email", v)) << v;
    }
  }
}

TEST(Email, LargeInputsFail) {
  EXPECT_FALSE(check("email", std::string(1 << 20, 'a') + "@example.com"));
  EXPECT_FALSE(check("idn-email", "\"" + std::string(1 << 20, 'a')));
}

}  // namespace
}  // namespace yushen::formats
