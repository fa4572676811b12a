// Tests for run-time values (core/logic/value.cc): borrowed and owned arrays and objects,
// identity, owned depth, the budget, and the JSON form of values.
#include "logic/value.h"

#include <gtest/gtest.h>

#include <cmath>

namespace yushen::logic::detail {
namespace {

TEST(ValueTest, BorrowsJson) {
  Json doc = Json::parse(R"({"a": [1, "x", null], "n": 2.5, "s": "申请"})");
  Value v = Value::ref(doc);
  ASSERT_TRUE(v.is_object());
  EXPECT_EQ(v.member_count(), 3u);
  Value a = v.member("a");
  ASSERT_TRUE(a.is_array());
  EXPECT_EQ(a.size(), 3u);
  EXPECT_EQ(a.at(0).as_number(), 1);
  EXPECT_EQ(a.at(1).as_string(), "x");
  EXPECT_EQ(a.at(2).type(), Type::null);
  EXPECT_TRUE(a.at(3).is_undefined());
  EXPECT_TRUE(v.member("zz").is_undefined());
  EXPECT_EQ(v.member("s").as_string(), "申请");
  EXPECT_EQ(a.identity(), v.member("a").identity());  // same JSON node, same identity
  EXPECT_EQ(a.owned_depth(), 0u);
}

TEST(ValueTest, OwnedValuesAndDepth) {
  Budget budget(100, 3);
  Value inner = make_array({Value::number(1)}, budget);
  Value outer = make_array({inner, Value::string("s")}, budget);
  EXPECT_EQ(outer.owned_depth(), 2u);
  EXPECT_NE(inner.identity(), make_array({Value::number(1)}, budget).identity());
  Value object = make_object({{"k", outer}}, budget);
  EXPECT_EQ(object.owned_depth(), 3u);
  EXPECT_TRUE(budget.ok());
  Value too_deep = make_array({object}, budget);
  EXPECT_TRUE(too_deep.is_undefined());
  ASSERT_FALSE(budget.ok());
  EXPECT_EQ(budget.error()->code, Code::kLogicDepthLimit);
}

TEST(ValueTest, BudgetSticks) {
  Budget budget(5, 10);
  EXPECT_TRUE(budget.spend(5));
  EXPECT_FALSE(budget.spend(1));
  EXPECT_FALSE(budget.spend(0));
  EXPECT_EQ(budget.error()->code, Code::kLogicCostLimit);
  EXPECT_EQ(budget.error()->params["limit"], 5);
}

TEST(ValueTest, ToJson) {
  Budget budget(1000, 10);
  Value v = make_array({Value(), Value::null(), Value::boolean(true), Value::number(std::nan("")),
                        Value::number(3.0), Value::number(-0.0), Value::number(0.5), Value::string("x"),
                        make_object({{"u", Value()}, {"n", Value::number(1)}}, budget)},
                       budget);
  std::optional<Json> j = to_json(v, budget);
  ASSERT_TRUE(j.has_value());
  EXPECT_EQ(j->dump(), R"([null,null,true,null,3,0,0.5,"x",{"n":1}])");
  Json doc = Json::parse(R"({"f": 2.0, "big": 1e300})");
  std::optional<Json> copy = to_json(Value::ref(doc), budget);
  ASSERT_TRUE(copy.has_value());
  EXPECT_TRUE((*copy)["f"].is_number_integer());
  EXPECT_TRUE((*copy)["big"].is_number_float());
}

}  // namespace
}  // namespace yushen::logic::detail
