// Tests for the schema compiler: plan dumps for representative schemas, and located,
// coded errors for schemas a template author gets wrong.
#include "schema/compiler.h"

#include <gtest/gtest.h>

#include "util/json_text.h"

namespace yushen::schema {
namespace {

Result<PlanPtr> compile_text(std::string_view text, CompileOptions options = {}) {
  JsonRead read = read_json(text);
  EXPECT_EQ(read.error, JsonReadError::none) << text;
  return compile(read.value, options);
}

TEST(Compile, PlanDumpIsStable) {
  auto plan = compile_text(R"({"type":"object","required":["a"],"properties":{"a":{"type":"string","minLength":2}}})");
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan::dump_plan(*plan.value()),
            "plan v3 root=0\n"
            "node 0 #\n"
            "  AssertType type a=4 b=0\n"
            "  AssertRequired required a=0 b=1 c=1 d=1\n"
            "  LoopProperties properties a=0 b=1\n"
            "node 1 #/properties/a\n"
            "  AssertType type a=32 b=0\n"
            "  AssertMinLength minLength a=0 b=0 num=2\n");
}

// A node that is nothing but a `$ref` forwards to the end of the chain; one with another
// keyword beside its `$ref`, or the target itself, does not.
TEST(Compile, RefOnlyNodesForwardToTheirTarget) {
  auto plan = compile_text(R"({"$defs":{"m":{"type":"string"},"alias":{"$ref":"#/$defs/m"}},
    "properties":{"a":{"$ref":"#/$defs/alias"},"b":{"$ref":"#/$defs/m","minLength":2}}})");
  ASSERT_TRUE(plan.ok());
  auto node_at = [&](std::string_view location) -> const plan::Node& {
    for (const plan::Node& n : plan.value()->nodes) {
      if (n.location == location) return n;
    }
    ADD_FAILURE() << "no node at " << location;
    return plan.value()->nodes[0];
  };
  const plan::Node& m = node_at("#/$defs/m");
  const plan::NodeId m_id = static_cast<plan::NodeId>(&m - plan.value()->nodes.data());
  EXPECT_EQ(node_at("#/properties/a").forward, m_id);
  EXPECT_EQ(node_at("#/$defs/alias").forward, m_id);
  EXPECT_EQ(node_at("#/properties/b").forward, plan::kNoNode);
  EXPECT_EQ(m.forward, plan::kNoNode);
}

TEST(Compile, SharedRefsCompileOnce) {
  auto plan = compile_text(R"({"$defs":{"id":{"type":"string"}},"properties":{"a":{"$ref":"#/$defs/id"},"b":{"$ref":"#/$defs/id"}}})");
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan.value()->nodes.size(), 4u);  // root, a, b, $defs/id
}

// A pattern written several times (a mobile number per contact) compiles once; a different
// pattern, or the same text used as a patternProperties key, reuses or adds as it should.
TEST(Compile, RepeatedPatternsShareOneProgram) {
  auto plan = compile_text(R"({"properties":{
    "a":{"pattern":"^1[3-9]\\d{9}$"},"b":{"pattern":"^1[3-9]\\d{9}$"},
    "c":{"pattern":"^\\d{6}$"},"d":{"patternProperties":{"^\\d{6}$":{"type":"string"}}}}})");
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan.value()->regexes.size(), 2u);
  std::vector<std::uint32_t> used;
  for (const plan::Instruction& in : plan.value()->code) {
    if (in.op == plan::Op::AssertPattern) used.push_back(in.a);
  }
  EXPECT_EQ(used, (std::vector<std::uint32_t>{0, 0, 1}));
  ASSERT_EQ(plan.value()->patterns.size(), 1u);
  EXPECT_EQ(plan.value()->patterns[0].regex, 1u);
}

TEST(Compile, Draft7RefIgnoresSiblings) {
  CompileOptions options;
  options.default_dialect = Dialect::draft7;
  auto plan = compile_text(R"({"definitions":{"x":{"type":"integer"}},"$ref":"#/definitions/x","maxLength":1})", options);
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan.value()->nodes[0].count, 1u);
}

TEST(Compile, UnevaluatedMarksNodesThatCollect) {
  auto plan = compile_text(R"({"allOf":[{"properties":{"a":true}}],"unevaluatedProperties":false})");
  ASSERT_TRUE(plan.ok());
  EXPECT_TRUE(plan.value()->nodes[0].collects_properties);
}

struct BadSchema {
  const char* schema;
  Code code;
  const char* where;
};

TEST(Compile, BadSchemasGiveLocatedCodes) {
  const BadSchema rows[] = {
      {R"([1])", Code::kSchemaNotSchema, ""},
      {R"({"properties":{"a":5}})", Code::kSchemaNotSchema, "/properties/a"},
      {R"({"type":"strin"})", Code::kSchemaBadKeyword, "/type"},
      {R"({"minLength":-1})", Code::kSchemaBadKeyword, "/minLength"},
      {R"({"minLength":1.5})", Code::kSchemaBadKeyword, "/minLength"},
      {R"({"required":"a"})", Code::kSchemaBadKeyword, "/required"},
      {R"({"multipleOf":0})", Code::kSchemaBadKeyword, "/multipleOf"},
      {R"({"allOf":[]})", Code::kSchemaBadKeyword, "/allOf"},
      {R"({"pattern":"(?<=a)b"})", Code::kSchemaBadPattern, "/pattern"},
      {R"({"patternProperties":{"[":{}}})", Code::kSchemaBadPattern, "/patternProperties"},
      {R"({"$ref":"#/nowhere"})", Code::kSchemaUnresolvedRef, "/$ref"},
      {R"({"$ref":"other.json"})", Code::kSchemaUnresolvedRef, "/$ref"},
      {R"({"$ref":"#"})", Code::kSchemaRefCycle, ""},
      {R"({"$schema":"http://example.com/unknown"})", Code::kSchemaUnknownDialect, "/$schema"},
  };
  for (const BadSchema& row : rows) {
    auto plan = compile_text(row.schema);
    ASSERT_FALSE(plan.ok()) << row.schema;
    EXPECT_EQ(code_id(plan.error().code), code_id(row.code)) << row.schema;
    EXPECT_EQ(plan.error().where, row.where) << row.schema;
  }
}

TEST(Compile, ResolverSuppliesRemoteDocuments) {
  CompileOptions options;
  int calls = 0;
  options.resolver = [&](const std::string& uri) -> std::optional<std::string> {
    ++calls;
    if (uri == "https://forms.example/common.json") return R"({"$defs":{"phone":{"pattern":"^1[3-9]\\d{9}$"}}})";
    return std::nullopt;
  };
  auto plan = compile_text(R"({"$id":"https://forms.example/main.json","properties":{
      "a":{"$ref":"common.json#/$defs/phone"},"b":{"$ref":"common.json#/$defs/phone"}}})",
                           options);
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(calls, 1);
}

TEST(Compile, NodeLimitIsEnforced) {
  CompileOptions options;
  options.limits.max_nodes = 10;
  std::string schema = R"({"allOf":[)";
  for (int i = 0; i < 20; ++i) schema += std::string(i ? "," : "") + R"({"type":"integer"})";
  schema += "]}";
  auto plan = compile_text(schema, options);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.error().code, Code::kSchemaTooLarge);
}

}  // namespace
}  // namespace yushen::schema
