// Walkers for the lint rules: every subschema of the form schema, and every JsonLogic rule of
// a template. Explicit worklists: a deep schema costs no recursion.
// Entry points: for_each_subschema(), for_each_logic(). Tested by tests/template/lint_test.cc.
#include <utility>

#include "template/lint.h"
#include "template/reader.h"

namespace yushen::tmpl::detail {

void for_each_subschema(const nlohmann::json& root, const std::string& pointer, const SubschemaVisit& visit,
                        std::size_t max_nodes) {
  static constexpr std::string_view kOne[] = {"items", "additionalProperties", "additionalItems", "unevaluatedItems",
                                              "unevaluatedProperties", "contains", "propertyNames", "not",
                                              "if", "then", "else"};
  static constexpr std::string_view kMap[] = {"properties", "patternProperties", "$defs", "definitions",
                                              "dependentSchemas"};
  static constexpr std::string_view kList[] = {"allOf", "anyOf", "oneOf", "prefixItems", "items"};
  std::vector<std::pair<const nlohmann::json*, std::string>> work{{&root, pointer}};
  std::size_t visited = 0;
  while (!work.empty() && visited < max_nodes) {
    auto [schema, at] = std::move(work.back());
    work.pop_back();
    ++visited;
    if (!schema->is_object()) continue;
    visit(*schema, at);
    for (std::string_view key : kOne) {
      auto it = schema->find(key);
      if (it != schema->end() && it->is_object()) work.emplace_back(&*it, child(at, key));
    }
    for (std::string_view key : kMap) {
      auto it = schema->find(key);
      if (it == schema->end() || !it->is_object()) continue;
      for (auto member = it->begin(); member != it->end(); ++member) {
        work.emplace_back(&member.value(), child(child(at, key), member.key()));
      }
    }
    for (std::string_view key : kList) {
      auto it = schema->find(key);
      if (it == schema->end() || !it->is_array()) continue;
      for (std::size_t i = 0; i < it->size(); ++i) work.emplace_back(&(*it)[i], child(child(at, key), i));
    }
  }
}

namespace {

void visit_member(const nlohmann::json& object, std::string_view key, const std::string& at, const LogicVisit& visit) {
  if (!object.is_object()) return;
  auto it = object.find(key);
  if (it != object.end()) visit(*it, child(at, key));
}

// Calls `each(item, pointer)` for the items of the array member `key` of `object`.
template <class Each>
void each_item(const nlohmann::json& object, std::string_view key, const std::string& at, Each each) {
  if (!object.is_object()) return;
  auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return;
  for (std::size_t i = 0; i < it->size(); ++i) each((*it)[i], child(child(at, key), i));
}

}  // namespace

void for_each_logic(const nlohmann::json& json, const LogicVisit& visit) {
  each_item(json, "conditions", "", [&](const nlohmann::json& item, const std::string& at) {
    visit_member(item, "when", at, visit);
  });
  each_item(json, "rules", "", [&](const nlohmann::json& item, const std::string& at) {
    visit_member(item, "when", at, visit);
    visit_member(item, "assert", at, visit);
    auto params = item.is_object() ? item.find("params") : item.end();
    if (params != item.end() && params->is_object()) {
      for (auto it = params->begin(); it != params->end(); ++it) visit(it.value(), child(child(at, "params"), it.key()));
    }
  });
  each_item(json, "materials", "", [&](const nlohmann::json& item, const std::string& at) {
    visit_member(item, "when", at, visit);
  });
  each_item(json, "alternatives", "", [&](const nlohmann::json& item, const std::string& at) {
    visit_member(item, "when", at, visit);
    each_item(item, "sets", at, [&](const nlohmann::json& set, const std::string& set_at) {
      visit_member(set, "when", set_at, visit);
    });
  });
  for (std::string_view policy : {"tolerance", "commitment"}) {
    auto it = json.is_object() ? json.find(policy) : json.end();
    if (it == json.end() || !it->is_object()) continue;
    auto eligibility = it->find("eligibility");
    if (eligibility != it->end()) visit_member(*eligibility, "rule", child(child("", policy), "eligibility"), visit);
  }
}

}  // namespace yushen::tmpl::detail
