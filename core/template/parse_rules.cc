// Template compile: cross-field rules — JsonLogic `assert` (truthy = passes), optional `when`,
// the submission path the issue points at, severity error | block | warning, the message in
// each locale and the {placeholder} values as JsonLogic. Entry point: parse_rules().
// Tested by tests/template/compile_test.cc.
#include <set>

#include "template/parse.h"
#include "util/json_pointer.h"

namespace yushen::tmpl::detail {
namespace {

std::optional<Severity> parse_severity(Reader& reader, const Json& item, const std::string& at) {
  std::optional<std::string> name = reader.string(item, "severity", at, true);
  if (!name) return std::nullopt;
  if (*name == "error") return Severity::error;
  if (*name == "block") return Severity::block;
  if (*name == "warning") return Severity::warning;
  reader.fail(Code::kTemplateBadValue, child(at, "severity"), {{"allowed", "error | block | warning"}});
  return std::nullopt;
}

using Params = std::vector<std::pair<std::string, logic::Rule>>;

void parse_params(Reader& reader, const Json& item, const std::string& at, Params& out, bool& ok) {
  const Json* params = reader.get(item, "params", at, false);
  if (!params) return;
  std::string params_at = child(at, "params");
  if (!reader.object(*params, params_at)) {
    ok = false;
    return;
  }
  if (params->size() > 20) {
    reader.fail(Code::kTemplateTooMany, params_at, {{"member", "params"}, {"limit", 20}});
    ok = false;
    return;
  }
  for (auto it = params->begin(); it != params->end(); ++it) {
    std::optional<logic::Rule> value = reader.logic(*params, it.key(), params_at, true);
    if (value) out.emplace_back(it.key(), std::move(*value));
    else ok = false;
  }
}

std::optional<RuleDef> parse_rule(Reader& reader, const Json& item, const std::string& at) {
  if (!reader.object(item, at)) return std::nullopt;
  reader.members(item, at, {"id", "when", "assert", "path", "severity", "message", "params"});
  std::optional<std::string> id = reader.id(item, "id", at);
  std::optional<logic::Rule> test = reader.logic(item, "assert", at, true);
  std::optional<logic::Rule> when;
  bool ok = true;
  if (reader.get(item, "when", at, false)) {
    when = reader.logic(item, "when", at, false);
    ok = when.has_value();
  }
  std::optional<std::string> path = reader.string(item, "path", at, true);
  if (path && (path->front() != '/' || !split_pointer(*path))) {
    reader.fail(Code::kTemplateBadPointer, child(at, "path"), {{"pointer", *path}});
    path.reset();
  }
  std::optional<Severity> severity = parse_severity(reader, item, at);
  std::optional<Text> message = reader.text(item, "message", at, true);
  Params params;
  parse_params(reader, item, at, params, ok);
  if (!id || !test || !path || !severity || !message || !ok) return std::nullopt;
  return RuleDef{*id, std::move(when), std::move(*test), *path, *severity, *message, std::move(params)};
}

}  // namespace

void parse_rules(Reader& reader, const Json& json, Template& out) {
  const Json* rules = reader.array(json, "rules", "", false, reader.limits().max_rules);
  if (!rules) return;
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < rules->size(); ++i) {
    std::string at = child("/rules", i);
    std::optional<RuleDef> rule = parse_rule(reader, (*rules)[i], at);
    if (!rule) continue;
    if (!seen.insert(rule->id).second) {
      reader.fail(Code::kTemplateDuplicateId, child(at, "id"), {{"id", rule->id}});
      continue;
    }
    out.rules.push_back(std::move(*rule));
  }
}

}  // namespace yushen::tmpl::detail
