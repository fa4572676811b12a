// Tests for core/util/utf8: well-formedness (RFC 3629 table), decoding, code point counts.
#include "util/utf8.h"

#include <gtest/gtest.h>

namespace yushen {
namespace {

TEST(Utf8, CountsCodePointsNotBytes) {
  EXPECT_EQ(count_code_points("张三🙂"), 3u);
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("abc"), 3u);
  // Eight bytes at a time plus a tail: every length and alignment agrees with a byte loop,
  // ill-formed bytes included.
  const std::string mixed = std::string("a\xE5\xBC\xA0\xF0\x9F\x99\x82\x80\xBF\xC3\xA9z") + "张三李四王五赵六abc";
  for (std::size_t from = 0; from < mixed.size(); ++from) {
    for (std::size_t n = 0; from + n <= mixed.size(); ++n) {
      std::string_view part = std::string_view(mixed).substr(from, n);
      std::size_t expected = 0;
      for (unsigned char c : part) expected += (c & 0xC0) != 0x80;
      ASSERT_EQ(count_code_points(part), expected) << from << "+" << n;
    }
  }
  EXPECT_EQ(count_code_points("𠀀"), 1u);  // U+20000, CJK Extension B
}

TEST(Utf8, RejectsIllFormedSequences) {
  struct Row { std::string text; bool valid; std::size_t offset; };
  const Row rows[] = {
      {"ok 张三", true, 0},
      {"\xC0\xAF", false, 0},          // overlong '/'
      {"a\xE0\x80\xAF", false, 1},     // overlong 3-byte
      {"\xED\xA0\x80", false, 0},      // UTF-16 surrogate D800
      {"\xF4\x90\x80\x80", false, 0},  // > U+10FFFF
      {"ab\xFF", false, 2},
      {"\xE4\xB8", false, 0},          // truncated 张
      {"\xF0\x9F\x99\x82", true, 0},   // 🙂
  };
  for (const Row& row : rows) {
    std::size_t offset = 99;
    EXPECT_EQ(is_valid_utf8(row.text, &offset), row.valid) << row.text;
    if (!row.valid) {
      EXPECT_EQ(offset, row.offset) << row.text;
    }
  }
}

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  std::string text = "a张🙂";
  std::size_t i = 0;
  std::string back;
  while (i < text.size()) append_utf8(back, decode_utf8(text, i));
  EXPECT_EQ(back, text);
}

TEST(Utf8, SanitizeReplacesBadBytes) {
  EXPECT_EQ(sanitize_utf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(sanitize_utf8("张三"), "张三");
}

}  // namespace
}  // namespace yushen
