// Tests for yushen.format and yushen.match in JsonLogic rules.
#include "api/rules.h"

#include <gtest/gtest.h>

#include "util/json_text.h"

namespace yushen {
namespace {

Result<nlohmann::json> run(std::string_view rule, std::string_view data, logic::Env env = {}) {
  auto compiled = logic::compile(read_json(rule).value, &rule_extensions());
  if (!compiled.ok()) return compiled.error();
  return logic::evaluate(compiled.value(), read_json(data).value, env);
}

TEST(Rules, FormatChecksIdentifiers) {
  const char* rule = R"({"yushen.format":["cn-resident-id",{"var":"id"}]})";
  EXPECT_EQ(run(rule, R"({"id":"11010519491231002X"})").value(), true);
  EXPECT_EQ(run(rule, R"({"id":"110105194912310021"})").value(), false);
  EXPECT_EQ(run(rule, R"({"id":42})").value(), false);
  logic::Env env;
  env.today = calendar::Date{1949, 1, 1};
  EXPECT_EQ(run(rule, R"({"id":"11010519491231002X"})", env).value(), false);  // born after "today"
}

TEST(Rules, FormatRejectsUnknownNames) {
  auto result = run(R"({"yushen.format":["no-such-format","x"]})", "{}");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, Code::kLogicBadArgument);
}

// Compiled patterns are cached per thread (16 most recently used): more distinct patterns
// than that, used in turn and in reverse, each still matches exactly its own language, and
// a pattern that does not compile is refused every time, also after good ones.
TEST(Rules, MatchCacheNeverMixesPatterns) {
  for (int round = 0; round < 3; ++round) {
    for (int k = 0; k < 40; ++k) {
      int n = round == 1 ? 39 - k : k;
      std::string rule = R"({"yushen.match":["^\\d{)" + std::to_string(n + 1) + R"(}$",{"var":"v"}]})";
      EXPECT_EQ(run(rule, R"({"v":")" + std::string(n + 1, '7') + R"("})").value(), true) << n;
      EXPECT_EQ(run(rule, R"({"v":")" + std::string(n + 2, '7') + R"("})").value(), false) << n;
      auto refused = run(R"js({"yushen.match":["(?<=a)b",""]})js", "{}");
      ASSERT_FALSE(refused.ok());
      EXPECT_EQ(refused.error().code, Code::kLogicBadArgument);
    }
  }
}

TEST(Rules, MatchUsesTheLinearEngine) {
  const char* rule = R"({"yushen.match":["^\\p{Script=Han}{2,4}$",{"var":"name"}]})";
  EXPECT_EQ(run(rule, R"({"name":"张三"})").value(), true);
  EXPECT_EQ(run(rule, R"({"name":"Zhang"})").value(), false);
  auto refused = run(R"js({"yushen.match":["(?=a)",""]})js", "{}");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, Code::kLogicBadArgument);
}

TEST(Rules, ArityIsCheckedAtCompileTime) {
  auto result = run(R"({"yushen.match":["a"]})", "{}");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, Code::kLogicBadArity);
}

}  // namespace
}  // namespace yushen
