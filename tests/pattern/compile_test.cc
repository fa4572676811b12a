// Tests core/pattern/compile.cc: program dumps for each construct, that the parser's size
// prediction equals the emitted program for every fixture pattern (the size cap relies on
// it), and the start analysis (anchoring, first bytes).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "pattern/prog.h"

namespace yushen::pattern::detail {
namespace {

Prog compile_ok(std::string_view pattern) {
  auto parsed = parse(pattern, PatternLimits{});
  if (auto* error = std::get_if<PatternError>(&parsed)) {
    ADD_FAILURE() << pattern << ": " << error->construct;
    return {};
  }
  return compile_ast(std::get<Ast>(parsed));
}

TEST(Compile, ProgramDumps) {
  struct Row {
    const char* pattern;
    const char* want;
  };
  const Row rows[] = {
      {"", "0: match\n"},
      {"a", "0: class [a]\n1: match\n"},
      {"ab", "0: class [a]\n1: class [b]\n2: match\n"},
      {"a*", "0: split 1, 3\n1: class [a]\n2: jump 0\n3: match\n"},
      {"a+", "0: class [a]\n1: split 0, 2\n2: match\n"},
      {"a?", "0: split 1, 2\n1: class [a]\n2: match\n"},
      {"a{3}", "0: class [a]\n1: class [a]\n2: class [a]\n3: match\n"},
      {"a{2,}", "0: class [a]\n1: class [a]\n2: split 1, 3\n3: match\n"},
      {"a{1,3}", "0: class [a]\n1: split 2, 5\n2: class [a]\n3: split 4, 5\n4: class [a]\n5: match\n"},
      {"a{0,2}", "0: split 1, 4\n1: class [a]\n2: split 3, 4\n3: class [a]\n4: match\n"},
      {"a|b", "0: split 1, 3\n1: class [a]\n2: jump 4\n3: class [b]\n4: match\n"},
      {"a|b|c", "0: split 1, 3\n1: class [a]\n2: jump 7\n3: split 4, 6\n4: class [b]\n5: jump 7\n6: class [c]\n7: match\n"},
      {"a|", "0: split 1, 3\n1: class [a]\n2: jump 3\n3: match\n"},
      {"^a$", "0: assert ^\n1: class [a]\n2: assert $\n3: match\n"},
      {"\\ba\\B", "0: assert \\b\n1: class [a]\n2: assert \\B\n3: match\n"},
      {"(a*)*", "0: split 1, 5\n1: split 2, 4\n2: class [a]\n3: jump 1\n4: jump 0\n5: match\n"},
      {"(ab)+", "0: class [a]\n1: class [b]\n2: split 0, 3\n3: match\n"},
      {"(?:)*", "0: match\n"},
      {"[\\u4e00-\\u9fa5]{2}", "0: class [\\u{4E00}-\\u{9FA5}]\n1: class [\\u{4E00}-\\u{9FA5}]\n2: match\n"},
  };
  for (const Row& row : rows) EXPECT_EQ(dump_prog(compile_ok(row.pattern)), row.want) << row.pattern;
}

// The parser refuses oversized patterns by predicting each node's size; the prediction must
// be exact, or a pattern could expand past max_program_size.
TEST(Compile, ParserSizePredictionIsExact) {
  std::ifstream file(YUSHEN_SOURCE_DIR "/tests/pattern/vectors.json");
  ASSERT_TRUE(file);
  std::stringstream text;
  text << file.rdbuf();
  nlohmann::json doc = nlohmann::json::parse(text.str(), nullptr, false);
  ASSERT_FALSE(doc.is_discarded());
  std::vector<std::string> patterns = {"(a{2,5}|b*c+){3}", "((a|b){2,}){3,4}", "(?:x?){0,7}y", "a{9999}"};
  for (const nlohmann::json& group : doc.at("cases")) patterns.push_back(group.at("pattern").get<std::string>());
  for (const std::string& pattern : patterns) {
    auto parsed = parse(pattern, PatternLimits{});
    ASSERT_TRUE(std::holds_alternative<Ast>(parsed)) << pattern;
    const Ast& ast = std::get<Ast>(parsed);
    EXPECT_EQ(compile_ast(ast).insts.size(), ast.nodes[ast.root].size + 1) << pattern;
  }
}

TEST(Compile, StartAnalysis) {
  struct Row {
    const char* pattern;
    bool anchored;
    bool use_first_bytes;
    const char* first_bytes;  // some bytes that must be in the set
  };
  const Row rows[] = {
      {"^abc", true, false, ""},
      {"^a|^b", true, false, ""},
      {"(?:^a)+", true, false, ""},
      {"abc", false, true, "a"},
      {"x|^a", false, true, "xa"},
      {"a|^", false, false, ""},  // can match empty: never skip
      {"a*", false, false, ""},
      {"\\bfoo", false, true, "f"},
      {"[\\u4e00-\\u9fa5]", false, true, "\xe4\xe9"},
      {"🙂", false, true, "\xf0"},
      {".", false, false, ""},  // almost every byte: skipping would not pay
  };
  for (const Row& row : rows) {
    Prog prog = compile_ok(row.pattern);
    EXPECT_EQ(prog.anchored_start, row.anchored) << row.pattern;
    EXPECT_EQ(prog.use_first_bytes, row.use_first_bytes) << row.pattern;
    for (unsigned char b : std::string_view(row.first_bytes)) {
      EXPECT_TRUE((prog.first_bytes[b >> 6] >> (b & 63)) & 1u) << row.pattern << " byte " << int{b};
    }
  }
}

TEST(Compile, ClassesKeepAnAsciiBitmap) {
  Prog prog = compile_ok("[a-c\\u4e00]");
  ASSERT_EQ(prog.classes.size(), 1u);
  const CharClass& c = prog.classes[0];
  EXPECT_TRUE(c.matches('a'));
  EXPECT_TRUE(c.matches('c'));
  EXPECT_FALSE(c.matches('d'));
  EXPECT_TRUE(c.matches(0x4E00));
  EXPECT_FALSE(c.matches(0x4E01));
  EXPECT_EQ(c.ascii[1], std::uint64_t{0b111} << ('a' - 64));
}

}  // namespace
}  // namespace yushen::pattern::detail
