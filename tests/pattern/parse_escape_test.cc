// Tests core/pattern/parse_escape.cc: the range set each escape and class produces, \s and
// . against ECMA-262's definitions, \p{…} against unicode::lookup_property, surrogate pairs,
// and sharing of large sets.
#include <gtest/gtest.h>

#include <string>

#include "pattern/ast.h"

namespace yushen::pattern::detail {
namespace {

using unicode::RangeSet;

Ast parse_ok(std::string_view pattern) {
  auto parsed = parse(pattern, PatternLimits{});
  if (auto* error = std::get_if<PatternError>(&parsed)) {
    ADD_FAILURE() << pattern << ": " << error->construct;
    return {};
  }
  return std::get<Ast>(std::move(parsed));
}

// The one class of a single-atom pattern.
RangeSet class_of(std::string_view pattern) {
  Ast ast = parse_ok(pattern);
  if (ast.nodes.empty() || ast.nodes[ast.root].kind != NodeKind::kClass) {
    ADD_FAILURE() << pattern << " is not one class";
    return {};
  }
  return ast.classes[ast.nodes[ast.root].class_id];
}

RangeSet property(std::string_view name, std::string_view value = {}) {
  return unicode::lookup_property(name, value).ranges;
}

TEST(ParseEscape, ClassDumps) {
  struct Row {
    const char* pattern;
    const char* want;
  };
  const Row rows[] = {
      {"[abc]", "[a-c]"},
      {"[cba]", "[a-c]"},
      {"[a-cx]", "[a-cx]"},
      {"[^a]", "[\\u{0}-`b-\\u{10FFFF}]"},
      {"[]", "[]"},
      {"[^]", "[\\u{0}-\\u{10FFFF}]"},
      {"[a-]", "[\\u{2D}a]"},
      {"[-a]", "[\\u{2D}a]"},
      {"[\\-]", "[\\u{2D}]"},
      {"[a-c-e]", "[\\u{2D}a-ce]"},
      {"[\\b]", "[\\u{8}]"},
      {"[\\]\\\\]", "[\\u{5C}-\\u{5D}]"},
      {"[\\d]", "[0-9]"},
      {"[\\da-f]", "[0-9a-f]"},
      {"\\d", "[0-9]"},
      {"\\D", "[\\u{0}-/:-\\u{10FFFF}]"},
      {"\\w", "[0-9A-Z_a-z]"},
      {"\\W", "[\\u{0}-/:-@\\u{5B}-\\u{5E}`{-\\u{10FFFF}]"},
      {".", "[\\u{0}-\\u{9}\\u{B}-\\u{C}\\u{E}-\\u{2027}\\u{202A}-\\u{10FFFF}]"},
      {"[\\u4e00-\\u9fa5]", "[\\u{4E00}-\\u{9FA5}]"},
      {"[张三]", "[\\u{4E09}\\u{5F20}]"},
      {"[😀-🙏]", "[\\u{1F600}-\\u{1F64F}]"},
      {"\\u{1F642}", "[\\u{1F642}]"},
      {"\\uD83D\\uDE42", "[\\u{1F642}]"},
      {"[\\uD83D\\uDE00-\\uD83D\\uDE4F]", "[\\u{1F600}-\\u{1F64F}]"},
      {"\\uD83D", "[\\u{D83D}]"},
      {"\\uDE42", "[\\u{DE42}]"},
      {"\\u{0}", "[\\u{0}]"},
      {"\\u{10FFFF}", "[\\u{10FFFF}]"},
      {"\\u0041", "[A]"},
      {"\\x7e", "[~]"},
      {"\\0", "[\\u{0}]"},
      {"\\cA", "[\\u{1}]"},
      {"\\cz", "[\\u{1A}]"},
      {"[\\cJ]", "[\\u{A}]"},
      {"\\t", "[\\u{9}]"},
      {"\\n", "[\\u{A}]"},
      {"\\v", "[\\u{B}]"},
      {"\\f", "[\\u{C}]"},
      {"\\r", "[\\u{D}]"},
      {"\\/", "[/]"},
      {"\\|", "[|]"},
      {"[\\/]", "[/]"},
  };
  for (const Row& row : rows) {
    Ast ast = parse_ok(row.pattern);
    if (!ast.nodes.empty()) {
      EXPECT_EQ(dump(ast), row.want) << row.pattern;
    }
  }
}

TEST(ParseEscape, SurrogatePairNeedsBothHalves) {
  EXPECT_EQ(dump(parse_ok("\\uD83D\\u0041")), "cat{[\\u{D83D}] [A]}");
  EXPECT_EQ(dump(parse_ok("\\uDE42\\uD83D")), "cat{[\\u{DE42}] [\\u{D83D}]}");
  EXPECT_EQ(dump(parse_ok("\\u{D83D}\\u{DE42}")), "cat{[\\u{D83D}] [\\u{DE42}]}");  // braces never pair
}

TEST(ParseEscape, SpaceIsWhiteSpacePlusLineTerminator) {
  // ECMA-262 §12.2 WhiteSpace: TAB VT FF ZWNBSP + every Zs; §12.3: LF CR LS PS.
  RangeSet want = property("Zs");
  want.insert(want.end(), {{0x09, 0x0D}, {0xFEFF, 0xFEFF}, {0x2028, 0x2029}});
  unicode::normalize(want);
  EXPECT_EQ(class_of("\\s"), want);
  EXPECT_EQ(class_of("\\S"), unicode::complement(want));
  EXPECT_EQ(class_of("[\\s]"), want);
}

TEST(ParseEscape, PropertiesMatchTheUnicodeLookup) {
  EXPECT_EQ(class_of("\\p{L}"), property("L"));
  EXPECT_EQ(class_of("\\p{Letter}"), property("L"));
  EXPECT_EQ(class_of("\\p{gc=Lu}"), property("Lu"));
  EXPECT_EQ(class_of("\\p{General_Category=Lu}"), property("Lu"));
  EXPECT_EQ(class_of("\\p{Script=Han}"), property("Script", "Han"));
  EXPECT_EQ(class_of("\\p{sc=Hani}"), property("Script", "Han"));
  EXPECT_EQ(class_of("\\p{scx=Han}"), property("Script_Extensions", "Han"));
  EXPECT_EQ(class_of("\\P{L}"), unicode::complement(property("L")));
  EXPECT_EQ(class_of("[\\p{L}]"), property("L"));
  EXPECT_EQ(class_of("[^\\P{L}]"), property("L"));
  EXPECT_EQ(class_of("[^\\p{Any}]"), RangeSet{});
  RangeSet han_digits = property("Script", "Han");
  han_digits.push_back({'0', '9'});
  unicode::normalize(han_digits);
  EXPECT_EQ(class_of("[\\p{sc=Han}\\d]"), han_digits);
}

TEST(ParseEscape, LargeSetsAreShared) {
  EXPECT_EQ(parse_ok("\\p{L}\\p{L}[\\p{L}]").classes.size(), 1u);
  EXPECT_EQ(parse_ok("\\p{L}\\p{Lu}").classes.size(), 2u);
  EXPECT_EQ(parse_ok("aa").classes.size(), 2u);  // small sets are not worth the search
}

TEST(ParseEscape, AllSyntaxCharactersHaveIdentityEscapes) {
  for (char c : std::string_view("^$\\.*+?()[]{}|/")) {
    std::string pattern = std::string("\\") + c;
    EXPECT_EQ(class_of(pattern), (RangeSet{{static_cast<char32_t>(c), static_cast<char32_t>(c)}})) << pattern;
  }
}

TEST(ParseEscape, Errors) {
  struct Row {
    const char* pattern;
    PatternErrorKind kind;
    std::size_t offset;
    const char* construct;
  };
  constexpr auto kSyntax = PatternErrorKind::syntax;
  const Row rows[] = {
      {"[a", kSyntax, 0, "unterminated character class"},
      {"[a-", kSyntax, 0, "unterminated character class"},
      {"x[\\]", kSyntax, 1, "unterminated character class"},
      {"[z-a]", kSyntax, 1, "range out of order in character class z-a"},
      {"[\\u9fa5-\\u4e00]", kSyntax, 1, "range out of order in character class \\u9fa5-\\u4e00"},
      {"[\\d-z]", kSyntax, 1, "character class escape in range \\d-z"},
      {"[a-\\w]", kSyntax, 1, "character class escape in range a-\\w"},
      {"[\\p{L}-z]", kSyntax, 1, "character class escape in range \\p{L}-z"},
      {"\\q", kSyntax, 0, "invalid escape \\q"},
      {"\\-", kSyntax, 0, "invalid escape \\-"},
      {"\\a", kSyntax, 0, "invalid escape \\a"},
      {"\\张", kSyntax, 0, "invalid escape \\张"},
      {"\\c1", kSyntax, 0, "invalid escape \\c"},
      {"\\c", kSyntax, 0, "invalid escape \\c"},
      {"\\x4", kSyntax, 0, "invalid escape \\x"},
      {"\\xg0", kSyntax, 0, "invalid escape \\x"},
      {"\\u12", kSyntax, 0, "invalid escape \\u"},
      {"\\u{110000}", kSyntax, 0, "code point out of range \\u{110000}"},
      {"\\u{FFFFFFFFFFFF}", kSyntax, 0, "code point out of range \\u{FFFFFFFFFFFF}"},
      {"\\u{}", kSyntax, 0, "invalid escape \\u{"},
      {"\\u{12", kSyntax, 0, "invalid escape \\u{"},
      {"\\00", kSyntax, 0, "invalid octal escape \\00"},
      {"\\01", kSyntax, 0, "invalid octal escape \\01"},
      {"[\\B]", kSyntax, 1, "invalid escape in character class \\B"},
      {"[\\1]", kSyntax, 1, "invalid escape in character class \\1"},
      {"[\\k<a>](?<a>)", kSyntax, 1, "invalid escape in character class \\k"},
      {"[\\q]", kSyntax, 1, "invalid escape \\q"},
      {"[\\", kSyntax, 1, "\\ at end of pattern"},
      {"\\p", kSyntax, 0, "invalid property escape \\p"},
      {"\\pL", kSyntax, 0, "invalid property escape \\p"},
      {"\\p{L", kSyntax, 0, "invalid property escape \\p"},
      {"\\p{}", kSyntax, 0, "invalid property \\p{}"},
      {"\\p{Foo}", kSyntax, 0, "invalid property \\p{Foo}"},
      {"\\p{Han}", kSyntax, 0, "invalid property \\p{Han}"},
      {"\\p{lu}", kSyntax, 0, "invalid property \\p{lu}"},
      {"\\p{Script=}", kSyntax, 0, "invalid property \\p{Script=}"},
      {"\\p{Script=Klingon}", kSyntax, 0, "invalid property \\p{Script=Klingon}"},
      {"\\p{Foo=Lu}", kSyntax, 0, "invalid property \\p{Foo=Lu}"},
      {"\\p{ L}", kSyntax, 0, "invalid property \\p{ L}"},
      {"\\P{sc=Han=x}", kSyntax, 0, "invalid property \\P{sc=Han=x}"},
      {"\\p{Emoji}", PatternErrorKind::unsupported, 0, "property \\p{Emoji}"},
      {"(?<a\\u0020>x)", kSyntax, 0, "invalid group name"},
      {"(?<a\\x41>x)", kSyntax, 0, "invalid group name"},
  };
  for (const Row& row : rows) {
    auto parsed = parse(row.pattern, PatternLimits{});
    auto* error = std::get_if<PatternError>(&parsed);
    if (!error) {
      ADD_FAILURE() << row.pattern << " parsed";
      continue;
    }
    EXPECT_EQ(error->kind, row.kind) << row.pattern;
    EXPECT_EQ(error->offset, row.offset) << row.pattern;
    EXPECT_EQ(error->construct, row.construct) << row.pattern;
  }
}

TEST(ParseEscape, GroupNames) {
  for (const char* ok : {"(?<a>x)", "(?<$>x)", "(?<_1>x)", "(?<名字>x)", "(?<\\u0061b>x)", "(?<\\u{1D49C}>x)",
                         "(?<a\\u200C>x)"}) {
    EXPECT_TRUE(std::holds_alternative<Ast>(parse(ok, PatternLimits{}))) << ok;
  }
}

}  // namespace
}  // namespace yushen::pattern::detail
