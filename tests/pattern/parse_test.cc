// Tests core/pattern/parse.cc: tree dumps for terms, groups, quantifiers and assertions;
// every refused pattern with its kind, offset and construct; the size and nesting caps.
#include <gtest/gtest.h>

#include <string>

#include "pattern/ast.h"

namespace yushen::pattern::detail {
namespace {

std::string parse_dump(std::string_view pattern) {
  auto parsed = parse(pattern, PatternLimits{});
  if (auto* error = std::get_if<PatternError>(&parsed)) return "error: " + error->construct;
  return dump(std::get<Ast>(parsed));
}

TEST(Parse, TreeDumps) {
  struct Row {
    const char* pattern;
    const char* want;
  };
  const Row rows[] = {
      {"", "empty"},
      {"a", "[a]"},
      {"ab", "cat{[a] [b]}"},
      {"a|b", "alt{[a]|[b]}"},
      {"a|", "alt{[a]|empty}"},
      {"|", "alt{empty|empty}"},
      {"^a$", "cat{^ [a] $}"},
      {"\\bx\\B", "cat{\\b [x] \\B}"},
      {"a*", "rep{0,inf}{[a]}"},
      {"a+", "rep{1,inf}{[a]}"},
      {"a?", "rep{0,1}{[a]}"},
      {"a*?", "rep{0,inf}{[a]}"},
      {"a{3}", "rep{3,3}{[a]}"},
      {"a{2,}", "rep{2,inf}{[a]}"},
      {"a{2,5}?", "rep{2,5}{[a]}"},
      {"a{1}", "[a]"},
      {"a{0}", "empty"},
      {"a{0}b", "[b]"},
      {"(ab)", "cat{[a] [b]}"},
      {"(?:a|b)c", "cat{alt{[a]|[b]} [c]}"},
      {"(?<name>a)", "[a]"},
      {"((a))", "[a]"},
      {"(a*)*", "rep{0,inf}{rep{0,inf}{[a]}}"},
      {"()", "empty"},
      {"()*", "empty"},
      {"(?:)+", "empty"},
      {"(?:^)*", "empty"},
      {"(?:^)+", "^"},
      {"(?:^|$){5}", "alt{^|$}"},
      {"张三", "cat{[\\u{5F20}] [\\u{4E09}]}"},
      {"🙂", "[\\u{1F642}]"},
  };
  for (const Row& row : rows) EXPECT_EQ(parse_dump(row.pattern), row.want) << row.pattern;
}

struct ErrorRow {
  std::string pattern;
  PatternErrorKind kind;
  std::size_t offset;
  std::string construct;
};

void expect_errors(const std::vector<ErrorRow>& rows, const PatternLimits& limits = {}) {
  for (const ErrorRow& row : rows) {
    auto compiled = compile(row.pattern, limits);
    auto* error = std::get_if<PatternError>(&compiled);
    if (!error) {
      ADD_FAILURE() << row.pattern << " compiled";
      continue;
    }
    EXPECT_EQ(error->kind, row.kind) << row.pattern;
    EXPECT_EQ(error->offset, row.offset) << row.pattern;
    EXPECT_EQ(error->construct, row.construct) << row.pattern;
  }
}

constexpr auto kSyntax = PatternErrorKind::syntax;
constexpr auto kUnsupported = PatternErrorKind::unsupported;
constexpr auto kTooLarge = PatternErrorKind::too_large;

TEST(Parse, Unsupported) {
  expect_errors({
      {"(?=a)", kUnsupported, 0, "lookahead (?="},
      {"a(?!b)", kUnsupported, 1, "negative lookahead (?!"},
      {"(?<=a)b", kUnsupported, 0, "lookbehind (?<="},
      {"x(?<!a)b", kUnsupported, 1, "negative lookbehind (?<!"},
      {"(a)\\1", kUnsupported, 3, "backreference \\1"},
      {"\\1(a)", kUnsupported, 0, "backreference \\1"},
      {"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", kUnsupported, 30, "backreference \\10"},
      {"(?<x>a)\\k<x>", kUnsupported, 7, "backreference \\k<x>"},
      {"\\k<x>(?<x>a)", kUnsupported, 0, "backreference \\k<x>"},
      {"(?i)a", kUnsupported, 0, "modifiers (?i"},
      {"(?i:a)", kUnsupported, 0, "modifiers (?i"},
      {"(?-i:a)", kUnsupported, 0, "modifiers (?-"},
      {"\\p{Emoji}", kUnsupported, 0, "property \\p{Emoji}"},
      {"[\\P{Extended_Pictographic}]", kUnsupported, 1, "property \\P{Extended_Pictographic}"},
  });
}

TEST(Parse, SyntaxErrors) {
  expect_errors({
      {"(a", kSyntax, 0, "unterminated group"},
      {"((a)", kSyntax, 0, "unterminated group"},
      {"(?:a", kSyntax, 0, "unterminated group"},
      {"a)", kSyntax, 1, "unmatched )"},
      {")", kSyntax, 0, "unmatched )"},
      {"*a", kSyntax, 0, "nothing to repeat *"},
      {"a**", kSyntax, 2, "nothing to repeat *"},
      {"a*??", kSyntax, 3, "nothing to repeat ?"},
      {"^*", kSyntax, 1, "nothing to repeat *"},
      {"\\b+", kSyntax, 2, "nothing to repeat +"},
      {"a|*", kSyntax, 2, "nothing to repeat *"},
      {"(+)", kSyntax, 1, "nothing to repeat +"},
      {"{1}", kSyntax, 0, "nothing to repeat {1}"},
      {"a{", kSyntax, 1, "incomplete quantifier {"},
      {"a{1", kSyntax, 1, "incomplete quantifier {"},
      {"a{1,", kSyntax, 1, "incomplete quantifier {"},
      {"a{,5}", kSyntax, 1, "incomplete quantifier {"},
      {"a{x}", kSyntax, 1, "incomplete quantifier {"},
      {"a{2,1}", kSyntax, 1, "numbers out of order in quantifier {2,1}"},
      {"{", kSyntax, 0, "lone quantifier bracket {"},
      {"}", kSyntax, 0, "lone quantifier bracket }"},
      {"a}", kSyntax, 1, "lone quantifier bracket }"},
      {"]", kSyntax, 0, "lone ]"},
      {"(?", kSyntax, 0, "invalid group (?"},
      {"(?x)", kSyntax, 0, "invalid group (?"},
      {"(?<a>x)(?<a>y)", kSyntax, 7, "duplicate group name <a>"},
      {"(?<1a>x)", kSyntax, 0, "invalid group name"},
      {"(?<>x)", kSyntax, 0, "invalid group name"},
      {"(?<a-b>x)", kSyntax, 0, "invalid group name"},
      {"(?<a", kSyntax, 0, "invalid group name"},
      {"\\1", kSyntax, 0, "backreference to missing group \\1"},
      {"(a)\\2", kSyntax, 3, "backreference to missing group \\2"},
      {"\\k<x>", kSyntax, 0, "backreference to missing group \\k<x>"},
      {"\\k", kSyntax, 0, "invalid escape \\k"},
      {"\\", kSyntax, 0, "\\ at end of pattern"},
      {std::string("\xff"), kSyntax, 0, "invalid UTF-8"},
      {std::string("ab\xe5\xbc"), kSyntax, 2, "invalid UTF-8"},
  });
}

TEST(Parse, Limits) {
  expect_errors({
      {"(a{1000}){1000}", kTooLarge, 9, "quantifier {1000}"},
      {"((a{100}){100}){100}", kTooLarge, 15, "quantifier {100}"},  // 10000 fits; 10^6 does not
      {"a{100000}", kTooLarge, 1, "quantifier {100000}"},
      {"a{10001}", kTooLarge, 1, "quantifier {10001}"},
      {"a{2,100000}", kTooLarge, 1, "quantifier {2,100000}"},
      {"a{100000,}", kTooLarge, 1, "quantifier {100000,}"},
      {"a{99999999999999999999}", kTooLarge, 1, "quantifier {99999999999999999999}"},
      {"(?:a|b){5000}", kTooLarge, 7, "quantifier {5000}"},
      {"a{5000}b{5001}", kTooLarge, 0, "program larger than 10000 instructions"},
      {std::string(129, '(') + "a" + std::string(129, ')'), kTooLarge, 128, "groups nested deeper than 128"},
      {std::string(100000, '('), kTooLarge, 4096, "pattern longer than 4096 bytes"},
      {std::string(4097, 'a'), kTooLarge, 4096, "pattern longer than 4096 bytes"},
  });
  EXPECT_TRUE(std::holds_alternative<Regex>(compile(std::string(128, '(') + "a" + std::string(128, ')'))));
  EXPECT_TRUE(std::holds_alternative<Regex>(compile(std::string(4096, 'a'))));
  EXPECT_TRUE(std::holds_alternative<Regex>(compile("a{9999}")));  // 9999 + match = 10000
  EXPECT_TRUE(std::holds_alternative<Regex>(compile("a{0,4999}")));
  // Custom limits.
  PatternLimits small{16, 5};
  expect_errors({{"a{5}", kTooLarge, 0, "program larger than 5 instructions"},
                 {"a{6}", kTooLarge, 1, "quantifier {6}"},
                 {"abcdefghijklmnopq", kTooLarge, 16, "pattern longer than 16 bytes"}},
                small);
  EXPECT_TRUE(std::holds_alternative<Regex>(compile("a{4}", small)));
}

}  // namespace
}  // namespace yushen::pattern::detail
