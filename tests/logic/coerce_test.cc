// Tests for JavaScript conversions and comparisons (core/logic/coerce.cc), through the
// operators that expose them. Expected values were checked against Node 20.
#include "logic/coerce.h"

#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

TEST(CoerceTest, Truthiness) {
  EXPECT_FALSE(truthy(Json::parse("[]")));
  EXPECT_TRUE(truthy(Json::parse("[0]")));
  EXPECT_TRUE(truthy(Json::parse("{}")));
  EXPECT_FALSE(truthy(Json::parse("0")));
  EXPECT_FALSE(truthy(Json::parse("0.0")));
  EXPECT_FALSE(truthy(Json::parse("\"\"")));
  EXPECT_TRUE(truthy(Json::parse("\"0\"")));
  EXPECT_FALSE(truthy(Json::parse("null")));
  EXPECT_TRUE(truthy(Json::parse("-1")));
  expect_cases({
      {R"({"!!": [[]]})", "null", "false"},
      {R"({"!!": [{}]})", "null", "true"},
      {R"({"!!": ["0"]})", "null", "true"},
      {R"({"!!": [{"/": [0, 0]}]})", "null", "false"},  // NaN
  });
}

TEST(CoerceTest, LooseEquality) {
  expect_cases({
      {R"({"==": [1, "1"]})", "null", "true"},        {R"({"==": [0, ""]})", "null", "true"},
      {R"({"==": [0, " \t"]})", "null", "true"},      {R"({"==": [null, 0]})", "null", "false"},
      {R"({"==": [null, false]})", "null", "false"},  {R"({"==": [false, "0"]})", "null", "true"},
      {R"({"==": [true, "1"]})", "null", "true"},     {R"({"==": [true, "true"]})", "null", "false"},
      {R"({"==": [[1, 2], "1,2"]})", "null", "true"}, {R"({"==": [[1], 1]})", "null", "true"},
      {R"({"==": [[], 0]})", "null", "true"},         {R"({"==": [[], false]})", "null", "true"},
      {R"({"==": [[[]], ""]})", "null", "true"},      {R"({"==": [[null], ""]})", "null", "true"},
      {R"({"==": [[1], [1]]})", "null", "false"},     {R"({"==": [{"var": "a"}, {"var": "a"}]})", R"({"a": [1]})", "true"},
      {R"({"==": [{"p": 1, "q": 2}, "[object Object]"]})", "null", "true"},
      {R"({"==": ["0x10", 16]})", "null", "true"},    {R"({"==": ["abc", "abc"]})", "null", "true"},
      {R"({"==": [{"var": "x"}, null]})", "{}", "true"},
      {R"({"!=": [1, "1.0"]})", "null", "false"},     {R"({"==": [{"/": [0, 0]}, {"/": [0, 0]}]})", "null", "false"},
  });
}

TEST(CoerceTest, StrictEquality) {
  expect_cases({
      {R"({"===": [1, 1.0]})", "null", "true"},       {R"({"===": [1, "1"]})", "null", "false"},
      {R"({"===": [null, null]})", "null", "true"},   {R"({"===": [[], []]})", "null", "false"},
      {R"({"===": [{"var": "a"}, {"var": "a"}]})", R"({"a": [1]})", "true"},
      {R"({"===": [{"var": "a"}, {"var": "b"}]})", R"({"a": [1], "b": [1]})", "false"},
      {R"({"!==": ["a", "a"]})", "null", "false"},    {R"({"===": [0, {"*": [-1, 0]}]})", "null", "true"},
  });
}

TEST(CoerceTest, Relational) {
  expect_cases({
      {R"({"<": ["10", "9"]})", "null", "true"},      // both strings: code-unit order
      {R"({"<": ["10", 9]})", "null", "false"},       // numeric
      {R"({"<": [null, 1]})", "null", "true"},        {R"({"<": ["abc", 1]})", "null", "false"},
      {R"({">=": ["abc", 1]})", "null", "false"},     // NaN: every comparison is false
      {R"({"<=": ["abc", 1]})", "null", "false"},     {R"({"<": [[2], 10]})", "null", "true"},
      {R"({"<": [[2], "10"]})", "null", "false"},     {R"({"<=": [[], 0]})", "null", "true"},
      {R"({">": [true, 0]})", "null", "true"},        {R"({"<": ["2025-01-31", "2025-02-01"]})", "null", "true"},
      {R"({"<": ["Z", "a"]})", "null", "true"},       {R"({"<": ["中", "文"]})", "null", "true"},
      // UTF-16 order: U+FF21 (BMP, above the surrogates) sorts after U+1F600 (a surrogate pair).
      {R"({"<": ["😀", "Ａ"]})", "null", "true"},       {R"({">": ["😀", "Ａ"]})", "null", "false"},
      {R"({"<": [1, 2, 3]})", "null", "true"},        {R"({"<": [1, 3, 2]})", "null", "false"},
      {R"({"<=": [1, 1, 1]})", "null", "true"},       {R"({"<": [1, 2, {"and": [true, false]}]})", "null", "false"},
  });
  EXPECT_LT(detail::compare_utf16("a", "ab"), 0);
  EXPECT_EQ(detail::compare_utf16("申请", "申请"), 0);
  EXPECT_GT(detail::compare_utf16("\xef\xbc\xa1", "\xf0\x9f\x98\x80"), 0);
}

TEST(CoerceTest, StringForms) {
  expect_cases({
      {R"({"cat": [1.0, " ", 0.5, " ", 1e21, " ", 1e-7, " ", -0.0]})", "null", R"("1 0.5 1e+21 1e-7 0")"},
      {R"({"cat": [[1, [2, [3, null]], true], "|", null, {"p": 1, "q": 2}]})", "null", R"("1,2,3,,true|[object Object]")"},
      {R"({"cat": [{"+": [0.1, 0.2]}]})", "null", R"("0.30000000000000004")"},
      {R"({"cat": [{"/": [1, 0]}, {"/": [-1, 0]}, {"/": [0, 0]}]})", "null", R"("Infinity-InfinityNaN")"},
      {R"({"in": [null, "a null b"]})", "null", "true"},
  });
}

}  // namespace
}  // namespace yushen::logic::test
