// Tests core/pattern/dump.cc: how classes are printed (escaping, abbreviation) and that
// Regex::dump() lists the program.
#include <gtest/gtest.h>

#include "pattern/prog.h"

namespace yushen::pattern::detail {
namespace {

using unicode::RangeSet;

TEST(Dump, ClassEscapesAndAbbreviates) {
  struct Row {
    RangeSet set;
    const char* want;
  };
  const Row rows[] = {
      {{}, "[]"},
      {{{'a', 'a'}}, "[a]"},
      {{{'a', 'z'}}, "[a-z]"},
      {{{' ', ' '}}, "[\\u{20}]"},
      {{{'-', '-'}, {'[', ']'}, {'^', '^'}}, "[\\u{2D}\\u{5B}-\\u{5D}\\u{5E}]"},
      {{{0x7F, 0x7F}}, "[\\u{7F}]"},
      {{{0x4E00, 0x9FA5}}, "[\\u{4E00}-\\u{9FA5}]"},
      {{{0x1F642, 0x1F642}}, "[\\u{1F642}]"},
      {{{'a', 'a'}, {'c', 'c'}, {'e', 'e'}, {'g', 'g'}, {'i', 'i'}, {'k', 'k'}}, "[acegik]"},
      {{{'a', 'a'}, {'c', 'c'}, {'e', 'e'}, {'g', 'g'}, {'i', 'i'}, {'k', 'k'}, {'m', 'm'}}, "[acegik...(7 ranges)]"},
  };
  for (const Row& row : rows) EXPECT_EQ(dump_class(row.set), row.want);
}

TEST(Dump, RegexDumpListsTheProgram) {
  auto compiled = compile("^a+$");
  ASSERT_TRUE(std::holds_alternative<Regex>(compiled));
  EXPECT_EQ(std::get<Regex>(compiled).dump(), "0: assert ^\n1: class [a]\n2: split 1, 3\n3: assert $\n4: match\n");
}

}  // namespace
}  // namespace yushen::pattern::detail
