// Runs the classic JsonLogic conformance cases (shared/testdata/jsonlogic/tests.json, from
// json-logic-js) through compile() and evaluate(): every case must pass. Results are compared
// as JSON values after normalising numbers (1 == 1.0), as the reference compares them.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "logic/logic.h"

namespace yushen::logic {
namespace {

using Json = nlohmann::json;

// Numbers compare by value whatever their JSON representation (1, 1.0, 1u).
bool same(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>();
  if (a.type() != b.type()) return false;
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!same(a[i], b[i])) return false;
    }
    return true;
  }
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
      auto other = b.find(it.key());
      if (other == b.end() || !same(it.value(), *other)) return false;
    }
    return true;
  }
  return a == b;
}

TEST(OfficialCasesTest, AllPass) {
  std::ifstream in(YUSHEN_SHARED_DIR "/testdata/jsonlogic/tests.json");
  ASSERT_TRUE(in) << "missing " YUSHEN_SHARED_DIR "/testdata/jsonlogic/tests.json";
  std::stringstream text;
  text << in.rdbuf();
  Json cases = Json::parse(text.str(), nullptr, false);
  ASSERT_TRUE(cases.is_array());
  std::size_t passed = 0;
  std::size_t total = 0;
  std::string section;
  for (const Json& c : cases) {
    if (c.is_string()) {
      section = c.get<std::string>();
      continue;
    }
    ++total;
    const Json& rule = c[0];
    const Json& data = c[1];
    const Json& expected = c[2];
    Result<Rule> compiled = compile(rule);
    if (!compiled.ok()) {
      ADD_FAILURE() << section << ": " << rule.dump() << " does not compile: "
                    << code_id(compiled.error().code) << " at " << compiled.error().where;
      continue;
    }
    Result<Json> result = evaluate(compiled.value(), data);
    if (!result.ok()) {
      ADD_FAILURE() << section << ": " << rule.dump() << " with " << data.dump() << " failed with "
                    << code_id(result.error().code);
      continue;
    }
    if (!same(result.value(), expected)) {
      ADD_FAILURE() << section << ": " << rule.dump() << " with " << data.dump() << " gave "
                    << result.value().dump() << ", expected " << expected.dump();
      continue;
    }
    ++passed;
  }
  std::printf("JsonLogic official cases: %zu passed, %zu failed (of %zu)\n", passed, total - passed, total);
  EXPECT_EQ(total, 278u);
  EXPECT_EQ(passed, total);
}

}  // namespace
}  // namespace yushen::logic
