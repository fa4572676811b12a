// Tests core/pattern/dfa_build.cc and dfa_search.cc: the DFA fast path gives exactly the
// Pike VM's answers (differentially, over every pattern in the repo's templates, the bench
// corpus, the JSON Schema Test Suite and tests/pattern/vectors.json, on the fixture inputs
// and on generated ones), it is chosen for the form patterns and refused where it does not
// apply, and it stays linear on 1 MB hostile inputs.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "pattern/parser.h"
#include "pattern/pattern.h"
#include "pattern/prog.h"
#include "util/utf8.h"

namespace yushen::pattern {
namespace {

using detail::Prog;

nlohmann::json read_json_file(const std::string& path) {
  std::ifstream file(path);
  EXPECT_TRUE(file) << path;
  std::stringstream text;
  text << file.rdbuf();
  return nlohmann::json::parse(text.str(), nullptr, false);
}

// Every pattern a JSON value holds: `pattern` strings, `patternProperties` keys, and the
// pattern argument of JsonLogic's yushen.match.
void collect_patterns(const nlohmann::json& value, std::set<std::string>& out) {
  if (value.is_object()) {
    for (const auto& [key, child] : value.items()) {
      if (key == "pattern" && child.is_string()) out.insert(child.get<std::string>());
      if (key == "patternProperties" && child.is_object()) {
        for (const auto& [name, ignored] : child.items()) out.insert(name);
      }
      if (key == "yushen.match" && child.is_array() && child.size() > 1 && child[1].is_string()) {
        out.insert(child[1].get<std::string>());
      }
      collect_patterns(child, out);
    }
  } else if (value.is_array()) {
    for (const nlohmann::json& child : value) collect_patterns(child, out);
  }
}

std::set<std::string> patterns_in(const std::string& dir) {
  std::set<std::string> out;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) collect_patterns(read_json_file(path.string()), out);
  return out;
}

std::set<std::string> form_patterns() {
  std::set<std::string> out = patterns_in(YUSHEN_SOURCE_DIR "/forms/templates");
  collect_patterns(read_json_file(YUSHEN_SOURCE_DIR "/bench/corpus/form50.schema.json"), out);
  collect_patterns(read_json_file(YUSHEN_SOURCE_DIR "/bench/corpus/form200.schema.json"), out);
  return out;
}

std::optional<Prog> compile_prog(const std::string& pattern) {
  auto parsed = detail::parse(pattern, PatternLimits{});
  if (!std::holds_alternative<detail::Ast>(parsed)) return std::nullopt;
  return detail::compile_ast(std::get<detail::Ast>(parsed));
}

// Runs both engines on one program and input; the DFA's steps must respect the bound.
struct Differential {
  const Prog& prog;
  const detail::Dfa& dfa;
  std::size_t compared = 0;

  void check(const std::string& pattern, const std::string& input) {
    std::size_t steps = 0;
    bool fast = detail::run_dfa(dfa, input, &steps);
    bool slow = detail::run_pike_vm(prog, input, nullptr);
    EXPECT_EQ(fast, slow) << "/" << pattern << "/u on \"" << input << "\"";
    // The bound counts code points of valid UTF-8 (the contract); ill-formed bytes are
    // decoded one at a time but counted per sequence.
    if (is_valid_utf8(input)) {
      EXPECT_LE(steps, count_code_points(input) + 1) << pattern;
    }
    ++compared;
  }
};

// Code points that tell the pattern's classes apart: each range's ends and their
// neighbours, plus a few fixed ones (line terminators, astral, CJK, word characters).
std::vector<char32_t> alphabet_of(const Prog& prog) {
  std::set<char32_t> points = {'a', 'Z', '0', '9', '_', ' ', '\n', '\r', '-', '@', U'张', U'三', 0x2028, 0x1F642, 0xFFFD};
  for (const detail::CharClass& c : prog.classes) {
    for (std::size_t i = 0; i < c.ranges.size() && i < 12; ++i) {
      const unicode::CodePointRange& r = c.ranges[i];
      for (char32_t p : {r.first, r.last, static_cast<char32_t>(r.first + (r.last - r.first) / 2), static_cast<char32_t>(r.first - 1), static_cast<char32_t>(r.last + 1)}) {
        if (p <= 0x10FFFF && (p < 0xD800 || p > 0xDFFF)) points.insert(p);
      }
    }
  }
  return {points.begin(), points.end()};
}

// A string the program could match: a random walk through it (assertions ignored), so
// inputs land near the language and not only far outside it.
std::u32string walk(const Prog& prog, std::mt19937& rng) {
  std::u32string out;
  std::uint32_t pc = prog.start;
  for (int budget = 200; budget > 0 && out.size() < 40; --budget) {
    const detail::Inst& inst = prog.insts[pc];
    switch (inst.op) {
      case detail::Op::kControlMatch: return out;
      case detail::Op::kControlJump: pc = inst.x; break;
      case detail::Op::kControlSplit: pc = (rng() & 1) ? inst.x : inst.y; break;
      case detail::Op::kConsumeClass: {
        const unicode::RangeSet& ranges = prog.classes[inst.x].ranges;
        if (ranges.empty()) return out;
        const unicode::CodePointRange& r = ranges[rng() % ranges.size()];
        char32_t cp = r.first + static_cast<char32_t>(rng() % (r.last - r.first + 1));
        out.push_back(cp >= 0xD800 && cp <= 0xDFFF ? U'x' : cp);  // no surrogates in UTF-8
        pc = pc + 1;
        break;
      }
      default: pc = pc + 1; break;
    }
  }
  return out;
}

std::string to_utf8(const std::u32string& text) {
  std::string out;
  for (char32_t cp : text) append_utf8(out, cp);
  return out;
}

// Random strings over the pattern's alphabet, and random walks with small mutations.
std::vector<std::string> generated_inputs(const Prog& prog, std::uint32_t seed, int count) {
  std::mt19937 rng(seed);
  const std::vector<char32_t> alphabet = alphabet_of(prog);
  std::vector<std::string> out = {""};
  for (int i = 0; i < count; ++i) {
    std::u32string text;
    if (i % 2 == 0) {
      std::size_t length = rng() % 24;
      for (std::size_t k = 0; k < length; ++k) text.push_back(alphabet[rng() % alphabet.size()]);
    } else {
      text = walk(prog, rng);
      switch (rng() % 5) {
        case 0: break;  // as walked
        case 1: text.insert(text.begin() + static_cast<long>(rng() % (text.size() + 1)), alphabet[rng() % alphabet.size()]); break;
        case 2:
          if (!text.empty()) text.erase(text.begin() + static_cast<long>(rng() % text.size()));
          break;
        case 3:
          if (!text.empty()) text[rng() % text.size()] = alphabet[rng() % alphabet.size()];
          break;
        default: text = alphabet[rng() % alphabet.size()] + text + alphabet[rng() % alphabet.size()]; break;
      }
    }
    out.push_back(to_utf8(text));
  }
  return out;
}

// Compares the engines on `patterns`; returns how many patterns had a DFA.
std::size_t differential(const std::set<std::string>& patterns, int generated, std::size_t* compared) {
  std::size_t with_dfa = 0;
  std::uint32_t seed = 1;
  for (const std::string& pattern : patterns) {
    std::optional<Prog> prog = compile_prog(pattern);
    if (!prog) continue;
    std::optional<detail::Dfa> dfa = detail::build_dfa(*prog, PatternLimits{}.max_dfa_states);
    if (!dfa) continue;
    ++with_dfa;
    Differential d{*prog, *dfa};
    for (const std::string& input : generated_inputs(*prog, seed++, generated)) d.check(pattern, input);
    *compared += d.compared;
  }
  return with_dfa;
}

TEST(Dfa, AgreesWithThePikeVmOnTheFormPatterns) {
  std::set<std::string> patterns = form_patterns();
  ASSERT_GE(patterns.size(), 14u);
  std::size_t compared = 0;
  EXPECT_EQ(differential(patterns, 2000, &compared), patterns.size());
  EXPECT_GT(compared, 14u * 2000u);
}

TEST(Dfa, AgreesWithThePikeVmOnTheJsonSchemaSuitePatterns) {
  std::set<std::string> patterns = patterns_in(YUSHEN_SHARED_DIR "/testdata/json-schema-test-suite/tests");
  ASSERT_GE(patterns.size(), 20u);
  std::size_t compared = 0;
  EXPECT_GE(differential(patterns, 300, &compared), 20u);
  std::printf("  %zu suite patterns, %zu inputs compared\n", patterns.size(), compared);
}

// Every pattern and input of the Node fixture, plus generated inputs for its patterns.
TEST(Dfa, AgreesWithThePikeVmOnTheNodeVectors) {
  nlohmann::json doc = read_json_file(YUSHEN_SOURCE_DIR "/tests/pattern/vectors.json");
  ASSERT_FALSE(doc.is_discarded());
  std::set<std::string> patterns;
  std::size_t with_dfa = 0;
  std::size_t compared = 0;
  for (const nlohmann::json& group : doc.at("cases")) {
    const std::string pattern = group.at("pattern").get<std::string>();
    patterns.insert(pattern);
    std::optional<Prog> prog = compile_prog(pattern);
    ASSERT_TRUE(prog) << pattern;
    std::optional<detail::Dfa> dfa = detail::build_dfa(*prog, PatternLimits{}.max_dfa_states);
    if (!dfa) continue;
    ++with_dfa;
    Differential d{*prog, *dfa};
    for (const nlohmann::json& test : group.at("tests")) d.check(pattern, test.at(0).get<std::string>());
    compared += d.compared;
  }
  std::size_t generated = 0;
  differential(patterns, 100, &generated);
  std::printf("  %zu/%zu fixture patterns with a DFA, %zu fixture + %zu generated inputs compared\n", with_dfa,
              patterns.size(), compared, generated);
  EXPECT_GT(with_dfa * 10, patterns.size() * 8);  // the fast path covers most patterns
}

TEST(Dfa, IsChosenForEveryFormPattern) {
  for (const std::string& pattern : form_patterns()) {
    auto compiled = compile(pattern);
    ASSERT_TRUE(std::holds_alternative<Regex>(compiled)) << pattern;
    EXPECT_EQ(std::get<Regex>(compiled).engine(), "dfa") << pattern;
  }
}

TEST(Dfa, IsRefusedWhereItDoesNotApply) {
  const char* const pike_only[] = {
      "\\bword\\b",                      // \b and \B look at both neighbours: Pike VM only
      "a\\Bb",                           //
      "(a|b)*a(a|b){12}",                // the classic 2^13-state subset blow-up: over the cap
      "^abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=$",  // 66 symbols
      "^a{700}$",                        // longer than kDfaMaxProgram
  };
  for (const char* pattern : pike_only) {
    auto compiled = compile(pattern);
    ASSERT_TRUE(std::holds_alternative<Regex>(compiled)) << pattern;
    EXPECT_EQ(std::get<Regex>(compiled).engine(), "pike_vm") << pattern;
  }
  PatternLimits no_fast_path;
  no_fast_path.max_dfa_states = 0;
  EXPECT_EQ(std::get<Regex>(compile("^\\d{6}$", no_fast_path)).engine(), "pike_vm");
  // Refused patterns still answer correctly on the Pike VM.
  EXPECT_TRUE(std::get<Regex>(compile("(a|b)*a(a|b){12}")).search("xxabbbbbbbbbbbb"));
  EXPECT_FALSE(std::get<Regex>(compile("(a|b)*a(a|b){12}")).search("abbbbbbbbbbb"));
}

TEST(Dfa, EdgeCasesMatchThePikeVm) {
  const char* const patterns[] = {"",      "^",       "$",      "^$",     "$^",      "a^b",   "a$b",  "^|a",
                                  "x|^a",  "a*",      "[]",     "[^]",    "^[^]*$",  "(?:)*", "a|$",  "^^a$$",
                                  "(a$|b)", "张三",   "^.$",    "^..$",   ".",       "\\s+$", "^\\uFFFD+$"};
  const std::string inputs[] = {"", "a", "b", "ab", "ba", "\n", "张三", "x张三y", "🙂", "\xff", "\xe5\xbc" "a", " \t"};
  for (const char* pattern : patterns) {
    std::optional<Prog> prog = compile_prog(pattern);
    ASSERT_TRUE(prog) << pattern;
    std::optional<detail::Dfa> dfa = detail::build_dfa(*prog, 128);
    ASSERT_TRUE(dfa) << pattern;
    Differential d{*prog, *dfa};
    for (const std::string& input : inputs) d.check(pattern, input);
  }
}

TEST(Dfa, OneMegabyteInputsStayLinear) {
  struct Row {
    const char* pattern;
    std::string text;
    bool want;
  };
  std::string a(1000000, 'a');
  std::string han;
  for (int i = 0; i < 333333; ++i) han += "张";
  const Row rows[] = {
      {"^(a+)+$", a + "b", false},
      {"(a|a)*b", a, false},
      {"^\\p{sc=Han}+$", han, true},
      {"张三", std::string(1000000, 'x') + "张三", true},
      {"^[\\u4e00-\\u9fa5]{2,20}$", han, false},
  };
  for (const Row& row : rows) {
    const Regex regex = std::get<Regex>(compile(row.pattern));
    EXPECT_EQ(regex.engine(), "dfa") << row.pattern;
    std::size_t steps = 0;
    auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(regex.search(row.text, &steps), row.want) << row.pattern;
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LE(steps, count_code_points(row.text) + 1) << row.pattern;
    EXPECT_LT(ms, 5000) << row.pattern;
    std::printf("  %-26s %8zu bytes  %8zu steps  %5lld ms\n", row.pattern, row.text.size(), steps,
                static_cast<long long>(ms));
  }
  // An anchored pattern stops at its first mismatch; the idle scan costs no steps.
  std::size_t steps = 0;
  EXPECT_FALSE(std::get<Regex>(compile("^abc")).search(std::string(1000000, 'x'), &steps));
  EXPECT_LT(steps, 10u);
  EXPECT_TRUE(std::get<Regex>(compile("张三")).search(std::string(100000, 'x') + "张三", &steps));
  EXPECT_LT(steps, 10u);
}

}  // namespace
}  // namespace yushen::pattern

namespace yushen::pattern {
namespace {

// The DFA is built on a pattern's kDfaAfterSearches-th search (prog.h LazyDfa): the answers
// before, at and after the switch are the same, whichever engine gave them.
TEST(DfaLazy, TheSwitchToTheDfaChangesNoAnswer) {
  auto compiled = compile("^1[3-9]\\d{9}$");
  ASSERT_TRUE(std::holds_alternative<Regex>(compiled));
  const Regex& regex = std::get<Regex>(compiled);
  const std::vector<std::pair<std::string, bool>> cases = {
      {"13812345678", true}, {"12812345678", false}, {"1381234567", false}, {"138123456789", false},
      {"19912345678", true}, {"", false}, {"张13812345678", false}};
  for (int round = 0; round < 3; ++round) {
    for (const auto& [text, expected] : cases) EXPECT_EQ(regex.search(text), expected) << round << " " << text;
  }
  EXPECT_EQ(regex.engine(), "dfa");
}

// Several threads searching one freshly compiled pattern at once (the plan of a server is
// shared): every answer is right while the DFA is built under them.
TEST(DfaLazy, ConcurrentSearchesWhileTheDfaIsBuilt) {
  for (int trial = 0; trial < 20; ++trial) {
    auto compiled = compile("^[\\u4e00-\\u9fa5]{2,20}$");
    ASSERT_TRUE(std::holds_alternative<Regex>(compiled));
    const Regex regex = std::get<Regex>(compiled);
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&regex, &wrong] {
        for (int i = 0; i < 200; ++i) {
          if (!regex.search("张三丰") || regex.search("张") || regex.search("Zhang San")) ++wrong;
        }
      });
    }
    for (std::thread& thread : threads) thread.join();
    EXPECT_EQ(wrong.load(), 0);
    EXPECT_EQ(regex.engine(), "dfa");
  }
}

}  // namespace
}  // namespace yushen::pattern
