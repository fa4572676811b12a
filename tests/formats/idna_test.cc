// IDNA2008 U-label checks (RFC 5891-5893), the NFC test and the generated tables' shape.
#include "formats/idna.h"

#include <gtest/gtest.h>

#include "formats/idna_tables.h"

namespace yushen::formats::detail {
namespace {

void expect_sorted_disjoint(const PackedRanges& packed, const char* name) {
  const std::vector<ValuedRange> table = unpack(packed);
  ASSERT_FALSE(table.empty()) << name;
  for (std::size_t i = 0; i < table.size(); ++i) {
    EXPECT_LE(table[i].lo, table[i].hi) << name << " row " << i;
    if (i > 0) {
      EXPECT_LT(table[i - 1].hi, table[i].lo) << name << " row " << i;
    }
  }
}

TEST(IdnaTables, SortedAndDisjoint) {
  const IdnaTables& t = idna_tables();
  expect_sorted_disjoint(t.pvalid, "pvalid");
  expect_sorted_disjoint(t.mark, "mark");
  expect_sorted_disjoint(t.virama, "virama");
  expect_sorted_disjoint(t.scripts, "scripts");
  expect_sorted_disjoint(t.joining, "joining");
  expect_sorted_disjoint(t.bidi, "bidi");
  expect_sorted_disjoint(t.ccc, "ccc");
  for (std::size_t i = 1; i < t.decomposition.size(); ++i) {
    EXPECT_LT(t.decomposition[i - 1].code_point, t.decomposition[i].code_point);
  }
  for (const Decomposition& d : t.decomposition) {
    EXPECT_LE(d.offset + d.length, t.decomposition_data.size());
  }
  for (std::size_t i = 1; i < t.composition.size(); ++i) {
    const Composition& a = t.composition[i - 1];
    const Composition& b = t.composition[i];
    EXPECT_TRUE(a.first < b.first || (a.first == b.first && a.second < b.second)) << i;
  }
}

// The packed lookup against the unpacked ranges at every range's edges and just outside
// them (the generator was checked against the unpacked tables for all 1,114,112 code points).
TEST(IdnaTables, PackedLookupMatchesRanges) {
  const IdnaTables& t = idna_tables();
  for (const PackedRanges* packed : {&t.pvalid, &t.mark, &t.virama, &t.scripts, &t.joining, &t.bidi, &t.ccc}) {
    const std::vector<ValuedRange> ranges = unpack(*packed);
    ASSERT_GT(ranges.size(), 0u);
    char32_t previous_hi = 0;
    for (std::size_t i = 0; i < ranges.size(); ++i) {
      const ValuedRange& r = ranges[i];
      const int value = packed->valued ? r.value : 1;
      EXPECT_EQ(packed_value(*packed, r.lo, -1), value) << std::hex << static_cast<std::uint32_t>(r.lo);
      EXPECT_EQ(packed_value(*packed, r.hi, -1), value) << std::hex << static_cast<std::uint32_t>(r.hi);
      EXPECT_EQ(packed_value(*packed, r.lo + (r.hi - r.lo) / 2, -1), value) << std::hex << static_cast<std::uint32_t>(r.lo);
      if (r.lo > 0 && (i == 0 || r.lo - 1 > previous_hi)) {
        EXPECT_EQ(packed_value(*packed, r.lo - 1, -1), -1) << std::hex << static_cast<std::uint32_t>(r.lo - 1);
      }
      if (i + 1 == ranges.size() || ranges[i + 1].lo > r.hi + 1) {
        EXPECT_EQ(packed_value(*packed, r.hi + 1, -1), -1) << std::hex << static_cast<std::uint32_t>(r.hi + 1);
      }
      previous_hi = r.hi;
    }
    EXPECT_EQ(packed_value(*packed, 0x10FFFF + 1, -1), -1);
  }
  // Spot checks against the Unicode data: ü is PVALID, U+0301 a mark of class 230, U+094D a
  // virama, α Greek, ب joins on both sides (D) and is AL, א is R.
  EXPECT_EQ(packed_value(t.pvalid, 0xFC, 0), 1);
  EXPECT_EQ(packed_value(t.pvalid, 0x41, 0), 0);
  EXPECT_EQ(packed_value(t.mark, 0x301, 0), 1);
  EXPECT_EQ(packed_value(t.ccc, 0x301, 0), 230);
  EXPECT_EQ(packed_value(t.virama, 0x94D, 0), 1);
  EXPECT_EQ(packed_value(t.scripts, 0x3B1, 0), static_cast<int>(Script::kGreek));
  EXPECT_EQ(packed_value(t.joining, 0x628, 'U'), 'D');
  EXPECT_EQ(packed_value(t.bidi, 0x628, 0), static_cast<int>(Bidi::kAL));
  EXPECT_EQ(packed_value(t.bidi, 0x5D0, 0), static_cast<int>(Bidi::kR));
}

TEST(Idna, Nfc) {
  EXPECT_TRUE(is_nfc(U"b\u00FCcher"));
  EXPECT_FALSE(is_nfc(U"bu\u0308cher"));          // decomposed ü
  EXPECT_TRUE(is_nfc(U"\u1EB9\u0301"));           // ẹ + acute: no precomposed form
  EXPECT_FALSE(is_nfc(U"\u00E9\u0323"));          // é + dot below reorders to ẹ + acute
  EXPECT_FALSE(is_nfc(U"a\u0301\u0323"));         // marks out of canonical order
  EXPECT_TRUE(is_nfc(U"\u0301a"));                // a leading mark composes with nothing
  EXPECT_FALSE(is_nfc(U"\u0B47\u0B3E"));          // two starters compose to U+0B4B
  EXPECT_TRUE(is_nfc(U"\uC2E4\uB840"));           // Hangul syllables stay
  EXPECT_TRUE(is_nfc(U""));
}

TEST(Idna, ULabelRules) {
  EXPECT_TRUE(is_u_label(U"b\u00FCcher"));
  EXPECT_FALSE(is_u_label(U""));
  EXPECT_FALSE(is_u_label(U"B\u00FCcher"));       // upper case is DISALLOWED (RFC 5892 §2.2)
  EXPECT_FALSE(is_u_label(U"ab--\u00FC"));        // RFC 5891 §4.2.3.1
  EXPECT_FALSE(is_u_label(U"-\u00FC"));
  EXPECT_FALSE(is_u_label(U"\u00FC-"));
  EXPECT_FALSE(is_u_label(U"\u0301\u00FC"));      // RFC 5891 §4.2.3.2
  EXPECT_FALSE(is_u_label(U"\u00FC\u0020"));      // space is DISALLOWED
  EXPECT_FALSE(is_u_label(std::u32string(kMaxULabelCodePoints + 1, U'\u00FC')));
  EXPECT_TRUE(is_u_label(std::u32string(kMaxULabelCodePoints, U'\u00FC')));
}

TEST(Idna, ContextRules) {
  EXPECT_TRUE(is_u_label(U"l\u00B7l"));           // RFC 5892 A.3
  EXPECT_FALSE(is_u_label(U"a\u00B7l"));
  EXPECT_TRUE(is_u_label(U"\u03B1\u0375\u03B2")); // A.4
  EXPECT_FALSE(is_u_label(U"\u03B1\u0375a"));
  EXPECT_TRUE(is_u_label(U"\u05D0\u05F3\u05D1")); // A.5
  EXPECT_FALSE(is_u_label(U"a\u05F4\u05D1"));     // A.6
  EXPECT_TRUE(is_u_label(U"\u30FB\u4E08"));       // A.7
  EXPECT_FALSE(is_u_label(U"\u30FB\u30FB"));
  EXPECT_FALSE(is_u_label(U"\u0628\u0660\u06F0"));  // A.8 / A.9
  EXPECT_TRUE(is_u_label(U"\u0915\u094D\u200D\u0937"));  // A.2 ZWJ after virama
  EXPECT_FALSE(is_u_label(U"\u0915\u200D\u0937"));
  EXPECT_TRUE(is_u_label(U"\u0628\u064A\u200C\u0628\u064A"));  // A.1 joining context
  EXPECT_FALSE(is_u_label(U"a\u200Cb"));
}

TEST(Idna, BidiRule) {
  EXPECT_TRUE(has_rtl(U"\u05D0\u05D1"));
  EXPECT_TRUE(has_rtl(U"a\u0660"));
  EXPECT_FALSE(has_rtl(U"abc1"));
  EXPECT_TRUE(satisfies_bidi_rule(U"\u05D0\u05D1"));
  EXPECT_TRUE(satisfies_bidi_rule(U"\u05D0\u05D11"));     // rule 3: may end in EN
  EXPECT_FALSE(satisfies_bidi_rule(U"1\u05D0"));          // rule 1
  EXPECT_FALSE(satisfies_bidi_rule(U"\u05D0a"));          // rule 2: L in an RTL label
  EXPECT_FALSE(satisfies_bidi_rule(U"\u05D0-"));          // rule 3
  EXPECT_FALSE(satisfies_bidi_rule(U"\u0628\u0660" U"1"));  // rule 4: EN and AN
  EXPECT_FALSE(satisfies_bidi_rule(U"a\u05D0"));          // rule 5
  EXPECT_TRUE(satisfies_bidi_rule(U"abc"));
  EXPECT_TRUE(satisfies_bidi_rule(U"a1"));                // rule 6
  EXPECT_FALSE(satisfies_bidi_rule(U"a-"));
}

}  // namespace
}  // namespace yushen::formats::detail
