// Tests for compile() and the operator registry (core/logic/compile.cc, registry.cc): the
// stable plan dump, constant folding, unknown operators, arities and the rule depth limit,
// each error with its JSON pointer into the rule.
#include "logic/test_util.h"

namespace yushen::logic::test {
namespace {

std::string dump(const char* rule) {
  Result<Rule> r = compile(Json::parse(rule));
  EXPECT_TRUE(r.ok()) << rule;
  return r.ok() ? r.value().dump() : "";
}

Error compile_error(const Json& rule, const LogicLimits& limits = {}) {
  Result<Rule> r = compile(rule, nullptr, limits);
  EXPECT_FALSE(r.ok()) << rule.dump();
  return r.ok() ? Error{} : r.error();
}

TEST(CompileTest, DumpsTheTree) {
  EXPECT_EQ(dump(R"({"if": [{"<": [{"var": "age"}, 18]}, "minor", "adult"]})"),
            "if  @/\n"
            "  <  @/if/0\n"
            "    var  @/if/0/</0\n"
            "      \"age\"  @/if/0/</0/var\n"
            "    18  @/if/0/</1\n"
            "  \"minor\"  @/if/1\n"
            "  \"adult\"  @/if/2\n");
}

TEST(CompileTest, FoldsConstantArraysAndKeepsLiteralObjects) {
  EXPECT_EQ(dump(R"({"in": ["a", ["a", ["b", 1], {"p": 1, "q": 2}]]})"),
            "in  @/\n"
            "  \"a\"  @/in/0\n"
            "  [\"a\",[\"b\",1],{\"p\":1,\"q\":2}]  @/in/1\n");
  EXPECT_EQ(dump(R"([1, {"var": "x"}])"),
            "array  @/\n"
            "  1  @/0\n"
            "  var  @/1\n"
            "    \"x\"  @/1/var\n");
  EXPECT_EQ(dump("{}"), "{}  @/\n");
  EXPECT_EQ(dump("7"), "7  @/\n");
}

TEST(CompileTest, EscapesOperatorNamesInPointers) {
  EXPECT_EQ(dump(R"({"yushen.len": {"var": "a/b"}})"),
            "yushen.len  @/\n"
            "  var  @/yushen.len\n"
            "    \"a/b\"  @/yushen.len/var\n");
}

TEST(CompileTest, UnknownOperator) {
  Error e = compile_error(Json::parse(R"({"and": [true, {"if": [1, {"plus": [1, 2]}]}]})"));
  EXPECT_EQ(e.code, Code::kLogicUnknownOperator);
  EXPECT_EQ(e.where, "/and/1/if/1");
  EXPECT_EQ(e.params["operator"], "plus");
  EXPECT_EQ(compile_error(Json::parse(R"({"yushen.format": ["x", 1]})")).code, Code::kLogicUnknownOperator);
  EXPECT_EQ(compile_error(Json::parse(R"({"Math.max": [1]})")).code, Code::kLogicUnknownOperator);
}

TEST(CompileTest, Arity) {
  struct Row { const char* rule; const char* where; };
  const Row rows[] = {
      {R"({"!": []})", ""},  {R"({"==": [1]})", ""}, {R"({"==": [1, 2, 3]})", ""}, {R"({"<": [1, 2, 3, 4]})", ""},
      {R"({"map": [[1]]})", ""}, {R"({"substr": ["a"]})", ""}, {R"({"var": [1, 2, 3]})", ""},
      {R"({"missing_some": [1]})", ""}, {R"({"*": []})", ""}, {R"({"and": []})", ""}, {R"({"?:": [1, 2]})", ""},
      {R"({"!": [1, 2]})", ""}, {R"([0, {"-": [1, 2, 3]}])", "/1"}, {R"({"yushen.today": [1]})", ""},
  };
  for (const Row& row : rows) {
    Error e = compile_error(Json::parse(row.rule));
    EXPECT_EQ(e.code, Code::kLogicBadArity) << row.rule;
    EXPECT_EQ(e.where, row.where) << row.rule;
  }
  Error e = compile_error(Json::parse(R"({"==": [1]})"));
  EXPECT_EQ(e.params, Json::parse(R"({"operator": "==", "min": 2, "max": 2, "actual": 1})"));
  EXPECT_EQ(compile_error(Json::parse(R"({"and": []})")).params["max"], nullptr);  // unlimited
  // Forms json-logic-js gives a meaning to compile.
  for (const char* ok : {R"({"if": []})", R"({"merge": []})", R"({"+": []})", R"({"cat": []})", R"({"var": []})",
                         R"({"missing": []})", R"({"-": 1})", R"({"!": [[]]})", R"({"reduce": [[], 1]})"}) {
    EXPECT_TRUE(compile(Json::parse(ok)).ok()) << ok;
  }
}

TEST(CompileTest, RuleDepthLimit) {
  Json rule = 1;
  for (int i = 0; i < 100; ++i) rule = Json{{"!", Json::array({rule})}};
  Error e = compile_error(rule);
  EXPECT_EQ(e.code, Code::kLogicDepthLimit);
  EXPECT_EQ(e.params["limit"], 64);
  LogicLimits roomy;
  roomy.max_rule_depth = 200;
  EXPECT_TRUE(compile(rule, nullptr, roomy).ok());

  Json arrays = Json::array();
  for (int i = 0; i < 100; ++i) arrays = Json::array({arrays});
  EXPECT_EQ(compile_error(arrays).code, Code::kLogicDepthLimit);

  // 10,000 levels: compile stops at the limit without deep recursion.
  Json deep = true;
  for (int i = 0; i < 10000; ++i) {
    Json wrapper = Json::object();
    wrapper["!!"] = std::move(deep);  // moved, never copied: a copy would recurse 10,000 deep
    deep = std::move(wrapper);
  }
  EXPECT_EQ(compile_error(deep).code, Code::kLogicDepthLimit);
}

TEST(CompileTest, OperatorNames) {
  std::vector<std::string_view> names = operator_names();
  auto has = [&](std::string_view n) { return std::find(names.begin(), names.end(), n) != names.end(); };
  for (std::string_view n : {"var", "missing_some", "?:", "===", "substr", "reduce", "yushen.add_working_days",
                             "yushen.birth_date_from_id"}) {
    EXPECT_TRUE(has(n)) << n;
  }
  EXPECT_FALSE(has("yushen.format"));  // registered by another stage through Extensions
}

TEST(CompileTest, RulesAreReusableAndCopyable) {
  Result<Rule> r = compile(Json::parse(R"({"*": [{"var": "n"}, 2]})"));
  ASSERT_TRUE(r.ok());
  Rule copy = r.value();
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(evaluate(copy, Json{{"n", i}}).value(), i * 2);
  }
}

}  // namespace
}  // namespace yushen::logic::test
