// Tests core/pattern/pattern.cc end to end: compile() + Regex::search() on {pattern, input,
// expected} rows for every supported construct (Chinese text and astral characters
// included), and the differential fixture tests/pattern/vectors.json, whose expected values
// come from Node 20's `new RegExp(p, "u").test(s)` (scripts/gen_pattern_vectors.mjs).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "pattern/pattern.h"

namespace yushen::pattern {
namespace {

struct Row {
  const char* pattern;
  std::string input;
  bool want;
};

using namespace std::string_literals;

const Row kRows[] = {
    // Literals and the empty pattern.
    {"", "", true},
    {"", "abc", true},
    {"abc", "xabcx", true},
    {"abc", "ab", false},
    {"abc", "ABC", false},
    {"张三", "我是张三。", true},
    {"张三", "张 三", false},
    {"🙂", "hi 🙂", true},
    {"/", "a/b", true},
    // Dot: any code point but \n \r \u2028 \u2029.
    {"a.c", "abc", true},
    {"a.c", "a\nc", false},
    {"a.c", "a\rc", false},
    {"a.c", "a\u2028c", false},
    {"a.c", "a\u2029c", false},
    {"a.c", "a\u0085c", true},
    {"^.$", "🙂", true},  // one code point, not two UTF-16 units
    {"^..$", "🙂", false},
    {"^.$", "张", true},
    {"^.$", "\t", true},
    // Anchors (no multiline flag).
    {"^abc$", "abc", true},
    {"^abc$", "abcd", false},
    {"^abc", "xabc", false},
    {"abc$", "abcx", false},
    {"^$", "", true},
    {"^$", "a", false},
    {"^$", "\n", false},
    {"a^b", "ab", false},
    {"a$b", "ab", false},
    {"^", "xyz", true},
    {"$", "xyz", true},
    {"^^a$$", "a", true},
    // Alternation and groups.
    {"^(cat|dog)$", "dog", true},
    {"^(cat|dog)$", "cow", false},
    {"^(?:cat|dog)s?$", "cats", true},
    {"a|", "zzz", true},
    {"|", "", true},
    {"^(a|ab)(c|bcd)(d*)$", "abcd", true},
    {"^(?<year>\\d{4})-(?<month>\\d{2})$", "2024-05", true},
    {"^(?<year>\\d{4})-(?<month>\\d{2})$", "2024-5", false},
    {"^(?<$名字_1>a)$", "a", true},
    {"()", "", true},
    {"(|)", "x", true},
    {"^((((a))))$", "a", true},
    {"x|^a", "ba", false},
    {"x|^a", "ab", true},
    // Quantifiers, greedy and lazy, and their edges.
    {"^a*$", "", true},
    {"^a*$", "aaaa", true},
    {"^a+$", "", false},
    {"^a+$", "aaa", true},
    {"^a?$", "a", true},
    {"^a?$", "aa", false},
    {"^a{3}$", "aaa", true},
    {"^a{3}$", "aaaa", false},
    {"^a{3}$", "aa", false},
    {"^a{2,}$", "a", false},
    {"^a{2,}$", "aaaaa", true},
    {"^a{2,3}$", "aaa", true},
    {"^a{2,3}$", "aaaa", false},
    {"^a{0}$", "", true},
    {"^a{0}b$", "b", true},
    {"^a{0,0}b$", "ab", false},
    {"^a{1}$", "a", true},
    {"^a{1,1}?$", "a", true},
    {"^a*?$", "aaa", true},
    {"^a+?$", "aaa", true},
    {"^a??$", "a", true},
    {"^a{2,3}?$", "aaa", true},
    {"^a{2,}?b$", "aaab", true},
    {"^(ab){2}$", "abab", true},
    {"^(ab){2}$", "ab", false},
    {"^(?:a|bc){2,3}$", "abca", true},
    {"^(?:a|bc){2,3}$", "bcbcbcbc", false},
    {"^[0-9]{0,3}$", "1234", false},
    // Empty loops terminate.
    {"^(a*)*$", "aaa", true},
    {"^(a*)*$", "b", false},
    {"^(a*)+$", "", true},
    {"^(|a)+$", "aaa", true},
    {"^(|a)+$", "b", false},
    {"(?:)*", "x", true},
    {"^(?:)+$", "", true},
    {"^(a?)*b$", "aab", true},
    {"^(?:a*|b)*c$", "abbac", true},
    {"^(?:(?:a*)*)*$", "aaaa", true},
    {"(?:){1000000}", "", true},  // zero-width repeats collapse
    {"^(?:^){100000}a", "a", true},
    {"^(?:\\b)+a", "a", true},
    // Classes.
    {"^[abc]+$", "cab", true},
    {"^[abc]+$", "cad", false},
    {"^[a-z]+$", "Ab", false},
    {"^[^a-z]+$", "ABC", true},
    {"^[^a-z]+$", "AbC", false},
    {"[^]", "x", true},
    {"[^]", "", false},
    {"[^]", "\n", true},
    {"[]", "a", false},
    {"^[]*$", "", true},
    {"^[a-]$", "-", true},
    {"^[-a]$", "-", true},
    {"^[\\-]$", "-", true},
    {"^[a-z-0]+$", "a-0", true},
    {"^[--0]+$", "-./0", true},
    {"^[\\d]+$", "123", true},
    {"^[\\D]+$", "abc", true},
    {"^[\\w.]+$", "a.b_c9", true},
    {"^[\\W]$", "张", true},
    {"^[\\s]$", "\u3000", true},
    {"^[\\S]$", " ", false},
    {"^[\\b]$", "\b", true},
    {"^[\\]]$", "]", true},
    {"^[\\^]$", "^", true},
    {"^[^^]$", "^", false},
    {"^[$.*+?(){}|]+$", "$.*+?(){}|", true},
    {"^[\\u4e00-\\u9fa5]{2,20}$", "张三", true},
    {"^[\\u4e00-\\u9fa5]{2,20}$", "张", false},
    {"^[\\u4e00-\\u9fa5]{2,20}$", "张三abc", false},
    {"^[\\u4e00-\\u9fa5]{2,20}$", "𠀀𠀀", false},  // Extension B is outside the BMP range
    {"^[\\u{1F600}-\\u{1F64F}]$", "🙂", true},
    {"^[😀-🙏]$", "🙂", true},
    {"^[^😀]$", "🙂", true},
    {"^[\\uD83D\\uDE00-\\uD83D\\uDE4F]$", "🙂", true},
    {"^[\\x41-\\x43]+$", "ABC", true},
    {"^[\\cA-\\cZ]$", "\x05", true},
    {"^[\\0]$", "\0"s, true},
    // Character class escapes.
    {"\\d", "a1", true},
    {"\\d", "١", false},  // \d is ASCII
    {"^\\D+$", "abc", true},
    {"\\w", "_", true},
    {"\\w", "é", false},
    {"^\\W$", "张", true},
    {"\\s", "\u00a0", true},
    {"\\s", "\ufeff", true},
    {"\\s", "\u1680", true},
    {"\\s", "\u2000", true},
    {"\\s", "\u200a", true},
    {"\\s", "\u200b", false},
    {"\\s", "\u202f", true},
    {"\\s", "\u205f", true},
    {"\\s", "\u3000", true},
    {"\\s", "\u2028", true},
    {"\\s", "\u0085", false},
    {"\\s", "\v", true},
    {"^\\S+$", "a b", false},
    {"^\\S+$", "张三", true},
    // Character escapes.
    {"\\t", "\t", true},
    {"\\n", "\n", true},
    {"\\r", "\r", true},
    {"\\v", "\v", true},
    {"\\f", "\f", true},
    {"^\\0$", "\0"s, true},
    {"^a\\0b$", "a\0b"s, true},
    {"\\x41", "A", true},
    {"\\x4a", "J", true},
    {"\\u0041", "A", true},
    {"\\u5F20", "张", true},
    {"\\u{41}", "A", true},
    {"\\u{0000000041}", "A", true},
    {"\\u{1F642}", "🙂", true},
    {"^\\uD83D\\uDE42$", "🙂", true},
    {"^\\u{20000}$", "𠀀", true},
    {"\\uD83D", "🙂", false},  // a lone surrogate never matches UTF-8 text
    {"\\cJ", "\n", true},
    {"\\cj", "\n", true},
    {"\\.", ".", true},
    {"\\.", "a", false},
    {"\\/", "/", true},
    {"^\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|$", "^$\\.*+?()[]{}|", true},
    // Word boundaries (ASCII \w).
    {"\\bcat\\b", "a cat!", true},
    {"\\bcat\\b", "concat", false},
    {"\\Bcat", "concat", true},
    {"\\b", "", false},
    {"\\B", "", true},
    {"^\\b", "张", false},
    {"\\b张", "a张", true},
    {"a\\b$", "a", true},
    {"\\b\\B", "ab", false},
    // Unicode properties.
    {"^\\p{Script=Han}+$", "张三", true},
    {"^\\p{Script=Han}+$", "张3", false},
    {"^\\p{sc=Han}$", "𠀀", true},
    {"^\\p{sc=Hani}+$", "中文", true},
    {"^\\p{scx=Hira}+$", "ひらがなー", true},
    {"^\\p{sc=Hira}+$", "ひらがなー", false},  // ー is Common
    {"^\\p{Script_Extensions=Han}+$", "汉字、", true},
    {"^\\p{Lu}", "Abc", true},
    {"^\\p{Lu}", "abc", false},
    {"^\\P{L}+$", "123", true},
    {"^\\P{L}+$", "12a", false},
    {"^\\p{L}+$", "héllo", true},
    {"^\\p{Letter}+$", "张三", true},
    {"^[\\p{sc=Han}\\p{Nd}]+$", "张3", true},
    {"^[^\\p{sc=Han}]+$", "abc", true},
    {"^[^\\p{sc=Han}]+$", "ab张", false},
    {"^[\\P{L}]+$", "12", true},
    {"^\\p{Any}$", "🙂", true},
    {"^\\p{ASCII}+$", "abc", true},
    {"^\\p{ASCII}+$", "abç", false},
    {"\\p{White_Space}", "\u3000", true},
    {"\\p{space}", "\u3000", true},
    {"^\\p{Alphabetic}+$", "张abc", true},
    {"^\\p{Alpha}+$", "张 abc", false},
    {"^\\p{Uppercase}$", "A", true},
    {"^\\p{Lowercase}$", "a", true},
    {"^\\p{AHex}+$", "deadBEEF", true},
    {"^\\p{ASCII_Hex_Digit}+$", "defg", false},
    {"^\\p{Ideographic}+$", "张三", true},
    {"^\\p{Ideo}+$", "ひ", false},
    {"^\\p{gc=Nd}+$", "١٢٣", true},
    {"^\\p{General_Category=Letter}+$", "abc", true},
    {"^\\p{General_Category=Decimal_Number}+$", "0", true},
    {"^\\p{So}$", "🙂", true},
    {"^\\p{S}$", "🙂", true},
    {"^\\p{Script=Latin}+$", "abc", true},
    {"^\\p{Script=Greek}+$", "αβγ", true},
    {"^\\p{sc=Grek}+$", "abc", false},
    {"^\\p{Script=Cyrillic}+$", "абв", true},
    {"^\\p{sc=Cyrl}+$", "Москва", true},
    {"^\\p{Script=Arabic}+$", "عربي", true},
    {"^\\p{sc=Arab}+$", "abc", false},
    {"^\\p{Script=Hangul}+$", "한국어", true},
    {"^\\p{sc=Hang}+$", "한국어", true},
    {"^\\p{Script=Katakana}+$", "カタカナ", true},
    {"^\\p{sc=Kana}+$", "カタカナ", true},
    {"^\\p{Script=Hiragana}+$", "ひらがな", true},
    {"^\\p{Script=Bopomofo}+$", "ㄅㄆㄇ", true},
    {"^\\p{sc=Bopo}+$", "ㄅㄆㄇ", true},
    {"^\\p{Script=Tibetan}+$", "བོད", true},
    {"^\\p{sc=Tibt}+$", "བོད", true},
    {"^\\p{Script=Mongolian}+$", "ᠮᠣᠩᠭᠣᠯ", true},
    {"^\\p{sc=Mong}+$", "ᠮᠣᠩᠭᠣᠯ", true},
    {"^\\p{Script=Yi}+$", "ꆈꌠ", true},
    {"^\\p{sc=Yiii}+$", "ꆈꌠ", true},
    {"^\\p{Script=Common}+$", "123。", true},
    {"^\\p{sc=Zyyy}+$", "🙂", true},
    {"^a\\p{Script=Inherited}$", "a\u0300", true},
    {"^a\\p{sc=Zinh}$", "a\u0300", true},
    // Form fields from real templates.
    {"^[\\u4e00-\\u9fa5]{2,4}(·[\\u4e00-\\u9fa5]{2,4})?$", "买买提·艾力", true},
    {"^[\\u4e00-\\u9fa5]{2,4}(·[\\u4e00-\\u9fa5]{2,4})?$", "买买提·", false},
    {"^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]$", "11010519491231002X", true},
    {"^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]$", "11010519491331002X", false},
    {"^1[3-9]\\d{9}$", "13800138000", true},
    {"^1[3-9]\\d{9}$", "12800138000", false},
    {"^\\d{6}$", "100080", true},
    {"^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$", "91350100M000100Y43", true},
    {"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "zhang.san@例子.中国", true},
    {"^\\p{sc=Han}{2,10}(?:省|市|自治区)$", "广西壮族自治区", true},
    // The first-byte skip never stops inside a character (it once decoded U+FFFD there).
    {"[\\x7f-\\u0800\\uFFFD]", "三", false},
    {"[\\x7f-\\u0800\\uFFFD]", "三\u07FF", true},
};

TEST(Pattern, Rows) {
  for (const Row& row : kRows) {
    auto compiled = compile(row.pattern);
    if (auto* error = std::get_if<PatternError>(&compiled)) {
      ADD_FAILURE() << row.pattern << ": " << error->construct << " at " << error->offset;
      continue;
    }
    EXPECT_EQ(std::get<Regex>(compiled).search(row.input), row.want) << row.pattern << " on \"" << row.input << "\"";
    // The same row on the Pike VM alone, whichever engine compile() chose above.
    PatternLimits pike_vm_only;
    pike_vm_only.max_dfa_states = 0;
    EXPECT_EQ(std::get<Regex>(compile(row.pattern, pike_vm_only)).search(row.input), row.want) << row.pattern;
  }
}

TEST(Pattern, CopiesShareTheProgramAndSearchIsConst) {
  const Regex a = std::get<Regex>(compile("^\\p{sc=Han}+$"));
  const Regex b = a;  // NOLINT(performance-unnecessary-copy-initialization)
  EXPECT_TRUE(b.search("张三"));
  EXPECT_FALSE(a.search("张3"));
  EXPECT_EQ(a.program_size(), b.program_size());
}

TEST(Pattern, ErrorKindNames) {
  EXPECT_EQ(error_kind_name(PatternErrorKind::syntax), "syntax");
  EXPECT_EQ(error_kind_name(PatternErrorKind::unsupported), "unsupported");
  EXPECT_EQ(error_kind_name(PatternErrorKind::too_large), "too_large");
}

// The differential fixture: every row must agree with V8.
TEST(Pattern, AgreesWithNodeVectors) {
  std::ifstream file(YUSHEN_SOURCE_DIR "/tests/pattern/vectors.json");
  ASSERT_TRUE(file) << "tests/pattern/vectors.json is missing; run scripts/gen_pattern_vectors.mjs";
  std::stringstream text;
  text << file.rdbuf();
  nlohmann::json doc = nlohmann::json::parse(text.str(), nullptr, false);
  ASSERT_FALSE(doc.is_discarded());
  std::size_t checked = 0;
  for (const nlohmann::json& group : doc.at("cases")) {
    const std::string pattern = group.at("pattern").get<std::string>();
    auto compiled = compile(pattern);
    if (auto* error = std::get_if<PatternError>(&compiled)) {
      ADD_FAILURE() << pattern << ": " << error->construct << " at " << error->offset;
      continue;
    }
    const Regex& regex = std::get<Regex>(compiled);
    for (const nlohmann::json& test : group.at("tests")) {
      const std::string input = test.at(0).get<std::string>();
      EXPECT_EQ(regex.search(input), test.at(1).get<bool>()) << "/" << pattern << "/u on \"" << input << "\"";
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000u);
  // Patterns V8 rejects with a SyntaxError must be rejected here too.
  for (const nlohmann::json& invalid : doc.at("invalid")) {
    const std::string pattern = invalid.get<std::string>();
    EXPECT_TRUE(std::holds_alternative<PatternError>(compile(pattern))) << "/" << pattern << "/u compiled";
  }
  EXPECT_GE(doc.at("invalid").size(), 50u);
}

}  // namespace
}  // namespace yushen::pattern
