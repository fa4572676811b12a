// Tests for if/?:, and, or, !, !! (core/logic/ops_logic.cc): operand-returning and/or,
// JsonLogic truthiness, and short-circuiting (a skipped branch costs nothing and cannot fail).
#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

TEST(OpsLogicTest, Table) {
  expect_cases({
      {R"({"if": []})", "null", "null"},
      {R"({"if": ["only"]})", "null", R"("only")"},
      {R"({"if": [true, "yes"]})", "null", R"("yes")"},
      {R"({"if": [false, "yes"]})", "null", "null"},
      {R"({"if": [[], "a", [0], "b", "c"]})", "null", R"("b")"},
      {R"({"if": [0, "a", "", "b", "c"]})", "null", R"("c")"},
      {R"({"?:": [{"var": "x"}, "set", "unset"]})", R"({"x": "0"})", R"("set")"},
      {R"({"and": [1, "", 2]})", "null", R"("")"},
      {R"({"and": [1, [1], "z"]})", "null", R"("z")"},
      {R"({"or": [0, [], null]})", "null", "null"},
      {R"({"or": [0, {"var": "a"}, 3]})", R"({"a": [1]})", "[1]"},
      {R"({"!": [[]]})", "null", "true"},
      {R"({"!": {"var": "a"}})", R"({"a": 0})", "true"},
      {R"({"!!": ["0"]})", "null", "true"},
  });
}

TEST(OpsLogicTest, ShortCircuits) {
  // The untaken branch would fail (no calendar); it is never evaluated.
  expect_cases({
      {R"({"if": [true, 1, {"yushen.is_working_day": "2025-01-01"}]})", "null", "1"},
      {R"({"and": [false, {"yushen.today": []}]})", "null", "false"},
      {R"({"or": [true, {"yushen.today": []}]})", "null", "true"},
  });
  expect_error(R"({"or": [false, {"yushen.today": []}]})", "null", Code::kLogicNoToday, "/or/1");
}

}  // namespace
}  // namespace yushen::logic::test
