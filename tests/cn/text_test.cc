// Tests of the input clean-up helpers (core/cn/text.cc).
#include <gtest/gtest.h>

#include "cn/text.h"

namespace yushen::cn::detail {
namespace {

TEST(Text, FoldInput) {
  const std::pair<const char*, const char*> cases[] = {
      {"  abc  ", "ABC"},
      {"\xe3\x80\x80" "110\xe3\x80\x80", "110"},                       // U+3000 around
      {"\xef\xbc\x91\xef\xbc\x90\xef\xbd\x98", "10X"},                // １０ｘ
      {"\xef\xbc\xa1\xef\xbc\xba", "AZ"},                              // ＡＺ
      {"\xef\xbc\x88" "0755" "\xef\xbc\x89", "(0755)"},                // （0755）
      {"010\xe2\x80\x94" "1", "010-1"},                                // em dash
      {"010\xef\xbc\x8d" "1", "010-1"},                                // full-width hyphen
      {"1\xe3\x80\x80" "2", "1 2"},                                    // U+3000 inside
      {"\xc2\xa0x\xc2\xa0", "X"},                                      // no-break spaces
      {"\xe8\xbd\xac", "\xe8\xbd\xac"},                                // 转 kept
      {"1\xff" "2", "1\xef\xbf\xbd" "2"},                              // ill-formed → U+FFFD
      {"   ", ""},
      {"", ""},
  };
  for (const auto& [input, expected] : cases) EXPECT_EQ(fold_input(input), expected) << input;
}

TEST(Text, RemoveSeparators) {
  EXPECT_EQ(remove_separators("138 0013-8000", " -"), "13800138000");
  EXPECT_EQ(remove_separators("", " -"), "");
}

TEST(Text, FirstRejected) {
  auto digits = [](std::size_t, char c) { return is_digit(c); };
  EXPECT_EQ(first_rejected("12345", digits), 0u);
  EXPECT_EQ(first_rejected("12a45", digits), 3u);
  EXPECT_EQ(first_rejected("\xe5\x8f\xb7" "12", digits), 1u);  // 号 is position 1
  EXPECT_EQ(first_rejected("12\xe5\x8f\xb7", digits), 3u);
  EXPECT_EQ(first_rejected("", digits), 0u);
}

TEST(Text, Digits) {
  EXPECT_TRUE(all_digits("0123456789"));
  EXPECT_FALSE(all_digits(""));
  EXPECT_FALSE(all_digits("12 3"));
  EXPECT_EQ(digits_value("0420"), 420);
}

}  // namespace
}  // namespace yushen::cn::detail
