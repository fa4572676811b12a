// Tests for Extensions (core/logic/extensions.cc): registration rules, compile-time lookup and
// arity, evaluation with evaluated JSON arguments, and error pass-through with the node pointer.
#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

Result<Json> echo_length(std::span<const Json> args, const Env&) { return Json(args.size()); }

TEST(ExtensionsTest, Registration) {
  Extensions ext;
  EXPECT_FALSE(ext.add("yushen.format", 2, 2, echo_length).has_value());
  std::optional<Error> twice = ext.add("yushen.format", 2, 2, echo_length);
  ASSERT_TRUE(twice.has_value());
  EXPECT_EQ(twice->code, Code::kLogicBadExtension);
  EXPECT_EQ(twice->params["operator"], "yushen.format");
  EXPECT_TRUE(ext.add("var", 1, 1, echo_length).has_value());          // standard
  EXPECT_TRUE(ext.add("yushen.len", 1, 1, echo_length).has_value());   // built in
  EXPECT_TRUE(ext.add("", 1, 1, echo_length).has_value());
  EXPECT_TRUE(ext.add("x", 2, 1, echo_length).has_value());             // min > max
  EXPECT_TRUE(ext.add("x", 0, 1, nullptr).has_value());
  EXPECT_NE(ext.find("yushen.format"), nullptr);
  EXPECT_EQ(ext.find("yushen.match"), nullptr);
}

TEST(ExtensionsTest, CompileAndEvaluate) {
  Extensions ext;
  ASSERT_FALSE(ext.add("yushen.match", 2, 2,
                       [](std::span<const Json> args, const Env&) -> Result<Json> {
                         if (!args[0].is_string()) return make_error(Code::kLogicBadArgument, "", {{"index", 1}});
                         return Json(args[1].is_string() && args[1].get<std::string>().rfind(args[0].get<std::string>(), 0) == 0);
                       })
                   .has_value());
  ASSERT_FALSE(ext.add("test.count", 0, Extensions::kUnlimited, echo_length).has_value());
  Result<Json> r = run(R"({"yushen.match": ["11", {"var": "code"}]})", R"({"code": "110101"})", {}, &ext);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), true);
  Result<Json> n = run(R"({"test.count": [1, {"var": "x"}, [2, 3]]})", "{}", {}, &ext);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n.value(), 3);
  Result<Json> bad = run(R"({"if": [true, {"yushen.match": [1, "x"]}]})", "{}", {}, &ext);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, Code::kLogicBadArgument);
  EXPECT_EQ(bad.error().where, "/if/1");
  Result<Json> arity = run(R"({"yushen.match": ["x"]})", "{}", {}, &ext);
  ASSERT_FALSE(arity.ok());
  EXPECT_EQ(arity.error().code, Code::kLogicBadArity);
  // Without the table the operator is unknown.
  Result<Json> unknown = run(R"({"yushen.match": ["x", "y"]})", "{}");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, Code::kLogicUnknownOperator);
}

TEST(ExtensionsTest, RuleOwnsItsExtensions) {
  Result<Rule> rule = [] {
    Extensions ext;  // gone before the rule is evaluated
    (void)ext.add("test.one", 0, 0, [](std::span<const Json>, const Env&) -> Result<Json> { return Json(1); });
    return compile(Json::parse(R"({"+": [{"test.one": []}, 1]})"), &ext);
  }();
  ASSERT_TRUE(rule.ok());
  EXPECT_EQ(evaluate(rule.value(), Json()).value(), 2);
}

}  // namespace
}  // namespace yushen::logic::test
