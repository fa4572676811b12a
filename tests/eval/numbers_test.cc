// Tests for exact integer comparison and tolerant multipleOf.
#include "eval/numbers.h"

#include <gtest/gtest.h>

namespace yushen::eval {
namespace {

using Json = nlohmann::json;

// The instance side is a doc::Value; scalars are self-contained, so a copy outlives the
// document it was mirrored from.
doc::Value V(const Json& json) {
  doc::Document document;
  document.assign(json);
  return document.root();
}

TEST(Numbers, ExactIntegerComparison) {
  Json big = Json(std::uint64_t{18446744073709551615u});
  EXPECT_EQ(compare_number(V(big), 1.8446744073709552e19, Json(std::uint64_t{18446744073709551614u})), 1);
  EXPECT_EQ(compare_number(V(Json(-5)), -5.0, Json(-5)), 0);
  EXPECT_EQ(compare_number(V(Json(-6)), -5.0, Json(-5)), -1);
  EXPECT_EQ(compare_number(V(Json(1.5)), 1.0, Json(1)), 1);
}

TEST(Numbers, MultipleOf) {
  EXPECT_TRUE(is_multiple_of(V(Json(0.0075)), 0.0001, Json(0.0001)));
  EXPECT_FALSE(is_multiple_of(V(Json(0.00751)), 0.0001, Json(0.0001)));
  EXPECT_TRUE(is_multiple_of(V(Json(4.5)), 1.5, Json(1.5)));
  EXPECT_FALSE(is_multiple_of(V(Json(35)), 1.5, Json(1.5)));
  EXPECT_TRUE(is_multiple_of(V(Json(std::int64_t{9007199254740993})), 3.0, Json(3)));  // exact, beyond 2^53
  EXPECT_FALSE(is_multiple_of(V(Json(1e308)), 0.123456789, Json(0.123456789)));      // quotient overflows
}

}  // namespace
}  // namespace yushen::eval
