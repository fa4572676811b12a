// Tests for yushen.len and yushen.birth_date_from_id (core/logic/ext_text.cc).
#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

TEST(ExtTextTest, Len) {
  expect_cases({
      {R"({"yushen.len": "张三🙂"})", "null", "3"},
      {R"({"yushen.len": "𠮷野家"})", "null", "3"},
      {R"({"yushen.len": ""})", "null", "0"},
      {R"({"yushen.len": [[1, 2, 3]]})", "null", "3"},
      {R"({"yushen.len": 123})", "null", "null"},
      {R"({"yushen.len": {"var": "name"}})", R"({"name": "欧阳娜娜"})", "4"},
      {R"({"<=": [{"yushen.len": {"var": "name"}}, 3]})", R"({"name": "欧阳娜娜"})", "false"},
  });
}

TEST(ExtTextTest, BirthDateFromId) {
  expect_cases({
      {R"({"yushen.birth_date_from_id": "11010519491231002X"})", "null", R"("1949-12-31")"},
      {R"({"yushen.birth_date_from_id": "110105194912310021"})", "null", R"("1949-12-31")"},
      {R"({"yushen.birth_date_from_id": "11010519491231002x"})", "null", R"("1949-12-31")"},
      {R"({"yushen.birth_date_from_id": "440524200002290018"})", "null", R"("2000-02-29")"},
      {R"({"yushen.birth_date_from_id": "440524190002290018"})", "null", "null"},   // 1900 is not leap
      {R"({"yushen.birth_date_from_id": "110105194913310021"})", "null", "null"},
      {R"({"yushen.birth_date_from_id": "11010519491231002"})", "null", "null"},
      {R"({"yushen.birth_date_from_id": "110105491231002"})", "null", "null"},       // 15-digit form
      {R"({"yushen.birth_date_from_id": "1101051949123100X1"})", "null", "null"},
      {R"({"yushen.birth_date_from_id": 110105194912310021})", "null", "null"},
  });
}

}  // namespace
}  // namespace yushen::logic::test
