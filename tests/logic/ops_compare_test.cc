// Tests for the comparison operators (core/logic/ops_compare.cc), including the
// three-argument between forms; the coercion details are in coerce_test.cc.
#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

TEST(OpsCompareTest, Table) {
  expect_cases({
      {R"({"==": [{"var": "n"}, 3]})", R"({"n": "3"})", "true"},
      {R"({"!=": [{"var": "n"}, 3]})", R"({"n": "3"})", "false"},
      {R"({"===": [{"var": "n"}, 3]})", R"({"n": "3"})", "false"},
      {R"({"!==": [{"var": "n"}, 3]})", R"({"n": "3"})", "true"},
      {R"({"<": [1, {"var": "n"}, 10]})", R"({"n": 5})", "true"},
      {R"({"<": [1, {"var": "n"}, 10]})", R"({"n": 10})", "false"},
      {R"({"<=": [1, {"var": "n"}, 10]})", R"({"n": 10})", "true"},
      {R"({"<=": [1, {"var": "n"}, 10]})", R"({"n": 11})", "false"},
      {R"({">": ["b", "a"]})", "null", "true"},
      {R"({">=": [{"var": "d"}, "2025-01-01"]})", R"({"d": "2025-01-01"})", "true"},
      {R"({">": [{"var": "missing"}, -1]})", "{}", "true"},  // null -> 0
      {R"({"<": [{"var": "missing"}, 1]})", "{}", "true"},
  });
}

}  // namespace
}  // namespace yushen::logic::test
