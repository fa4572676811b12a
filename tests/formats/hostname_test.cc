// hostname and idn-hostname helpers beyond the vectors: the separator switch used by
// idn-email, and large inputs.
#include <gtest/gtest.h>

#include <random>
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

// The allocation-free path for plain ASCII names gives the full check's answer: random
// names built from LDH characters, dots, A-label prefixes and a few other bytes, at lengths
// around the label (63) and name (253) limits.
TEST(Hostname, AsciiFastPathAgreesWithTheFullCheck) {
  const std::string alphabet = "abcxnXN019-.-._ ";
  std::mt19937 random(20261124);
  int valid = 0;
  for (int i = 0; i < 100000; ++i) {
    std::string name;
    const std::size_t length = 1 + random() % (i % 10 == 0 ? 300 : 24);
    for (std::size_t k = 0; k < length; ++k) name += alphabet[random() % alphabet.size()];
    if (random() % 8 == 0) name = "xn--" + name;
    if (random() % 8 == 0) name = std::string(60 + random() % 8, 'a') + "." + name;
    ASSERT_EQ(is_hostname(name), is_hostname_without_fast_path(name)) << name;
    valid += is_hostname(name);
  }
  for (std::size_t n : {253u, 254u}) {  // the name limit, with 63-octet labels
    std::string name;
    while (name.size() < n) name += name.empty() || name.size() % 64 != 63 ? 'a' : '.';
    EXPECT_EQ(is_hostname(name), is_hostname_without_fast_path(name)) << n;
    EXPECT_EQ(is_hostname(name), n == 253u);
  }
  EXPECT_GT(valid, 1000);  // the comparison covers valid names, not only rejections
}

}  // namespace
}  // namespace yushen::formats::detail
