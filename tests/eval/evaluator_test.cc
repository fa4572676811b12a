// Tests for the evaluator beyond the official suite: error order and paths, the boolean
// mode, work and depth budgets, hostile inputs.
#include "eval/evaluator.h"

#include <gtest/gtest.h>

#include "schema/compiler.h"
#include "util/json_text.h"

namespace yushen::eval {
namespace {

schema::PlanPtr plan_of(std::string_view text) {
  auto plan = schema::compile(read_json(text).value, {});
  EXPECT_TRUE(plan.ok()) << text;
  return plan.value();
}

Outcome run(const schema::PlanPtr& plan, std::string_view instance, EvalOptions options = {}) {
  return evaluate(*plan, read_json(instance).value, options);
}

TEST(Evaluator, ReportsEveryErrorWithInstancePaths) {
  auto plan = plan_of(R"({"properties":{"a":{"type":"string"},"b":{"items":{"minimum":0}}},"required":["c","d"]})");
  Outcome outcome = run(plan, R"({"a":1,"b":[1,-1,-2]})");
  ASSERT_FALSE(outcome.valid);
  std::vector<std::string> got;
  for (const Finding& f : outcome.errors) got.push_back(std::string(code_id(f.code)) + "@" + f.instance_path);
  EXPECT_EQ(got, (std::vector<std::string>{"schema.required@", "schema.required@", "schema.type@/a",
                                           "schema.minimum@/b/1", "schema.minimum@/b/2"}));
}

// `required` is checked by one merge of its names, sorted, against the sorted members; a
// miss falls back to the schema's order, repeats included, for the report.
TEST(Evaluator, RequiredChecksNamesInAnyOrderAndReportsInSchemaOrder) {
  auto plan = plan_of(R"({"required":["b","\u00e9","a","b","z"]})");
  EXPECT_TRUE(run(plan, R"({"z":0,"\u00e9":1,"b":2,"aa":3,"a":4,"0":5})").valid);
  EXPECT_TRUE(run(plan, R"({"a":1,"b":2,"z":3,"\u00e9":4})").valid);
  Outcome outcome = run(plan, R"({"z":0,"aa":1,"\u00e9":2})");
  std::vector<std::string> missing;
  for (const Finding& f : outcome.errors) missing.push_back(std::string(code_id(f.code)) + ":" + std::string(f.found_view));
  EXPECT_EQ(missing, (std::vector<std::string>{"schema.required:b", "schema.required:a", "schema.required:b"}));
  // Not an object: nothing to check.
  EXPECT_TRUE(run(plan, "[1]").valid);
  // Only the last member missing, and a member that sorts after every name.
  EXPECT_FALSE(run(plan, R"({"a":1,"b":2,"\u00e9":3,"~":4})").valid);
}

// A field that is only a `$ref` is evaluated at its target directly (plan::Node::forward):
// the same errors either way, and the "basic" output, which tracks keyword locations, still
// names every `$ref` on the way.
TEST(Evaluator, RefOnlyFieldsGiveTheSameErrorsTrackedOrNot) {
  auto plan = plan_of(R"({"$defs":{"m":{"type":"string"},"alias":{"$ref":"#/$defs/m"}},
    "properties":{"a":{"$ref":"#/$defs/alias"}}})");
  EvalOptions tracked;
  tracked.track_keyword_locations = true;
  for (const EvalOptions& options : {EvalOptions{}, tracked}) {
    Outcome outcome = run(plan, R"({"a":1})", options);
    ASSERT_EQ(outcome.errors.size(), 1u);
    EXPECT_EQ(outcome.errors[0].code, Code::kType);
    EXPECT_EQ(outcome.errors[0].instance_path, "/a");
    EXPECT_EQ(plan->meta[outcome.errors[0].meta].schema_path, "#/$defs/m/type");
  }
  EXPECT_EQ(run(plan, R"({"a":1})", tracked).errors[0].keyword_location, "/properties/a/$ref/$ref/type");
  EXPECT_TRUE(run(plan, R"({"a":"x"})").valid);
}

TEST(Evaluator, FlagModeStopsAtFirstError) {
  auto plan = plan_of(R"({"items":{"minimum":0}})");
  EvalOptions options;
  options.collect_errors = false;
  Outcome outcome = run(plan, "[-1,-2,-3]", options);
  EXPECT_FALSE(outcome.valid);
  EXPECT_TRUE(outcome.errors.empty());
}

TEST(Evaluator, AnyOfKeepsBranchErrorsOnlyWhenAllFail) {
  auto plan = plan_of(R"({"anyOf":[{"type":"string"},{"minimum":5}]})");
  EXPECT_TRUE(run(plan, "7").valid);
  EXPECT_TRUE(run(plan, "7").errors.empty());
  Outcome failed = run(plan, "1");
  ASSERT_EQ(failed.errors.size(), 3u);
  EXPECT_EQ(failed.errors.back().code, Code::kAnyOf);
}

TEST(Evaluator, WorkBudgetStopsHugeEvaluations) {
  auto plan = plan_of(R"({"items":{"items":{"items":{"type":"integer"}}}})");
  std::string big = "[";
  for (int i = 0; i < 200; ++i) big += std::string(i ? "," : "") + "[[1,2,3,4,5,6,7,8,9,10]]";
  big += "]";
  EvalOptions options;
  options.limits.max_work = 500;
  Outcome outcome = run(plan, big, options);
  ASSERT_TRUE(outcome.limit.has_value());
  EXPECT_EQ(outcome.limit->code, Code::kLimitWork);
  EXPECT_FALSE(outcome.valid);
}

TEST(Evaluator, DepthBudgetStopsRecursiveSchemas) {
  auto plan = plan_of(R"({"items":{"$ref":"#"}})");
  std::string deep = std::string(200, '[') + std::string(200, ']');
  EvalOptions options;
  options.limits.max_depth = 100;
  Outcome outcome = run(plan, deep, options);
  ASSERT_TRUE(outcome.limit.has_value());
  EXPECT_EQ(outcome.limit->code, Code::kLimitEvalDepth);
}

TEST(Evaluator, UniqueItemsIsNotQuadratic) {
  auto plan = plan_of(R"({"uniqueItems":true})");
  std::string big = "[";
  for (int i = 0; i < 100000; ++i) big += std::string(i ? "," : "") + std::to_string(i);
  big += ",5]";
  Outcome outcome = run(plan, big);
  ASSERT_EQ(outcome.errors.size(), 1u);
  nlohmann::json params = finding_params(*plan, outcome.errors[0]);
  EXPECT_EQ(params["j"], 5);
  EXPECT_EQ(params["i"], 100000);
}

TEST(Evaluator, DynamicRefUsesOutermostAnchor) {
  auto plan = plan_of(R"({"$id":"https://x/root","$dynamicAnchor":"node","$ref":"tree",
    "unevaluatedProperties":false,
    "$defs":{"tree":{"$id":"tree","$dynamicAnchor":"node","properties":{"kids":{"items":{"$dynamicRef":"#node"}},"v":true}}}})");
  EXPECT_TRUE(run(plan, R"({"kids":[{"v":1}]})").valid);
  EXPECT_FALSE(run(plan, R"({"kids":[{"w":1}]})").valid);
}

}  // namespace
}  // namespace yushen::eval
