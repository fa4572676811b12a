// Tests core/pattern/pike_vm.cc: the linear-time property on patterns that make
// backtracking engines exponential (steps for 2n inputs stay ~2× those for n, and under the
// documented bound), 1 MB hostile inputs, the anchored and first-byte fast paths, and
// concurrent searches on one Regex. Every pattern here runs on the Pike VM (the DFA fast
// path is switched off; tests/pattern/dfa_test.cc covers it).
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "pattern/pattern.h"
#include "util/utf8.h"

namespace yushen::pattern {
namespace {

Regex compile_ok(std::string_view pattern) {
  PatternLimits pike_vm_only;
  pike_vm_only.max_dfa_states = 0;
  auto compiled = compile(pattern, pike_vm_only);
  EXPECT_TRUE(std::holds_alternative<Regex>(compiled)) << pattern;
  return std::get<Regex>(std::move(compiled));
}

std::string repeat(std::string_view unit, std::size_t n) {
  std::string out;
  out.reserve(unit.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += unit;
  return out;
}

struct HostileRow {
  const char* pattern;
  const char* unit;    // repeated n times
  const char* suffix;  // makes the match fail late (or succeed at the very end)
  bool want;
};

// Classic ReDoS shapes: each is exponential or polynomial for a backtracking engine.
const HostileRow kHostile[] = {
    {"^(a+)+$", "a", "b", false},
    {"(a|a)*b", "a", "", false},
    {"(.*){20}x", "a", "", false},
    {"(a*)*b", "a", "", false},
    {"^(a|aa)+$", "a", "!", false},
    {"^(\\w+\\s?)*$", "word ", "!", false},
    {"(x+x+)+y", "x", "", false},
    {"^(a|b|ab)*c$", "ab", "", false},
    {"^([a-z]+)*[0-9]$", "abc", "!", false},
    {"\\p{L}*\\p{N}", "张", "", false},
    {"^(\\p{sc=Han}+)+$", "张三", "3", false},
    {"(?:a?){30}a{30}$", "a", "", true},
    {"^(a+)+$", "a", "", true},
    {"[\\s\\S]*x$", "ab", "x", true},
};

std::size_t steps_for(const Regex& regex, const HostileRow& row, std::size_t n, bool* matched) {
  std::string text = repeat(row.unit, n) + row.suffix;
  std::size_t steps = 0;
  *matched = regex.search(text, &steps);
  // The documented bound: (code points + 1) × 2 × program size.
  EXPECT_LE(steps, (count_code_points(text) + 1) * 2 * regex.program_size()) << row.pattern;
  return steps;
}

TEST(PikeVm, StepsGrowLinearly) {
  for (const HostileRow& row : kHostile) {
    Regex regex = compile_ok(row.pattern);
    bool matched = false;
    std::size_t small = steps_for(regex, row, 2000, &matched);
    EXPECT_EQ(matched, row.want) << row.pattern;
    std::size_t large = steps_for(regex, row, 4000, &matched);
    EXPECT_EQ(matched, row.want) << row.pattern;
    ASSERT_GT(small, 0u) << row.pattern;
    double ratio = static_cast<double>(large) / static_cast<double>(small);
    EXPECT_LT(ratio, 2.5) << row.pattern << ": " << small << " -> " << large;
    EXPECT_GT(ratio, 1.5) << row.pattern << ": " << small << " -> " << large;
  }
}

TEST(PikeVm, OneMegabyteHostileInputs) {
  struct Row {
    const char* pattern;
    std::string text;
    bool want;
  };
  const Row rows[] = {
      {"^(a+)+$", repeat("a", 1000000) + "b", false},
      {"(a|a)*b", repeat("a", 1000000), false},
      {"^(\\w+\\s?)*$", repeat("word ", 200000) + "!", false},
      {"^\\p{sc=Han}+$", repeat("张", 333333), true},
      {"(.*){20}x", repeat("a", 200000), false},  // ~80 steps at every position
  };
  for (const Row& row : rows) {
    Regex regex = compile_ok(row.pattern);
    std::size_t steps = 0;
    auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(regex.search(row.text, &steps), row.want) << row.pattern;
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LE(steps, (count_code_points(row.text) + 1) * 2 * regex.program_size()) << row.pattern;
    // Generous for sanitizer builds; a backtracking engine would not finish at all.
    EXPECT_LT(ms, 5000) << row.pattern;
    std::printf("  %-22s %8zu bytes  %9zu steps  %5lld ms\n", row.pattern, row.text.size(), steps,
                static_cast<long long>(ms));
  }
}

TEST(PikeVm, AnchoredPatternsStopAtTheFirstDeadPosition) {
  Regex regex = compile_ok("^abc");
  std::size_t steps = 0;
  EXPECT_FALSE(regex.search(repeat("x", 1000000), &steps));
  EXPECT_LT(steps, 10u);
  EXPECT_TRUE(compile_ok("^abc").search("abcxxx"));
  EXPECT_FALSE(compile_ok("^abc").search("xabc"));
}

TEST(PikeVm, FirstByteSkipFindsLateMatches) {
  std::string text = repeat("x", 100000) + "张三";
  std::size_t steps = 0;
  EXPECT_TRUE(compile_ok("张三").search(text, &steps));
  EXPECT_LT(steps, 20u);  // the scan over 'x' costs no VM steps
  EXPECT_FALSE(compile_ok("张四").search(text));
  EXPECT_TRUE(compile_ok("x|^a").search("ab"));
  EXPECT_TRUE(compile_ok("\\bx").search("  x"));
  EXPECT_TRUE(compile_ok("\\Bx").search("ax"));
  EXPECT_FALSE(compile_ok("\\Bx").search(" x"));
}

TEST(PikeVm, EmptyInputAndEmptyMatches) {
  EXPECT_TRUE(compile_ok("").search(""));
  EXPECT_TRUE(compile_ok("a*").search(""));
  EXPECT_TRUE(compile_ok("$").search(""));
  EXPECT_FALSE(compile_ok("a").search(""));
  EXPECT_FALSE(compile_ok("[^]").search(""));
  std::size_t steps = 99;
  EXPECT_TRUE(compile_ok("").search("", &steps));
  EXPECT_EQ(steps, 1u);  // just the match instruction
}

TEST(PikeVm, InvalidUtf8InputIsReadAsReplacementCharacters) {
  // The contract is valid UTF-8; anything else still terminates, one byte per U+FFFD.
  EXPECT_TRUE(compile_ok("^.$").search("\xff"));
  EXPECT_TRUE(compile_ok("^\\uFFFD\\uFFFDa$").search("\xe5\xbc" "a"));
  EXPECT_FALSE(compile_ok("^.$").search("\xff\xfe"));
}

TEST(PikeVm, ConcurrentSearchesShareOneRegex) {
  const Regex regex = compile_ok("^(\\p{sc=Han}+|[a-z]+)\\d*$");
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) {
        if (!regex.search("张三123") || regex.search("张a") || !regex.search("abc")) ++failures[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

}  // namespace
}  // namespace yushen::pattern
