// Lint rule: rules and conditions must refer to things the template defines — every
// {"var": "form.…"} and /form/… path to a field of the form schema, every "case.…" and
// /case/… to a declared 情形, /materials/… to a material. Catches typos that would make a
// rule silently never fire. Entry point: lint_fields(). Tested by tests/template/lint_test.cc.
#include <utility>

#include "template/lint.h"
#include "template/local_ref.h"
#include "template/reader.h"
#include "util/json_pointer.h"

namespace yushen::tmpl::detail {
namespace {

using Json = nlohmann::json;

// Whether the schema defines a value at `tokens`. A walk over (subschema, depth) pairs with a
// visit budget; when the budget runs out or a construct is too open to judge
// (patternProperties, a non-local $ref), the answer is "defined", so lint never cries wolf.
bool schema_defines(const Json& root, const std::vector<std::string>& tokens) {
  std::vector<std::pair<const Json*, std::size_t>> work{{&root, 0}};
  std::size_t budget = 10000;
  while (!work.empty()) {
    if (--budget == 0) return true;
    auto [schema, depth] = work.back();
    work.pop_back();
    if (depth == tokens.size() || schema->is_boolean()) {
      if (depth == tokens.size() || *schema == true) return true;
      continue;
    }
    if (!schema->is_object()) continue;
    const std::string& token = tokens[depth];
    if (auto ref = schema->find("$ref"); ref != schema->end() && ref->is_string()) {
      const Json* target = resolve_local_ref(root, ref->get_ref<const std::string&>());
      if (!target) return true;
      work.emplace_back(target, depth);
    }
    for (std::string_view key : {"allOf", "anyOf", "oneOf"}) {
      auto list = schema->find(key);
      if (list == schema->end() || !list->is_array()) continue;
      for (const Json& sub : *list) work.emplace_back(&sub, depth);
    }
    for (std::string_view key : {"if", "then", "else"}) {
      if (auto sub = schema->find(key); sub != schema->end()) work.emplace_back(&*sub, depth);
    }
    if (auto deps = schema->find("dependentSchemas"); deps != schema->end() && deps->is_object()) {
      for (const Json& sub : *deps) work.emplace_back(&sub, depth);
    }
    if (auto props = schema->find("properties"); props != schema->end() && props->is_object()) {
      if (auto sub = props->find(token); sub != props->end()) work.emplace_back(&*sub, depth + 1);
    }
    if (auto pattern = schema->find("patternProperties"); pattern != schema->end() && !pattern->empty()) return true;
    if (auto extra = schema->find("additionalProperties"); extra != schema->end() && extra->is_object()) {
      work.emplace_back(&*extra, depth + 1);
    }
    if (is_index_token(token)) {
      if (auto items = schema->find("items"); items != schema->end() && items->is_object()) {
        work.emplace_back(&*items, depth + 1);
      }
      if (auto prefix = schema->find("prefixItems"); prefix != schema->end() && prefix->is_array()) {
        std::size_t index = std::stoul(token);
        if (index < prefix->size()) work.emplace_back(&(*prefix)[index], depth + 1);
      }
    }
  }
  return false;
}

std::vector<std::string> split_dotted(const std::string& path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t dot = path.find('.', start);
    if (dot == std::string::npos) dot = path.size();
    out.push_back(path.substr(start, dot - start));
    start = dot + 1;
  }
  return out;
}

struct Checker {
  const LintInput& input;
  const Json* form = nullptr;
  std::vector<Error>& out;

  bool has_case(const std::string& id) const {
    for (const Case& c : input.parsed.cases) {
      if (c.id == id) return true;
    }
    return false;
  }

  // `tokens` is a path into the submission: form/…, case/<id>, stage, materials/<id>, ….
  bool defined(const std::vector<std::string>& tokens) const {
    if (tokens.empty()) return true;
    const std::string& head = tokens[0];
    if (head == "form") {
      if (!form) return true;
      return schema_defines(*form, std::vector<std::string>(tokens.begin() + 1, tokens.end()));
    }
    if (head == "case") return tokens.size() == 1 || has_case(tokens[1]);
    if (head == "materials") return tokens.size() == 1 || input.parsed.material_index(tokens[1]) != Template::npos;
    return head == "stage" || head == "context" || head == "today" || head == "deferrals" ||
           head == "commitments" || head == "signature";
  }

  void check_var(const std::string& path, const std::string& at) {
    if (path.empty()) return;
    std::vector<std::string> tokens = split_dotted(path);
    if (!defined(tokens)) out.push_back(make_error(Code::kTemplateUnknownField, at, {{"field", path}}));
  }

  // Visits every {"var": …} of a rule; the item-scoped arguments of map/filter/reduce/all/
  // some/none read the current item, not the submission, and are skipped.
  void walk_logic(const Json& rule, const std::string& at) {
    std::vector<std::pair<const Json*, std::string>> work{{&rule, at}};
    while (!work.empty()) {
      auto [node, where] = std::move(work.back());
      work.pop_back();
      if (node->is_array()) {
        for (std::size_t i = 0; i < node->size(); ++i) work.emplace_back(&(*node)[i], child(where, i));
        continue;
      }
      if (!node->is_object() || node->size() != 1) continue;
      const std::string& op = node->begin().key();
      const Json& args = node->begin().value();
      std::string args_at = child(where, op);
      if (op == "var") {
        const Json& name = args.is_array() && !args.empty() ? args[0] : args;
        if (name.is_string()) check_var(name.get<std::string>(), args_at);
        continue;
      }
      bool scoped = op == "map" || op == "filter" || op == "reduce" || op == "all" || op == "some" || op == "none";
      if (scoped && args.is_array()) {
        if (!args.empty()) work.emplace_back(&args[0], child(args_at, std::size_t{0}));
        if (op == "reduce" && args.size() > 2) work.emplace_back(&args[2], child(args_at, std::size_t{2}));
        continue;
      }
      work.emplace_back(&args, args_at);
    }
  }

  void check_path(const Json& item, const std::string& at) {
    if (!item.is_object()) return;
    auto path = item.find("path");
    if (path == item.end() || !path->is_string()) return;
    std::optional<std::vector<std::string>> tokens = split_pointer(path->get<std::string>());
    if (tokens && !defined(*tokens)) {
      out.push_back(make_error(Code::kTemplateUnknownField, child(at, "path"), {{"field", path->get<std::string>()}}));
    }
  }
};

}  // namespace

void lint_fields(const LintInput& input, std::vector<Error>& out) {
  if (!input.json.is_object()) return;
  Checker checker{input, nullptr, out};
  if (auto form = input.json.find("form"); form != input.json.end()) checker.form = &*form;
  for_each_logic(input.json, [&](const Json& rule, const std::string& at) { checker.walk_logic(rule, at); });
  for (std::string_view list : {"conditions", "rules"}) {
    auto items = input.json.find(list);
    if (items == input.json.end() || !items->is_array()) continue;
    for (std::size_t i = 0; i < items->size(); ++i) checker.check_path((*items)[i], child(child("", list), i));
  }
}

}  // namespace yushen::tmpl::detail
