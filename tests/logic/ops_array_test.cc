// Tests for array literals, map, filter, reduce, all, some, none, merge and in
// (core/logic/ops_array.cc), including element costs.
#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

TEST(OpsArrayTest, Table) {
  expect_cases({
      {R"([1, {"var": "a"}, [2, {"var": "b"}]])", R"({"a": "x"})", R"([1, "x", [2, null]])"},
      {R"({"map": [{"var": "xs"}, {"*": [{"var": ""}, 2]}]})", R"({"xs": [1, 2, 3]})", "[2, 4, 6]"},
      {R"({"map": ["abc", {"var": ""}]})", "null", "[]"},
      {R"({"map": [{"var": "o"}, 1]})", R"({"o": {"a": 1}})", "[]"},
      {R"({"filter": [[1, "", null, 0, [], "x", [0]], {"var": ""}]})", "null", R"([1, "x", [0]])"},
      {R"({"reduce": [{"var": "xs"}, {"+": [{"var": "current"}, {"var": "accumulator"}]}, 0]})", R"({"xs": [1, 2, 3]})", "6"},
      {R"({"reduce": [[1, 2, 3], {"+": [{"var": "current"}, {"var": "accumulator"}]}]})", "null", "null"},  // starts at null: 1 + null is NaN
      {R"({"reduce": [[1, 2], {"var": ""}, 0]})", "null", R"({"current": 2, "accumulator": {"current": 1, "accumulator": 0}})"},
      {R"({"reduce": ["no array", 1, "start"]})", "null", R"("start")"},
      {R"({"all": [[], true]})", "null", "false"},
      {R"({"all": [[1, 2], {">": [{"var": ""}, 0]}]})", "null", "true"},
      {R"({"some": [[0, 0, 1], {"var": ""}]})", "null", "true"},
      {R"({"some": [[], true]})", "null", "false"},
      {R"({"none": [[], true]})", "null", "true"},
      {R"({"none": [[0, [], ""], {"var": ""}]})", "null", "true"},
      {R"({"all": [{"var": "people"}, {">=": [{"var": "age"}, 18]}]})", R"({"people": [{"age": 20}, {"age": 18}]})", "true"},
      {R"({"merge": []})", "null", "[]"},
      {R"({"merge": [[1, [2]], 3, [[4]], null]})", "null", "[1, [2], 3, [4], null]"},
      {R"({"in": [1, [1, "1"]]})", "null", "true"},
      {R"({"in": ["1", [1]]})", "null", "false"},      // strict membership
      {R"({"in": [[1], [[1]]]})", "null", "false"},     // arrays compare by reference
      {R"({"in": ["", ""]})", "null", "false"},         // an empty haystack is falsy
      {R"({"in": ["", "a"]})", "null", "true"},
      {R"({"in": ["申请", "申请人"]})", "null", "true"},
      {R"({"in": [1, 12]})", "null", "false"},
      {R"({"in": [1, "312"]})", "null", "true"},
  });
}

TEST(OpsArrayTest, ElementsCostBudget) {
  LogicLimits tight;
  tight.max_cost = 50;
  Result<Json> r = run(R"({"map": [{"var": "xs"}, {"var": ""}]})", R"({"xs": [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]})",
                       {}, nullptr, tight);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Code::kLogicCostLimit);
  EXPECT_EQ(r.error().params["limit"], 50);
}

}  // namespace
}  // namespace yushen::logic::test
