// Tests for cat and substr (core/logic/ops_string.cc): JS String() of every value, and
// substr's negative start/length on UTF-16 units.
#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

TEST(OpsStringTest, Cat) {
  expect_cases({
      {R"({"cat": []})", "null", R"("")"},
      {R"({"cat": "x"})", "null", R"("x")"},
      {R"({"cat": ["a", null, {"var": "nope"}, 1, true, [1, [2, null]], 2.50]})", "{}", R"("a1true1,2,2.5")"},
      {R"j({"cat": [{"var": "name"}, "(", {"var": "id"}, ")"]})j", R"({"name": "张三", "id": 7})", R"j("张三(7)")j"},
      {R"({"cat": [0.1, 0.7, 1.1, 100.25, 5e-7, 123e-20, 2e21]})", "null", R"("0.10.71.1100.255e-71.23e-182e+21")"},
  });
}

TEST(OpsStringTest, Substr) {
  expect_cases({
      {R"({"substr": ["jsonlogic", 4]})", "null", R"("logic")"},
      {R"({"substr": ["jsonlogic", -5]})", "null", R"("logic")"},
      {R"({"substr": ["jsonlogic", 0, 1]})", "null", R"("j")"},
      {R"({"substr": ["jsonlogic", -5, 2]})", "null", R"("lo")"},
      {R"({"substr": ["jsonlogic", 1, -2]})", "null", R"("sonlog")"},
      {R"({"substr": ["jsonlogic", "-2"]})", "null", R"("ic")"},
      {R"({"substr": ["abcdef", 1, "-1"]})", "null", R"("")"},   // "5" + "-1" is "5-1", NaN -> 0
      {R"({"substr": ["abcdef", 1, null]})", "null", R"("")"},
      {R"({"substr": ["abcdef", null, -1]})", "null", R"("abcde")"},
      {R"({"substr": [12345, 1, 2]})", "null", R"("23")"},
      {R"({"substr": [[1, 2, 3], 1]})", "null", R"(",2,3")"},
      {R"({"substr": ["abc", "x"]})", "null", R"("abc")"},
      {R"({"substr": ["abc", 1e21]})", "null", R"("")"},
      {R"({"substr": ["abc", -1e21, 2]})", "null", R"("ab")"},
      {R"({"substr": ["申请人姓名", -2]})", "null", R"("姓名")"},
      {R"({"substr": ["a𠮷b", 1, 2]})", "null", R"("𠮷")"},
      {R"({"substr": ["a𠮷b", 2]})", "null", R"("�b")"},  // half a surrogate pair
  });
}

}  // namespace
}  // namespace yushen::logic::test
