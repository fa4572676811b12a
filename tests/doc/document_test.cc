// Tests for core/doc: the compact reader accepts exactly what read_json accepts, builds
// the same tree (compared through to_json + dump_json), and reports the same errors.
// Parity is checked on the whole JSON Schema suite corpus, on every truncation and on
// single-byte mutations of it, and on hand-picked malformed, huge, deep and non-UTF-8
// inputs.
#include "doc/document.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace yushen::doc {
namespace {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The same tree with the same kinds: nlohmann's == calls 1 (signed) and 1u (unsigned) equal,
// and dump_json prints them alike, but code that asks is_number_unsigned() would see them.
bool same_tree(const nlohmann::json& a, const nlohmann::json& b) {
  if (a.type() != b.type()) return false;
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!same_tree(a[i], b[i])) return false;
    }
    return true;
  }
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y) {
      if (x.key() != y.key() || !same_tree(x.value(), y.value())) return false;
    }
    return true;
  }
  return a == b && dump_json(a) == dump_json(b);
}

// Both readers on `text`: the same verdict, error kind and offset, and the same tree; and
// read_json_fast gives exactly read_json's result.
void expect_parity(std::string_view text, const JsonLimits& limits = {}) {
  JsonRead reference = read_json(text, limits);
  JsonRead fast = read_json_fast(text, limits);
  ASSERT_EQ(fast.error, reference.error) << "input: " << text.substr(0, 200);
  EXPECT_EQ(fast.offset, reference.offset) << "input: " << text.substr(0, 200);
  EXPECT_TRUE(same_tree(fast.value, reference.value)) << "input: " << text.substr(0, 200);
  Document document;
  JsonRead read = document.read(text, limits);
  ASSERT_EQ(read.error, reference.error) << "input: " << text.substr(0, 200);
  if (reference.error != JsonReadError::none) {
    EXPECT_EQ(read.offset, reference.offset) << "input: " << text.substr(0, 200);
    return;
  }
  EXPECT_FALSE(document.fell_back()) << "input: " << text.substr(0, 200);
  EXPECT_EQ(dump_json(to_json(document.root())), dump_json(reference.value)) << "input: " << text.substr(0, 200);
}

std::vector<std::filesystem::path> suite_files() {
  std::vector<std::filesystem::path> files;
  for (const char* dir : {"/testdata/json-schema-test-suite/tests", "/testdata/json-schema-test-suite/remotes"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(YUSHEN_SHARED_DIR) + dir)) {
      if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(Document, SameTreeAsReadJsonOnTheWholeSuiteCorpus) {
  std::vector<std::filesystem::path> files = suite_files();
  ASSERT_GT(files.size(), 100u);
  std::size_t instances = 0;
  for (const auto& path : files) {
    std::string text = read_text(path);
    SCOPED_TRACE(path.string());
    expect_parity(text);
    // Every test instance, as compact text and as indented text.
    JsonRead file = read_json(text);
    if (!file.value.is_array()) continue;
    for (const auto& group : file.value) {
      if (!group.contains("tests")) continue;
      for (const auto& test : group["tests"]) {
        expect_parity(test["data"].dump());
        expect_parity(test["data"].dump(2));
        ++instances;
      }
    }
  }
  EXPECT_GT(instances, 2000u);
}

// The service templates, samples and examples: what read_json_fast reads on the page and in
// the server (templates, submissions, contexts).
TEST(Document, SameTreeAsReadJsonOnEveryFormsFile) {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(YUSHEN_SOURCE_DIR) + "/forms")) {
    if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
    SCOPED_TRACE(entry.path().string());
    expect_parity(read_text(entry.path()));
    ++files;
  }
  EXPECT_GT(files, 50u);
}

TEST(Document, NumbersKeepNlohmannsKindsThroughReadJsonFast) {
  for (std::string_view text : {"0", "-0", "1", "-1", "0.0", "1e2", "1E+2", "-1e-2", "18446744073709551615",
                                "18446744073709551616", "9223372036854775807", "-9223372036854775808",
                                "-9223372036854775809", "1.7976931348623157e308", "5e-324", "123456789012345678901234567890",
                                "[1,-1,1.0,{\"a\":2}]"}) {
    SCOPED_TRACE(text);
    expect_parity(text);
  }
}

TEST(Document, EveryTruncationAndByteMutationAgreesWithReadJson) {
  // Small documents exercising every construct; each prefix and each one-byte
  // replacement must get the same verdict, error and offset as read_json.
  const std::vector<std::string> seeds = {
      R"({"a":[1,-2,3.5e-1,true,false,null],"b":{"c":"d\n\u00e9\ud83d\ude42"},"":0})",
      R"([ -0 , 0.0 , 1E+2 , 18446744073709551615 , 18446744073709551616 , -9223372036854775808 , -9223372036854775809 ])",
      "\xEF\xBB\xBF {\"张三\" : \"李四\\\\\\/\" }",
  };
  const std::string replacements = std::string("\"\\{}[]:,.-+eE0123456789 \t\r\nutrfalsn\x01\x7F") + "\xC3\xA9\xFF";
  for (const std::string& seed : seeds) {
    for (std::size_t cut = 0; cut <= seed.size(); ++cut) expect_parity(std::string_view(seed).substr(0, cut));
    for (std::size_t at = 0; at < seed.size(); ++at) {
      for (char c : replacements) {
        std::string mutated = seed;
        mutated[at] = c;
        expect_parity(mutated);
      }
    }
  }
}

TEST(Document, MalformedInputsGiveTheSameErrorsAsReadJson) {
  for (const char* text : {"", " ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{1:2}", "tru", "nul", "01", "1.",
                           ".5", "-", "1e", "1e+", "+1", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"",
                           "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"a\tb\"", "1 2", "[1 2]", "{\"a\":1 \"b\":2}",
                           "1e400", "-1e400", "[1e309]", "\xEF\xBB", "\xEF\xBB\xBF", "nulll", "[] x", "\"\\u0000\""}) {
    expect_parity(text);
  }
  // A NUL byte: a syntax error wherever it is (nlohmann's lexer alone would read it as the
  // end of the input and accept "0\0garbage").
  using namespace std::string_literals;
  for (const std::string& text : {"0\0garbage"s, "{\"a\":1}\0]"s, "\0"s, "[1,\0]"s, "\"a\0\""s, "[\0]"s, "1 \0 2"s, "1\0\xE5\0"s, "1\0\xE5\xBC\xA0"s}) {
    expect_parity(text);
  }
}

TEST(Document, InvalidUtf8IsReportedWithTheOffset) {
  Document document;
  JsonRead read = document.read("\"ab\xFF\"");
  EXPECT_EQ(read.error, JsonReadError::invalid_utf8);
  EXPECT_EQ(read.offset, 3u);
  expect_parity("[\"\xC0\xAF\"]");      // overlong
  expect_parity("\"\xED\xA0\x80\"");    // an encoded surrogate
  expect_parity("\"\xF4\x90\x80\x80\""); // above U+10FFFF
  expect_parity("[1, \xE5\xBC\xA0]");   // valid UTF-8 outside a string: a syntax error
  // The reader checks UTF-8 while reading strings; everywhere else only ASCII is grammar.
  expect_parity("{\"a\xFF\":1}");        // in a key
  expect_parity("\"\\n\xC0\xAF\"");       // after an escape
  expect_parity("[\"ok\"]\xFF");          // after the value
  expect_parity("\"\xE5\xBC");            // a sequence cut by the end of the text
  expect_parity("\"\xE5\xBC\"");          // a sequence cut by the closing quote
  expect_parity("{\"k\":1}\xEF\xBB\xBF");  // a BOM that is not at the start
}

// The string scanner has a fast path for runs of three-byte sequences (CJK): every lead byte
// with every class of following byte, alone, after a CJK character and cut by the end, must
// be judged exactly as read_json judges it.
TEST(Document, EveryMultiByteLeadAgreesWithReadJson) {
  const unsigned char followers[] = {0x00, 0x22, 0x41, 0x5C, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  for (int lead = 0x80; lead <= 0xFF; ++lead) {
    for (unsigned char b1 : followers) {
      for (unsigned char b2 : followers) {
        std::string seq{static_cast<char>(lead), static_cast<char>(b1), static_cast<char>(b2)};
        expect_parity("\"" + seq + "\"");
        expect_parity("\"\xE5\xBC\xA0" + seq + "\xE4\xB8\x89\"");
        expect_parity("{\"\xE5\xBC\xA0" + seq + "\":1}");
        expect_parity("\"\xE5\xBC\xA0" + seq);
      }
    }
  }
}

// Plain ASCII is skipped eight bytes at a time: every byte that must stop the skip, at every
// position of strings up to three words long, with the string ending at every length.
TEST(Document, EveryStopByteAtEveryPositionOfAWordAgreesWithReadJson) {
  const std::string stops[] = {"\"", "\\n", "\\u00e9", std::string(1, '\x01'), std::string(1, '\x1F'),
                               "\xE5\xBC\xA0", "\xC3\xA9", "\xF0\x9F\x99\x82", "\xC0\xAF", "\xFF", "\x80"};
  const std::string neighbours = " !#[]~\x7F";  // ASCII next to the stop bytes in the table
  for (std::size_t length = 0; length <= 24; ++length) {
    std::string plain;
    for (std::size_t i = 0; i < length; ++i) plain += neighbours[i % neighbours.size()];
    expect_parity("\"" + plain + "\"");
    expect_parity("{\"" + plain + "\":\"" + plain + "\"}");
    expect_parity("\"" + plain);  // unterminated
    for (std::size_t at = 0; at <= length; ++at) {
      for (const std::string& stop : stops) {
        std::string text = plain;
        text.insert(at, stop);
        expect_parity("\"" + text + "\"");
        expect_parity("[\"" + text + "\",\"" + plain + "\"]");
      }
    }
  }
}

TEST(Document, DepthLimitWithoutRecursion) {
  Document document;
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(document.read(deep).error, JsonReadError::too_deep);
  EXPECT_EQ(document.read(std::string(256, '[') + std::string(256, ']')).error, JsonReadError::none);
  EXPECT_EQ(document.read(std::string(257, '[') + std::string(257, ']')).error, JsonReadError::too_deep);
  std::string objects;
  for (int i = 0; i < 300; ++i) objects += "{\"a\":";
  objects += "1" + std::string(300, '}');
  expect_parity(objects);
}

TEST(Document, SizeLimit) {
  JsonLimits limits;
  limits.max_bytes = 10;
  Document document;
  EXPECT_EQ(document.read("\"0123456789\"", limits).error, JsonReadError::too_large);
  EXPECT_EQ(document.read("\"0123456\"", limits).error, JsonReadError::none);
}

TEST(Document, HugeDocumentsRoundTrip) {
  // 1 MB string with escapes spread through it, and 100,000 array items.
  std::string big = "\"";
  for (int i = 0; i < 100000; ++i) big += i % 10 == 0 ? "\\n张" : "abcdefghij";
  big += "\"";
  expect_parity(big);
  std::string items = "[";
  for (int i = 0; i < 100000; ++i) items += (i ? "," : "") + std::to_string(i * 7919 - 300000);
  items += "]";
  expect_parity(items);
}

TEST(Document, MembersAreSortedAndTheLastDuplicateWins) {
  Document document;
  ASSERT_EQ(document.read(R"({"b":1,"a":2,"é":3,"z":4,"a":5})").error, JsonReadError::none);
  const Value& root = document.root();
  ASSERT_EQ(root.size(), 4u);
  EXPECT_EQ(root.members()[0].key(), "a");
  EXPECT_EQ(root.members()[0].value.unsigned_integer(), 5u);
  EXPECT_EQ(root.members()[3].key(), "é");  // bytes 0xC3 0xA9 sort after ASCII
  ASSERT_NE(root.find("z"), nullptr);
  EXPECT_EQ(root.find("y"), nullptr);
  std::string many = "{";
  for (int i = 40; i >= 0; --i) many += "\"k" + std::to_string(i % 37) + "\":" + std::to_string(i) + (i ? "," : "");
  many += "}";
  expect_parity(many);
}

// Objects of 1-40 members (both sides of the insertion-sort cut-off) with keys drawn from a
// few names, so duplicates are everywhere: the same members as read_json, the last one winning.
TEST(Document, RandomObjectsWithDuplicateKeys) {
  std::uint32_t state = 12345;
  auto next = [&state] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7FFF; };
  const char* names[] = {"a", "b", "ab", "", "张", "张三", "z", "b\u0000"};
  for (int round = 0; round < 2000; ++round) {
    std::string text = "{";
    const int members = 1 + static_cast<int>(next() % 40);
    for (int i = 0; i < members; ++i) {
      text += (i ? ",\"" : "\"") + std::string(names[next() % (round % 7 == 0 ? 8 : 3 + round % 5)]) + "\":" + std::to_string(i);
    }
    text += "}";
    expect_parity(text);
    // to_json() would hide a kept duplicate (the later assignment wins there too): count.
    Document document;
    ASSERT_EQ(document.read(text).error, JsonReadError::none);
    EXPECT_EQ(document.root().size(), read_json(text).value.size()) << text;
  }
}

TEST(Document, NumbersKeepTheirKinds) {
  Document document;
  ASSERT_EQ(document.read("[1, -1, 1.0, 18446744073709551615, 18446744073709551616, -0]").error, JsonReadError::none);
  const Value& a = document.root();
  EXPECT_EQ(a[0].kind(), Kind::unsigned_integer);
  EXPECT_EQ(a[1].kind(), Kind::integer);
  EXPECT_EQ(a[2].kind(), Kind::floating);
  EXPECT_EQ(a[3].kind(), Kind::unsigned_integer);
  EXPECT_EQ(a[4].kind(), Kind::floating);
  EXPECT_EQ(a[5].kind(), Kind::integer);
}

TEST(Document, EscapedStringsAreDecodedAndPlainOnesAreSlices) {
  std::string text = R"(["plain","a\"b\u00e9\ud83d\ude42\/"])";
  Document document;
  ASSERT_EQ(document.read(text).error, JsonReadError::none);
  EXPECT_EQ(document.root()[0].string().data(), text.data() + 2);
  EXPECT_EQ(document.root()[1].string(), "a\"b\xC3\xA9\xF0\x9F\x99\x82/");
}

TEST(Document, ReusingADocumentKeepsEarlierReadsCorrect) {
  Document document;
  ASSERT_EQ(document.read(R"({"a":"\n","b":[1,{"c":2}]})").error, JsonReadError::none);
  ASSERT_EQ(document.read("[\"x\\ty\"]").error, JsonReadError::none);
  EXPECT_EQ(dump_json(to_json(document.root())), R"(["x\ty"])");
  EXPECT_NE(document.read("[").error, JsonReadError::none);
  ASSERT_EQ(document.read("{}").error, JsonReadError::none);
  EXPECT_TRUE(document.root().is_object());
  EXPECT_EQ(document.root().size(), 0u);
}

TEST(Document, AssignMirrorsAnNlohmannValue) {
  nlohmann::json value = read_json(R"({"b":[1,-2,2.5,"s",null,true],"a":{"x":18446744073709551615}})").value;
  Document document;
  document.assign(value);
  EXPECT_EQ(dump_json(to_json(document.root())), dump_json(value));
  EXPECT_EQ(document.root().find("b")->value[3].string().data(), value["b"][3].get_ref<const std::string&>().data());
}

}  // namespace
}  // namespace yushen::doc
