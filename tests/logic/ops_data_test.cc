// Tests for var, missing, missing_some and log (core/logic/ops_data.cc): dotted paths,
// numeric indexes, "length", defaults, and json-logic-js's missing conventions.
#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

TEST(OpsDataTest, Var) {
  expect_cases({
      {R"({"var": "a.b.c"})", R"({"a": {"b": {"c": 1}}})", "1"},
      {R"({"var": "a.b.x"})", R"({"a": {"b": {"c": 1}}})", "null"},
      {R"({"var": ["a.b.x", "dflt"]})", R"({"a": {"b": {"c": 1}}})", R"("dflt")"},
      {R"({"var": ["a", "dflt"]})", R"({"a": null})", "null"},     // present null beats the default
      {R"({"var": ["x", {"and": [true]}]})", "{}", "true"},
      {R"({"var": 1})", R"(["zero", "one"])", R"("one")"},
      {R"({"var": "list.1.name"})", R"({"list": [{}, {"name": "b"}]})", R"("b")"},
      {R"({"var": "01"})", R"(["zero", "one"])", "null"},
      {R"({"var": "-1"})", R"(["zero"])", "null"},
      {R"({"var": "arr.length"})", R"({"arr": [1, 2, 3]})", "3"},
      {R"({"var": "s.length"})", R"({"s": "𠮷a"})", "3"},
      {R"({"var": "s.1"})", R"({"s": "中文"})", R"("文")"},
      {R"({"var": 1.5})", R"({"1": {"5": "x"}})", R"("x")"},
      {R"({"var": [["a", "b"]]})", R"({"a,b": 3})", "3"},
      {R"({"var": true})", R"({"true": 1})", "1"},
      {R"({"var": ""})", R"({"a": 1})", R"({"a": 1})"},
      {R"({"var": []})", "5", "5"},
      {R"({"var": null})", R"("x")", R"("x")"},
      {R"({"var": "a"})", "null", "null"},
      {R"({"var": "a"})", "5", "null"},
      {R"({"var": "toString"})", "{}", "null"},   // own properties only
      {R"({"var": "a."})", R"({"a": {"": 4}})", "4"},
  });
}

TEST(OpsDataTest, Missing) {
  expect_cases({
      {R"({"missing": ["a", "b"]})", R"({"a": 1})", R"(["b"])"},
      {R"({"missing": [["a", "b"]]})", R"({"b": ""})", R"(["a", "b"])"},
      {R"({"missing": "a"})", R"({"a": 0})", "[]"},
      {R"({"missing": ["a.b"]})", R"({"a": {"b": null}})", R"(["a.b"])"},
      {R"({"missing": [["a", 5], "b"]})", R"({"b": ""})", R"(["a", 5])"},   // the first array is the key list
      {R"({"missing": [[["a", 5], "b"]]})", R"({"b": ""})", R"(["b"])"},  // a key [path, default]
      {R"({"missing": []})", "{}", "[]"},
      {R"({"missing": [1]})", R"(["x", null])", "[1]"},
      {R"({"missing": {"merge": ["a", {"if": [{"var": "t"}, ["b"], []]}]}})", R"({"t": true})", R"(["a", "b"])"},
  });
}

TEST(OpsDataTest, MissingSome) {
  expect_cases({
      {R"({"missing_some": [1, ["a", "b"]]})", R"({"a": 1})", "[]"},
      {R"({"missing_some": [2, ["a", "b", "c"]]})", R"({"a": 1})", R"(["b", "c"])"},
      {R"({"missing_some": ["1", ["a", "b"]]})", R"({"a": 1})", "[]"},
      {R"({"missing_some": [1, "ab"]})", R"({"a": 1})", "[]"},            // "ab".length is 2
      {R"({"missing_some": [2, "ab"]})", R"({"a": 1})", R"(["ab"])"},
      {R"({"missing_some": [1, [["a", "b"], "c"]]})", R"({"a": 1})", "[]"},  // keys a, b; length 2
      {R"({"missing_some": [2, [["a", "b"], "c"]]})", R"({"a": 1})", R"(["b"])"},
      {R"({"missing_some": [0, []]})", "{}", "[]"},
  });
  expect_error(R"({"missing_some": [1, null]})", "{}", Code::kLogicBadArgument, "");
}

TEST(OpsDataTest, LogReturnsItsArgument) {
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  expect_cases({{R"({"log": {"var": "a"}})", R"({"a": [1, {"b": 2}]})", R"([1, {"b": 2}])"}});
  EXPECT_EQ(::testing::internal::GetCapturedStdout(), "");
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
}

}  // namespace
}  // namespace yushen::logic::test
