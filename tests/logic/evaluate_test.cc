// Tests for evaluate() (core/logic/evaluate.cc): cost and depth limits end evaluation with a
// coded error and the pointer of the failing node, never a hang or a stack overflow; results
// are JSON as JSON.stringify would give them; one Rule serves many threads.
#include <thread>

#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

TEST(EvaluateTest, ResultsLookLikeJsonStringify) {
  expect_cases({
      {R"({"/": [0, 0]})", "null", "null"},                  // NaN
      {R"({"and": [true, {"var": "a"}]})", R"({"a": 1.0})", "1"},
      {R"({"var": "n"})", R"({"n": 2.5})", "2.5"},
      {R"({"map": [[1, 2], {"/": [{"var": ""}, 0]}]})", "null", "[null, null]"},
  });
  Result<Json> one = run(R"({"var": "n"})", R"({"n": 1.0})");
  ASSERT_TRUE(one.ok());
  EXPECT_TRUE(one.value().is_number_integer());  // 1.0 prints as 1, like JavaScript
  Result<Json> big = run(R"({"*": [1e20, 10]})");
  ASSERT_TRUE(big.ok());
  EXPECT_TRUE(big.value().is_number_float());
}

TEST(EvaluateTest, CostLimitNamesTheNode) {
  LogicLimits limits;
  limits.max_cost = 1000;
  // reduce that doubles a string: cost grows with the bytes produced.
  Result<Json> r = run(R"({"reduce": [{"var": "xs"}, {"cat": [{"var": "accumulator"}, {"var": "accumulator"}]}, "ab"]})",
                       R"({"xs": [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]})",
                       {}, nullptr, limits);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Code::kLogicCostLimit);
  EXPECT_EQ(r.error().where, "/reduce/1");
}

TEST(EvaluateTest, ExponentialRulesStopAtTheBudget) {
  // Each level maps over 10 elements: 10^6 applications without a budget.
  std::string rule = R"({"var": ""})";
  for (int i = 0; i < 6; ++i) rule = R"({"map": [[0,1,2,3,4,5,6,7,8,9], )" + rule + "]}";
  Result<Json> r = run(rule);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Code::kLogicCostLimit);
}

TEST(EvaluateTest, BuiltDataDepthIsLimited) {
  // Each step wraps the accumulator in one more array: depth grows with the data.
  const char* rule = R"({"reduce": [{"var": "xs"}, [{"var": "accumulator"}], 0]})";
  std::string xs = "[";
  for (int i = 0; i < 400; ++i) xs += (i ? ",0" : "0");
  xs += "]";
  Result<Json> r = run(rule, R"({"xs": )" + xs + "}");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Code::kLogicDepthLimit);
  EXPECT_EQ(r.error().params["limit"], 256);
  Result<Json> shallow = run(rule, R"({"xs": [0, 0, 0]})");
  ASSERT_TRUE(shallow.ok());
  EXPECT_EQ(shallow.value(), Json::parse("[[[0]]]"));
}

TEST(EvaluateTest, DeepDataIsWalkedWithACounter) {
  Json deep = Json::array();
  for (int i = 0; i < 300; ++i) {
    Json wrapper = Json::array();
    wrapper.push_back(std::move(deep));
    deep = std::move(wrapper);
  }
  Json data = Json::object();
  data["d"] = std::move(deep);
  Result<Rule> cat = compile(Json::parse(R"({"cat": {"var": "d"}})"));
  ASSERT_TRUE(cat.ok());
  Result<Json> joined = evaluate(cat.value(), data);
  ASSERT_FALSE(joined.ok());
  EXPECT_EQ(joined.error().code, Code::kLogicDepthLimit);
  EXPECT_EQ(joined.error().where, "");
  Result<Rule> whole = compile(Json::parse(R"({"var": "d"})"));
  ASSERT_TRUE(whole.ok());
  Result<Json> copied = evaluate(whole.value(), data);  // the result itself is too deep
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().code, Code::kLogicDepthLimit);
  LogicLimits roomy;
  roomy.max_data_depth = 400;
  Result<Rule> roomy_rule = compile(Json::parse(R"({"var": "d"})"), nullptr, roomy);
  ASSERT_TRUE(roomy_rule.ok());
  EXPECT_TRUE(evaluate(roomy_rule.value(), data).ok());
}

TEST(EvaluateTest, ErrorsCarryTheRulePointer) {
  expect_error(R"({"if": [true, {"missing_some": [1, {"var": "none"}]}]})", "{}", Code::kLogicBadArgument, "/if/1");
  expect_error(R"({"cat": ["x", {"yushen.add_working_days": ["2025-01-01", 1]}]})", "{}", Code::kLogicNoCalendar,
               "/cat/1");
}

TEST(EvaluateTest, OneRuleManyThreads) {
  Result<Rule> rule = compile(Json::parse(R"({"reduce": [{"var": "xs"}, {"+": [{"var": "current"}, {"var": "accumulator"}]}, 0]})"));
  ASSERT_TRUE(rule.ok());
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        Json data = {{"xs", {t, i, 1}}};
        Result<Json> r = evaluate(rule.value(), data);
        if (r.ok() && r.value() == t + i + 1) ++ok[t];
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(ok[t], 200);
}

}  // namespace
}  // namespace yushen::logic::test
