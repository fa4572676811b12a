// Tests for core/util/json_pointer: RFC 6901 escaping and splitting.
#include "util/json_pointer.h"

#include <gtest/gtest.h>

namespace yushen {
namespace {

TEST(JsonPointer, EscapesTildeAndSlash) {
  std::string pointer;
  append_pointer_token(pointer, "a/b");
  append_pointer_token(pointer, "m~n");
  append_pointer_index(pointer, 3);
  EXPECT_EQ(pointer, "/a~1b/m~0n/3");
  auto tokens = split_pointer(pointer);
  ASSERT_TRUE(tokens);
  EXPECT_EQ(*tokens, (std::vector<std::string>{"a/b", "m~n", "3"}));
}

TEST(JsonPointer, EscapesAtEveryPosition) {
  // Escapes at the start, the end, side by side and around multi-byte text; every token
  // splits back to itself.
  for (std::string_view token : {"", "~", "/", "~/", "/~", "~~//", "a~", "~a", "a/", "/a", "张/三~", "~0~1", "plain"}) {
    std::string pointer;
    append_pointer_token(pointer, token);
    std::string expected = "/";
    for (char c : token) expected += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    EXPECT_EQ(pointer, expected);
    auto tokens = split_pointer(pointer);
    ASSERT_TRUE(tokens);
    EXPECT_EQ(*tokens, std::vector<std::string>{std::string(token)});
  }
}

TEST(JsonPointer, RejectsMalformed) {
  EXPECT_FALSE(split_pointer("a"));
  EXPECT_FALSE(split_pointer("/a~2"));
  EXPECT_FALSE(split_pointer("/a~"));
  EXPECT_TRUE(split_pointer(""));
  EXPECT_EQ(split_pointer("/")->size(), 1u);
}

TEST(JsonPointer, PercentDecoding) {
  EXPECT_EQ(*percent_decode("/a%25b/%22"), "/a%b/\"");
  EXPECT_FALSE(percent_decode("%2"));
  EXPECT_FALSE(percent_decode("%zz"));
}

TEST(JsonPointer, IndexTokens) {
  EXPECT_TRUE(is_index_token("0"));
  EXPECT_TRUE(is_index_token("123456789"));
  EXPECT_FALSE(is_index_token("1234567890")) << "longer than any array yushen accepts";
  EXPECT_FALSE(is_index_token(""));
  EXPECT_FALSE(is_index_token("1a"));
  EXPECT_FALSE(is_index_token("-1"));
}

}  // namespace
}  // namespace yushen
