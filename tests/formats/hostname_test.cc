// hostname and idn-hostname helpers beyond the vectors: the separator switch used by
// idn-email, and large inputs.
#include <gtest/gtest.h>

#include <string>

#include "formats/checks.h"

namespace yushen::formats::detail {
namespace {

TEST(Hostname, IdeographicDotsOnlyWhenAsked) {
  EXPECT_TRUE(is_idn_hostname("\u4f8b\u5b50\u3002\u6d4b\u8bd5", true));
  EXPECT_FALSE(is_idn_hostname("\u4f8b\u5b50\u3002\u6d4b\u8bd5", false));
  EXPECT_FALSE(is_hostname("a\u3002b"));
}

TEST(Hostname, LargeInputsFail) {
  EXPECT_FALSE(is_hostname(std::string(1 << 20, 'a')));
  std::string labels;
  for (int i = 0; i < 100000; ++i) labels += "a.";
  EXPECT_FALSE(is_hostname(labels + "a"));
  EXPECT_FALSE(is_idn_hostname(labels + "a", true));
  std::string wide;
  for (int i = 0; i < 100000; ++i) wide += "\u00fc";
  EXPECT_FALSE(is_idn_hostname(wide, true));
  EXPECT_FALSE(is_hostname("xn--" + std::string(100000, 'a')));
}

}  // namespace
}  // namespace yushen::formats::detail
