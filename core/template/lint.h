// Internal to the template stage; use template/template.h (lint_template). The lint rules:
// one file per rule (lint_<rule>.cc), each adding located Errors, listed once in lint.cc.
// Tested by tests/template/lint_test.cc.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "template/template.h"

namespace yushen::tmpl::detail {

// What a lint rule sees: the template as written and as parsed (partial when it has errors).
struct LintInput {
  const nlohmann::json& json;
  const Template& parsed;
};

using LintRule = void (*)(const LintInput& input, std::vector<Error>& out);

void lint_metaschema(const LintInput& input, std::vector<Error>& out);     // lint_metaschema.cc
void lint_fields(const LintInput& input, std::vector<Error>& out);         // lint_fields.cc
void lint_key_materials(const LintInput& input, std::vector<Error>& out);  // lint_key_materials.cc
void lint_alternatives(const LintInput& input, std::vector<Error>& out);   // lint_alternatives.cc
void lint_patterns(const LintInput& input, std::vector<Error>& out);       // lint_patterns.cc
void lint_placeholders(const LintInput& input, std::vector<Error>& out);   // lint_placeholders.cc
void lint_translations(const LintInput& input, std::vector<Error>& out);   // lint_translations.cc

// The {name} placeholders of a message text, in order of appearance.
std::vector<std::string> placeholders(std::string_view text);

// Calls `visit(schema, pointer)` for every subschema of a JSON Schema (the root included),
// following the applicator keywords of 2020-12 and draft-07 with an explicit worklist; at
// most `max_nodes` subschemas are visited.
// (lint_walk.cc)
using SubschemaVisit = std::function<void(const nlohmann::json& schema, const std::string& pointer)>;
void for_each_subschema(const nlohmann::json& root, const std::string& pointer, const SubschemaVisit& visit,
                        std::size_t max_nodes = 100000);

// Calls `visit(rule, pointer)` for every JsonLogic rule of the template as written: condition
// and material `when`s, rule `when`/`assert`/`params`, alternative and set `when`s and the
// eligibility rules (lint_walk.cc).
using LogicVisit = std::function<void(const nlohmann::json& rule, const std::string& pointer)>;
void for_each_logic(const nlohmann::json& json, const LogicVisit& visit);

}  // namespace yushen::tmpl::detail
