// Tests core/unicode/range_set.cc: normalize, complement, subtract, contains.
#include <gtest/gtest.h>

#include "unicode/unicode.h"

namespace yushen::unicode {
namespace {

TEST(RangeSet, NormalizeSortsAndMergesOverlappingAndAdjacent) {
  struct Row {
    RangeSet in;
    RangeSet want;
  };
  const Row rows[] = {
      {{}, {}},
      {{{'c', 'd'}, {'a', 'b'}}, {{'a', 'd'}}},
      {{{'a', 'z'}, {'b', 'c'}}, {{'a', 'z'}}},
      {{{'a', 'c'}, {'e', 'f'}}, {{'a', 'c'}, {'e', 'f'}}},
      {{{'x', 'x'}, {'a', 'a'}, {'b', 'b'}, {'x', 'y'}}, {{'a', 'b'}, {'x', 'y'}}},
      {{{0, kMaxCodePoint}, {5, 6}}, {{0, kMaxCodePoint}}},
  };
  for (const Row& row : rows) {
    RangeSet got = row.in;
    normalize(got);
    EXPECT_EQ(got, row.want);
  }
}

TEST(RangeSet, Complement) {
  EXPECT_EQ(complement(RangeSet{}), (RangeSet{{0, kMaxCodePoint}}));
  EXPECT_EQ(complement(RangeSet{{0, kMaxCodePoint}}), RangeSet{});
  EXPECT_EQ(complement(RangeSet{{0, 9}}), (RangeSet{{10, kMaxCodePoint}}));
  EXPECT_EQ(complement(RangeSet{{'a', 'c'}, {'x', kMaxCodePoint}}), (RangeSet{{0, 'a' - 1}, {'d', 'x' - 1}}));
}

TEST(RangeSet, Subtract) {
  struct Row {
    RangeSet a, b, want;
  };
  const Row rows[] = {
      {{{'a', 'z'}}, {}, {{'a', 'z'}}},
      {{}, {{'a', 'z'}}, {}},
      {{{'a', 'z'}}, {{'c', 'd'}, {'x', 'x'}}, {{'a', 'b'}, {'e', 'w'}, {'y', 'z'}}},
      {{{'a', 'c'}, {'e', 'g'}}, {{'b', 'f'}}, {{'a', 'a'}, {'g', 'g'}}},
      {{{'a', 'c'}}, {{'a', 'c'}}, {}},
      {{{'a', 'c'}}, {{0, kMaxCodePoint}}, {}},
      {{{0, kMaxCodePoint}}, {{0, 0}, {kMaxCodePoint, kMaxCodePoint}}, {{1, kMaxCodePoint - 1}}},
  };
  for (const Row& row : rows) EXPECT_EQ(subtract(row.a, row.b), row.want);
}

TEST(RangeSet, Contains) {
  const RangeSet set = {{'a', 'c'}, {'x', 'x'}, {0x4E00, 0x9FFF}};
  EXPECT_TRUE(contains(set, 'a'));
  EXPECT_TRUE(contains(set, 'c'));
  EXPECT_TRUE(contains(set, 'x'));
  EXPECT_TRUE(contains(set, U'张'));
  EXPECT_FALSE(contains(set, 'd'));
  EXPECT_FALSE(contains(set, 0));
  EXPECT_FALSE(contains(set, kMaxCodePoint));
  EXPECT_FALSE(contains(RangeSet{}, 'a'));
}

}  // namespace
}  // namespace yushen::unicode
