// Helpers shared by the logic tests: compile-and-evaluate in one call, and JSON comparison
// that treats 1 and 1.0 as the same number.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "logic/logic.h"

namespace yushen::logic::test {

using Json = nlohmann::json;

inline bool same_json(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>();
  if (a.type() != b.type()) return false;
  if (a.is_array() || a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(), jt = b.begin(); it != a.end(); ++it, ++jt) {
      if (a.is_object() && it.key() != jt.key()) return false;
      if (!same_json(it.value(), jt.value())) return false;
    }
    return true;
  }
  return a == b;
}

// Compiles and evaluates `rule` (JSON text) against `data` (JSON text).
inline Result<Json> run(const std::string& rule, const std::string& data = "null", const Env& env = {},
                        const Extensions* extensions = nullptr, const LogicLimits& limits = {}) {
  Json r = Json::parse(rule, nullptr, false);
  Json d = Json::parse(data, nullptr, false);
  if (r.is_discarded() || d.is_discarded()) return make_error(Code::kJsonSyntax);
  Result<Rule> compiled = compile(r, extensions, limits);
  if (!compiled.ok()) return compiled.error();
  return evaluate(compiled.value(), d, env);
}

// A table row: rule, data, expected result (all JSON text).
struct Case {
  const char* rule;
  const char* data;
  const char* expected;
};

inline void expect_cases(const std::vector<Case>& cases, const Env& env = {}) {
  for (const Case& c : cases) {
    Result<Json> r = run(c.rule, c.data, env);
    if (!r.ok()) {
      ADD_FAILURE() << c.rule << " with " << c.data << " failed: " << code_id(r.error().code) << " at "
                    << r.error().where;
      continue;
    }
    Json expected = Json::parse(c.expected);
    EXPECT_TRUE(same_json(r.value(), expected))
        << c.rule << " with " << c.data << " gave " << r.value().dump() << ", expected " << c.expected;
  }
}

inline void expect_error(const char* rule, const char* data, Code code, const char* where = nullptr,
                         const Env& env = {}) {
  Result<Json> r = run(rule, data, env);
  ASSERT_FALSE(r.ok()) << rule << " gave " << r.value().dump();
  EXPECT_EQ(code_id(r.error().code), code_id(code)) << rule;
  if (where) {
    EXPECT_EQ(r.error().where, where) << rule;
  }
}

}  // namespace yushen::logic::test
