// Tests for core/util/json_text: limits, error kinds and offsets, canonical output.
#include "util/json_text.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace yushen {
namespace {

TEST(JsonText, ParsesWithinLimits) {
  JsonRead read = read_json(R"({"b":[1,2.5,"张"],"a":null})");
  ASSERT_EQ(read.error, JsonReadError::none);
  EXPECT_EQ(dump_json(read.value), R"({"a":null,"b":[1,2.5,"张"]})");
}

TEST(JsonText, DeepNestingStopsAtTheLimitWithoutRecursion) {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  JsonRead read = read_json(deep);
  EXPECT_EQ(read.error, JsonReadError::too_deep);
  JsonRead ok = read_json(std::string(256, '[') + std::string(256, ']'));
  EXPECT_EQ(ok.error, JsonReadError::none);
  JsonRead over = read_json(std::string(257, '[') + std::string(257, ']'));
  EXPECT_EQ(over.error, JsonReadError::too_deep);
}

TEST(JsonText, SizeLimit) {
  JsonLimits limits;
  limits.max_bytes = 10;
  EXPECT_EQ(read_json("\"0123456789\"", limits).error, JsonReadError::too_large);
  EXPECT_EQ(read_json("\"0123456\"", limits).error, JsonReadError::none);
}

TEST(JsonText, SyntaxErrorsCarryAnOffset) {
  JsonRead read = read_json("{\"a\": tru}");
  EXPECT_EQ(read.error, JsonReadError::syntax);
  EXPECT_GE(read.offset, 6u);
  EXPECT_EQ(read_json("").error, JsonReadError::syntax);
  EXPECT_EQ(read_json("1 2").error, JsonReadError::syntax);
  EXPECT_EQ(read_json("{\"a\":1,}").error, JsonReadError::syntax);
}

// JSON has no raw NUL anywhere: one after a complete value is an error at its offset, not
// the end of the input (nlohmann's lexer alone accepted "0\0garbage" as 0).
TEST(JsonText, ANulByteIsASyntaxErrorAtItsOffset) {
  using namespace std::string_literals;
  for (const auto& [text, offset] : std::vector<std::pair<std::string, std::size_t>>{
           {"0\0garbage"s, 1}, {"{\"a\":1}\0"s, 7}, {"{\"a\":1} \0{\"b\":2}"s, 8}, {"\0"s, 0}, {"[1,\0]"s, 3}}) {
    JsonRead read = read_json(text);
    EXPECT_EQ(read.error, JsonReadError::syntax) << text.size();
    EXPECT_EQ(read.offset, offset) << text.size();
  }
  EXPECT_EQ(read_json("\"\\u0000\"").error, JsonReadError::none);  // escaped, it is a character
}

TEST(JsonText, InvalidUtf8IsItsOwnError) {
  JsonRead read = read_json("\"ab\xFF\"");
  EXPECT_EQ(read.error, JsonReadError::invalid_utf8);
  EXPECT_EQ(read.offset, 3u);
}

TEST(JsonText, LoneSurrogateEscapesAreRejected) {
  EXPECT_EQ(read_json(R"("\ud800")").error, JsonReadError::syntax);
  EXPECT_EQ(read_json(R"("\ud83d\ude42")").error, JsonReadError::none);
}

TEST(JsonText, CanonicalNumbers) {
  EXPECT_EQ(dump_json(read_json("[1.0, 0.1, 1e300, -0, 12345678901234567890]").value),
            "[1.0,0.1,1e+300,0,12345678901234567890]");
}

}  // namespace
}  // namespace yushen
