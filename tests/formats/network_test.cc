// ipv4 and ipv6 beyond the vectors: every octet spelling 0-999 (with and without leading
// zeros) against the dec-octet rule, and long inputs.
#include <gtest/gtest.h>

#include <string>

#include "formats/checks.h"

namespace yushen::formats::detail {
namespace {

TEST(Network, EveryOctetSpelling) {
  for (int width = 1; width <= 4; ++width) {
    for (int v = 0; v < 1000; ++v) {
      std::string octet = std::to_string(v);
      if (static_cast<int>(octet.size()) > width) continue;
      octet.insert(0, static_cast<std::size_t>(width) - octet.size(), '0');
      bool expected = v <= 255 && (octet.size() == 1 || octet[0] != '0');
      ASSERT_EQ(is_ipv4("1.2.3." + octet), expected) << octet;
      ASSERT_EQ(is_ipv4(octet + ".2.3.4"), expected) << octet;
      ASSERT_EQ(is_ipv6("::" + octet + ".2.3.4"), expected) << octet;
    }
  }
}

TEST(Network, LongInputsFail) {
  EXPECT_FALSE(is_ipv4(std::string(1 << 20, '1')));
  EXPECT_FALSE(is_ipv6(std::string(1 << 20, ':')));
  std::string groups;
  for (int i = 0; i < 100000; ++i) groups += "1:";
  EXPECT_FALSE(is_ipv6(groups + ":1"));
}

}  // namespace
}  // namespace yushen::formats::detail
