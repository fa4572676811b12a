// Tests the generated core/unicode/unicode_tables.cc: the invariants unicode.cc relies on
// (runs cover U+0000..U+10FFFF exactly, name tables sorted for binary search, extension
// ranges sorted and disjoint, every set index in range).
#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>

#include "unicode/unicode_tables.h"

namespace yushen::unicode::detail {
namespace {

TEST(UnicodeTables, CategoryRunsCoverTheCodeSpace) {
  std::uint64_t total = 0;
  for (std::uint16_t run : kCategoryRuns) {
    total += (run & 0x7FFu) + 1;
    EXPECT_LT(run >> 11, kCategoryCodes.size());
  }
  EXPECT_EQ(total, kMaxCodePoint + 1u);
}

TEST(UnicodeTables, ScriptRunsCoverTheCodeSpace) {
  ASSERT_EQ(kScriptRunLengths.size(), kScriptRunScripts.size());
  std::uint64_t total = 0;
  for (std::size_t i = 0; i < kScriptRunLengths.size(); ++i) {
    total += kScriptRunLengths[i] + 1u;
    EXPECT_LT(kScriptRunScripts[i], kScriptNames.size());
  }
  EXPECT_EQ(total, kMaxCodePoint + 1u);
}

TEST(UnicodeTables, NameTablesAreSorted) {
  auto by_name = [](const auto& a, const auto& b) { return std::string_view(a.name) < std::string_view(b.name); };
  EXPECT_TRUE(std::is_sorted(kCategoryNames.begin(), kCategoryNames.end(), by_name));
  EXPECT_TRUE(std::adjacent_find(kCategoryNames.begin(), kCategoryNames.end(), [](const auto& a, const auto& b) {
                return std::string_view(a.name) == std::string_view(b.name);
              }) == kCategoryNames.end());
  EXPECT_TRUE(std::is_sorted(kBinaryProperties.begin(), kBinaryProperties.end(), by_name));
  EXPECT_TRUE(std::is_sorted(kScriptNames.begin(), kScriptNames.end(), [](const ScriptName& a, const ScriptName& b) {
    return std::string_view(a.long_name) < std::string_view(b.long_name);
  }));
  EXPECT_EQ(kCategoryNames.size(), 80u);  // 38 values, long and short names, 4 extra aliases
  EXPECT_GE(kScriptNames.size(), 160u);   // every Unicode 15.0 script
}

TEST(UnicodeTables, ScriptExtensionsAreSortedAndDisjoint) {
  for (std::size_t i = 0; i < kScriptExtensions.size(); ++i) {
    const ScriptExtensionRange& r = kScriptExtensions[i];
    EXPECT_LE(r.first, r.last);
    if (i > 0) {
      EXPECT_GT(r.first, kScriptExtensions[i - 1].last);
    }
    ASSERT_LT(r.set + 1u, kScriptSetOffsets.size());
    EXPECT_LT(kScriptSetOffsets[r.set], kScriptSetOffsets[r.set + 1]);  // never empty
  }
  EXPECT_EQ(kScriptSetOffsets.back(), kScriptSetMembers.size());
  for (std::uint8_t script : kScriptSetMembers) EXPECT_LT(script, kScriptNames.size());
}

TEST(UnicodeTables, BinaryPropertyListsAreCanonical) {
  for (const BinaryProperty& p : kBinaryProperties) {
    for (std::span<const CodePointRange> list : {p.plus, p.minus}) {
      RangeSet canon(list.begin(), list.end());
      normalize(canon);
      EXPECT_TRUE(std::equal(list.begin(), list.end(), canon.begin(), canon.end())) << p.name;
    }
  }
}

}  // namespace
}  // namespace yushen::unicode::detail
