// Tests of mask_identifier() (core/cn/mask.cc).
#include <gtest/gtest.h>

#include <string>

#include "cn/mask.h"

namespace yushen::cn {
namespace {

struct MaskCase {
  const char* input;
  MaskStyle style;
  const char* expected;
};

TEST(Mask, Table) {
  const MaskCase cases[] = {
      {"110105194912310016", MaskStyle::identifier, "1101**********0016"},
      {"11010519491231002X", MaskStyle::identifier, "1101**********002X"},
      {"6222020000000000000", MaskStyle::identifier, "6222***********0000"},
      {"6228480000000007", MaskStyle::identifier, "6228********0007"},
      {"91350100M000100Y43", MaskStyle::identifier, "9135**********0Y43"},
      {"13812345678", MaskStyle::phone, "138****5678"},
      {"010-62345678", MaskStyle::phone, "010*****5678"},
      {"E12345678", MaskStyle::identifier, "E1*****78"},      // short: n/4 at each end
      {"H12345678", MaskStyle::phone, "H12**5678"},
      {"12345678", MaskStyle::phone, "12****78"},
      {"1234", MaskStyle::identifier, "1**4"},
      {"123", MaskStyle::identifier, "***"},
      {"", MaskStyle::identifier, ""},
      {"张三丰李四王五赵六", MaskStyle::identifier, "张三*****赵六"},  // code points, not bytes
  };
  for (const MaskCase& c : cases) {
    EXPECT_EQ(mask_identifier(c.input, c.style), c.expected) << c.input;
  }
}

// At least half of an identifier is hidden, whatever its length.
TEST(Mask, HidesAtLeastHalf) {
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string masked = mask_identifier(std::string(n, '7'));
    std::size_t stars = 0;
    for (char c : masked) stars += c == '*';
    EXPECT_EQ(masked.size(), n);
    EXPECT_GE(stars * 2, n) << n;
  }
}

}  // namespace
}  // namespace yushen::cn
