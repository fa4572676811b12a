// Tests for + - * / % min max (core/logic/ops_arith.cc): parseFloat in + and *, ToNumber
// elsewhere, and JavaScript doubles (NaN and Infinity come out as null).
#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

TEST(OpsArithTest, Table) {
  expect_cases({
      {R"({"+": []})", "null", "0"},
      {R"({"+": "3"})", "null", "3"},
      {R"({"+": [1, "2", " 3 ", "4px", [5, 6]]})", "null", "15"},
      {R"({"+": [1, null]})", "null", "null"},   // parseFloat(null) is NaN
      {R"({"+": [1, true]})", "null", "null"},
      {R"({"+": [0.1, 0.2]})", "null", "0.30000000000000004"},
      {R"({"+": ["0x10"]})", "null", "0"},
      {R"({"*": ["2"]})", "null", R"("2")"},      // one argument comes back untouched
      {R"({"*": [[3], "2"]})", "null", "6"},
      {R"({"*": [1.1, 1.1]})", "null", "1.2100000000000002"},
      {R"({"-": ["5"]})", "null", "-5"},
      {R"({"-": [[], "2"]})", "null", "-2"},
      {R"({"-": [5, {"and": [1, {"var": "nothing"}]}]})", "{}", "5"},  // b null -> 5 - 0
      {R"({"-": ["0x10", 1]})", "null", "15"},
      {R"({"/": [2, 4]})", "null", "0.5"},
      {R"({"/": [1, 0]})", "null", "null"},       // Infinity
      {R"({"%": [-7, 2]})", "null", "-1"},
      {R"({"%": [7.5, -2]})", "null", "1.5"},
      {R"({"%": [1, 0]})", "null", "null"},
      {R"({"min": [3, "2", [1]]})", "null", "1"},
      {R"({"max": [3, null, "4"]})", "null", "4"},
      {R"({"max": [3, "x"]})", "null", "null"},   // NaN
      {R"({"max": [{"var": "list"}]})", R"({"list": [7]})", "7"},
      {R"({"+": [9007199254740992, 1]})", "null", "9007199254740992"},
      {R"({"*": [1e200, 1e200]})", "null", "null"},
  });
}

}  // namespace
}  // namespace yushen::logic::test
