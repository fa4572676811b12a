// Tests core/unicode/unicode.cc and the generated core/unicode/unicode_tables.cc:
// \p{…} name resolution, category/script membership of sample code points, derived
// properties, and the status of unknown or untabled names.
#include <gtest/gtest.h>

#include <string>

#include "unicode/unicode.h"

namespace yushen::unicode {
namespace {

struct MemberRow {
  const char* name;
  const char* value;
  char32_t cp;
  bool want;
};

const MemberRow kMemberRows[] = {
    // General_Category, lone and named, long and short.
    {"Lu", "", 'A', true},
    {"Lu", "", 'a', false},
    {"Uppercase_Letter", "", 0x0391, true},
    {"Ll", "", 0x03B1, true},
    {"L", "", 0x4E00, true},
    {"Letter", "", 0x20000, true},
    {"L", "", '1', false},
    {"Lo", "", 0x5F20, true},  // 张
    {"Lt", "", 0x01C5, true},
    {"Lm", "", 0x02B0, true},
    {"LC", "", 'z', true},
    {"Cased_Letter", "", 0x5F20, false},
    {"M", "", 0x0300, true},
    {"Combining_Mark", "", 0x0301, true},
    {"Mn", "", 0x0300, true},
    {"N", "", '7', true},
    {"Nd", "", 0x0663, true},  // Arabic-Indic three
    {"digit", "", 0xFF11, true},
    {"Nl", "", 0x2160, true},
    {"No", "", 0x00B2, true},
    {"P", "", 0x3002, true},  // 。
    {"punct", "", '!', true},
    {"Po", "", 0xFF0C, true},  // ,
    {"Ps", "", 0x300A, true},  // 《
    {"S", "", 0x1F642, true},  // 🙂
    {"So", "", 0x1F642, true},
    {"Sc", "", 0x00A5, true},  // ¥
    {"Sm", "", '+', true},
    {"Z", "", 0x3000, true},
    {"Zs", "", 0x00A0, true},
    {"Zl", "", 0x2028, true},
    {"Zp", "", 0x2029, true},
    {"C", "", 0x0378, true},  // unassigned
    {"Cn", "", 0x0378, true},
    {"Cc", "", '\n', true},
    {"cntrl", "", 0x7F, true},
    {"Cf", "", 0xFEFF, true},
    {"Co", "", 0xE000, true},
    {"Cs", "", 0xD800, true},
    {"General_Category", "Lu", 'Q', true},
    {"gc", "Nd", '5', true},
    {"gc", "Letter", 0x3042, true},
    // Script, long and short names, all the scripts the brief names.
    {"Script", "Han", 0x5F20, true},
    {"Script", "Han", 0x20000, true},  // 𠀀 CJK Extension B
    {"sc", "Hani", 0x4E00, true},
    {"Script", "Han", 0x3042, false},
    {"Script", "Han", 0x30FC, false},  // ー is Common
    {"Script", "Latin", 'a', true},
    {"sc", "Latn", 0x00E9, true},
    {"Script", "Greek", 0x03B1, true},
    {"sc", "Grek", 0x03A9, true},
    {"Script", "Cyrillic", 0x0410, true},
    {"sc", "Cyrl", 0x044F, true},
    {"Script", "Arabic", 0x0627, true},
    {"sc", "Arab", 0x0628, true},
    {"Script", "Hiragana", 0x3042, true},
    {"sc", "Hira", 0x3093, true},
    {"Script", "Katakana", 0x30A2, true},
    {"sc", "Kana", 0x30F3, true},
    {"Script", "Hangul", 0xAC00, true},
    {"sc", "Hang", 0x1100, true},
    {"Script", "Bopomofo", 0x3105, true},
    {"sc", "Bopo", 0x3105, true},
    {"Script", "Tibetan", 0x0F40, true},
    {"sc", "Tibt", 0x0F40, true},
    {"Script", "Mongolian", 0x1820, true},
    {"sc", "Mong", 0x1820, true},
    {"Script", "Yi", 0xA000, true},
    {"sc", "Yiii", 0xA000, true},
    {"Script", "Common", '1', true},
    {"sc", "Zyyy", 0x3002, true},
    {"Script", "Common", 0x1F642, true},
    {"Script", "Inherited", 0x0300, true},
    {"sc", "Zinh", 0x0300, true},
    {"sc", "Qaai", 0x0300, true},
    {"Script", "Unknown", 0x0378, true},
    {"sc", "Zzzz", 0x10FFFF, true},
    {"Script", "Coptic", 0x2C80, true},
    {"sc", "Qaac", 0x2C80, true},
    // Script_Extensions: ー (U+30FC) is Common but scx = {Hira, Kana}; 、 (U+3001) is
    // used by Bopo Hang Hani Hira Kana Yiii.
    {"Script_Extensions", "Hiragana", 0x30FC, true},
    {"scx", "Kana", 0x30FC, true},
    {"scx", "Han", 0x30FC, false},
    {"scx", "Han", 0x3001, true},
    {"scx", "Hani", 0x5F20, true},
    {"scx", "Common", 0x30FC, false},
    {"scx", "Common", '1', true},
    {"scx", "Latin", 'a', true},
    // Binary properties.
    {"Any", "", 0, true},
    {"Any", "", kMaxCodePoint, true},
    {"ASCII", "", 0x7F, true},
    {"ASCII", "", 0x80, false},
    {"Assigned", "", 'a', true},
    {"Assigned", "", 0x0378, false},
    {"Alphabetic", "", 0x5F20, true},
    {"Alpha", "", 0x0345, true},  // Mn, but Other_Alphabetic
    {"Alphabetic", "", '1', false},
    {"White_Space", "", 0x3000, true},
    {"space", "", 0x0085, true},
    {"White_Space", "", 0x200B, false},  // ZERO WIDTH SPACE is Cf
    {"Uppercase", "", 0x2160, true},     // Nl, Other_Uppercase
    {"Upper", "", 'a', false},
    {"Lowercase", "", 0x00AA, true},  // Lo, Other_Lowercase
    {"Lower", "", 'A', false},
    {"ASCII_Hex_Digit", "", 'f', true},
    {"AHex", "", 'g', false},
    {"Hex_Digit", "", 0xFF21, true},
    {"Ideographic", "", 0x3006, true},
    {"Ideo", "", 0x20000, true},
    {"Ideographic", "", 0x3042, false},
    {"Unified_Ideograph", "", 0x9FA5, true},
    {"ID_Start", "", 'a', true},
    {"IDS", "", '1', false},
    {"ID_Continue", "", '1', true},
    {"IDC", "", '-', false},
    {"Dash", "", '-', true},
    {"Pattern_White_Space", "", 0x200E, true},
    {"Regional_Indicator", "", 0x1F1E8, true},
    {"Noncharacter_Code_Point", "", 0xFFFF, true},
};

TEST(LookupProperty, Membership) {
  for (const MemberRow& row : kMemberRows) {
    PropertyLookup got = lookup_property(row.name, row.value);
    ASSERT_EQ(got.status, LookupStatus::ok) << row.name << "=" << row.value;
    EXPECT_EQ(contains(got.ranges, row.cp), row.want)
        << row.name << "=" << row.value << " U+" << std::hex << static_cast<unsigned>(row.cp);
  }
}

TEST(LookupProperty, ResultsAreCanonical) {
  for (const MemberRow& row : kMemberRows) {
    RangeSet got = lookup_property(row.name, row.value).ranges;
    RangeSet canon = got;
    normalize(canon);
    EXPECT_EQ(got, canon) << row.name << "=" << row.value;
  }
}

TEST(LookupProperty, Status) {
  struct Row {
    const char* name;
    const char* value;
    LookupStatus want;
  };
  const Row rows[] = {
      {"Foo", "", LookupStatus::unknown},
      {"lu", "", LookupStatus::unknown},  // names are case-sensitive
      {"Script", "", LookupStatus::unknown},
      {"Script", "Klingon", LookupStatus::unknown},
      {"Han", "", LookupStatus::unknown},  // a script value is not a lone property
      {"General_Category", "Han", LookupStatus::unknown},
      {"Lu", "Lu", LookupStatus::unknown},
      {"Other_Alphabetic", "", LookupStatus::unknown},  // not an ECMA-262 property
      // ECMA-262's table lists White_Space and space only; V8 also takes ICU's WSpace.
      {"WSpace", "", LookupStatus::unknown},
      {"Emoji", "", LookupStatus::unsupported},
      {"Extended_Pictographic", "", LookupStatus::unsupported},
      {"XID_Start", "", LookupStatus::unsupported},
      {"Cased", "", LookupStatus::unsupported},
      {"Math", "", LookupStatus::unsupported},  // left out of the tables for size
      {"Diacritic", "", LookupStatus::unsupported},
  };
  for (const Row& row : rows) {
    PropertyLookup got = lookup_property(row.name, row.value);
    EXPECT_EQ(got.status, row.want) << row.name << "=" << row.value;
    EXPECT_TRUE(got.ranges.empty());
  }
}

TEST(LookupProperty, WholeSets) {
  EXPECT_EQ(lookup_property("Any", "").ranges, (RangeSet{{0, kMaxCodePoint}}));
  EXPECT_EQ(lookup_property("ASCII", "").ranges, (RangeSet{{0, 0x7F}}));
  EXPECT_EQ(lookup_property("ASCII_Hex_Digit", "").ranges, (RangeSet{{'0', '9'}, {'A', 'F'}, {'a', 'f'}}));
  EXPECT_EQ(lookup_property("Nd", "").ranges.front(), (CodePointRange{'0', '9'}));
  // The categories partition the code space.
  RangeSet all = lookup_property("L", "").ranges;
  for (const char* c : {"M", "N", "P", "S", "Z", "C"}) {
    RangeSet part = lookup_property(c, "").ranges;
    all.insert(all.end(), part.begin(), part.end());
  }
  normalize(all);
  EXPECT_EQ(all, (RangeSet{{0, kMaxCodePoint}}));
}

TEST(CodePointData, CategoryAndScript) {
  struct Row {
    char32_t cp;
    const char* category;
    const char* script;
  };
  const Row rows[] = {
      {'A', "Lu", "Latin"},        {'1', "Nd", "Common"},     {0x5F20, "Lo", "Han"},
      {0x20000, "Lo", "Han"},      {0x1F642, "So", "Common"}, {0x3042, "Lo", "Hiragana"},
      {0x0300, "Mn", "Inherited"}, {0x0378, "Cn", "Unknown"}, {kMaxCodePoint, "Cn", "Unknown"},
      {0x10FFFD, "Co", "Unknown"}, {0x00A0, "Zs", "Common"},  {0xAC00, "Lo", "Hangul"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(general_category(row.cp), row.category) << std::hex << static_cast<unsigned>(row.cp);
    EXPECT_EQ(script(row.cp), row.script) << std::hex << static_cast<unsigned>(row.cp);
  }
}

TEST(CodePointData, Version) { EXPECT_EQ(unicode_version(), "15.0.0"); }

}  // namespace
}  // namespace yushen::unicode
