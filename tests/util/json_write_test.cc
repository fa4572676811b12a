// Tests for util/json_write: append_json_string and append_json write exactly the bytes
// dump_json writes, for hand-picked strings (every ASCII byte, escapes, emoji, every kind
// of ill-formed UTF-8), 200,000 random byte strings biased towards the awkward bytes,
// random nested values with integers at their limits and floats, and every value in the
// JSON Schema suite corpus.
#include "util/json_write.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

#include "util/json_text.h"

namespace yushen {
namespace {

std::string written_string(std::string_view s) {
  std::string out = "prefix";  // appends, never overwrites
  append_json_string(out, s);
  return out.substr(6);
}

std::string written(const nlohmann::json& value) {
  std::string out;
  append_json(out, value);
  return out;
}

void expect_string_like_dump(const std::string& s) {
  EXPECT_EQ(written_string(s), dump_json(nlohmann::json(s))) << "input bytes: " << nlohmann::json(s).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

TEST(JsonWrite, EveryAsciiByteAloneAndInContext) {
  for (int c = 0; c < 0x80; ++c) {
    expect_string_like_dump(std::string(1, static_cast<char>(c)));
    expect_string_like_dump("a" + std::string(1, static_cast<char>(c)) + "张");
  }
  EXPECT_EQ(written_string(std::string("\0\x1f\x7f", 3)), R"("\u0000\u001f)" "\x7f\"");
  EXPECT_EQ(written_string("\"\\/\b\f\n\r\t"), R"("\"\\/\b\f\n\r\t")");
}

TEST(JsonWrite, NonAsciiStaysUtf8) {
  for (const char* s : {"", "张三", "臺灣", "🙂", "a🙂b\n🙂", "\xC2\x80", "\xEF\xBF\xBF", "\xF4\x8F\xBF\xBF", "\xE2\x80\xA8"}) {
    expect_string_like_dump(s);
  }
  EXPECT_EQ(written_string("张三🙂"), "\"张三🙂\"");
}

TEST(JsonWrite, IllFormedUtf8IsReplacedWhereNlohmannReplacesIt) {
  const char* cases[] = {"\xFF", "\x80", "\xC3", "a\xC3", "\xC3(", "\xE0\x80\x80", "\xE0\xA0", "\xED\xA0\x80",
                         "\xED\xBF\xBF", "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xC0\xAF",
                         "\xC1\xBF", "\xE4\xB8", "\xE4\xB8\x22", "\xF0\x9F\x99", "\xF0\x9F\x99\n", "\xC3\xA9\xFF\xE4\xB8",
                         "ok\xFE\xFF\"\\\x01", "\xF0\x9F\x99\x82\x82"};
  for (const char* s : cases) expect_string_like_dump(s);
}

TEST(JsonWrite, RandomByteStrings) {
  // Bytes that matter: controls, the two escaped characters, DEL, continuation bytes,
  // every lead-byte class and the bytes that are never valid.
  const std::string palette = std::string("\x00\x01\x08\x09\x0a\x0c\x0d\x1f\x20\"\\/a\x7f", 14) +
                              "\x80\x8f\x90\x9f\xa0\xbf\xc0\xc1\xc2\xdf\xe0\xe4\xed\xef\xf0\xf4\xf5\xff";
  // Fragments of well-formed text, so long valid runs occur too.
  const std::vector<std::string> fragments = {"张", "🙂", "\xC3\xA9", "abc", "\xE2\x80\xA8", "\xF4\x8F\xBF\xBF"};
  std::mt19937 rng(20261124);  // fixed seed: the same strings on every run
  for (int n = 0; n < 200000; ++n) {
    std::string s;
    int length = static_cast<int>(rng() % 12);
    for (int k = 0; k < length; ++k) {
      if (rng() % 3 == 0) {
        s += fragments[rng() % fragments.size()];
      } else {
        s += palette[rng() % palette.size()];
      }
    }
    ASSERT_EQ(written_string(s), dump_json(nlohmann::json(s))) << "case " << n;
  }
}

// The scan reads plain ASCII eight bytes at a time and CJK three at a time: every byte that
// needs attention, at every offset of a long plain run and next to CJK, is still found.
TEST(JsonWrite, SpecialBytesAtEveryOffsetOfLongRuns) {
  const std::string specials = std::string("\x00\x01\x1f\"\\\x7f", 6) + "\xC3\xA9" + "\xFF" + "\xE0\x80\x80" + "\xED\xA0\x80";
  for (char special : specials) {
    for (std::size_t at = 0; at < 24; ++at) {
      std::string plain(24, 'a');
      plain[at] = special;
      expect_string_like_dump(plain);
      std::string cjk;
      for (int k = 0; k < 8; ++k) cjk += "张";
      cjk.insert(std::min(at, cjk.size()), 1, special);
      expect_string_like_dump(cjk);
    }
  }
  for (const char* s : {"\xE4\xB8\xAD\xE6\x96\x87\xE4\xB8", "abcdefgh\xE4\xB8\xAD" "abcdefgh\xED\x9F\xBF", "abcdefghijklmnop\"q"}) {
    expect_string_like_dump(s);
  }
}

TEST(JsonWrite, RandomLongStrings) {
  const std::vector<std::string> pieces = {"abcdefgh", "a", "\"", "\\", std::string(1, '\0'), "\x1f", "张三李四", "🙂",
                                           "\xC3\xA9", "\xE2\x80\xA8", "\xFF", "\xE4\xB8", "\xED\xA0\x80", "/"};
  std::mt19937 rng(20261125);
  for (int n = 0; n < 50000; ++n) {
    std::string s;
    for (int k = static_cast<int>(rng() % 16); k > 0; --k) s += pieces[rng() % pieces.size()];
    ASSERT_EQ(written_string(s), dump_json(nlohmann::json(s))) << "case " << n;
  }
}

nlohmann::json random_value(std::mt19937& rng, int depth) {
  static const std::vector<nlohmann::json> scalars = {
      nullptr, true, false, 0, -1, 1, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max(),
      std::numeric_limits<std::uint64_t>::max(), 0.0, -0.0, 1.5, 0.1, 1e300, -2.5e-308, 100.0, 1e21, 123456789.125,
      std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(), "", "张三", "a\"b\\c\n",
      std::string("\0\x1f\xff", 3)};
  switch (depth > 3 ? 0 : rng() % 4) {
    case 1: {
      nlohmann::json array = nlohmann::json::array();
      for (unsigned k = rng() % 4; k > 0; --k) array.push_back(random_value(rng, depth + 1));
      return array;
    }
    case 2: {
      nlohmann::json object = nlohmann::json::object();
      static const char* keys[] = {"", "a", "B", "limit", "张", "\n", "\xFF", "a\"", "zz"};
      for (unsigned k = rng() % 4; k > 0; --k) object[keys[rng() % 9]] = random_value(rng, depth + 1);
      return object;
    }
    default: return scalars[rng() % scalars.size()];
  }
}

TEST(JsonWrite, RandomValues) {
  std::mt19937 rng(7);
  for (int n = 0; n < 20000; ++n) {
    nlohmann::json value = random_value(rng, 0);
    ASSERT_EQ(written(value), dump_json(value)) << "case " << n;
  }
}

TEST(JsonWrite, EveryDocumentOfTheSuiteCorpus) {
  std::size_t files = 0;
  for (const char* dir : {"/testdata/json-schema-test-suite/tests", "/testdata/json-schema-test-suite/remotes"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(YUSHEN_SHARED_DIR) + dir)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      JsonRead read = read_json(text.str());
      ASSERT_EQ(read.error, JsonReadError::none) << entry.path();
      EXPECT_EQ(written(read.value), dump_json(read.value)) << entry.path();
      ++files;
    }
  }
  EXPECT_GT(files, 100u);
}

}  // namespace
}  // namespace yushen
