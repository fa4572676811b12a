// Lint rule: every {placeholder} in a text the template supplies must have a value — message
// overrides use their code's parameters (docs/errors.md), rule messages their rule's
// `params`, letters the letter placeholders ({matter}, {applicant}, {materials}, {deadline},
// {liability}, {date}). An unknown one would be shown as it is (a warning).
// Entry points: lint_placeholders(), placeholders(). Tested by tests/template/lint_test.cc.
#include <set>

#include "report/message.h"
#include "template/lint.h"
#include "template/reader.h"

namespace yushen::tmpl::detail {
namespace {

using Json = nlohmann::json;
using Names = std::set<std::string, std::less<>>;

void check_text(const Json& text, const std::string& at, const Names& allowed, std::vector<Error>& out) {
  if (!text.is_object()) return;
  for (auto it = text.begin(); it != text.end(); ++it) {
    if (!it->is_string()) continue;
    for (const std::string& name : placeholders(it->get_ref<const std::string&>())) {
      if (!allowed.count(name)) {
        out.push_back(make_error(Code::kTemplateUnknownPlaceholder, child(at, it.key()), {{"placeholder", name}}));
      }
    }
  }
}

Names code_params(const CodeInfo& info) {
  Names out;
  std::size_t start = 0;
  while (start < info.params.size()) {
    std::size_t comma = info.params.find(',', start);
    if (comma == std::string_view::npos) comma = info.params.size();
    out.emplace(info.params.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

void check_rules(const Json& json, std::vector<Error>& out) {
  auto rules = json.find("rules");
  if (rules == json.end() || !rules->is_array()) return;
  for (std::size_t i = 0; i < rules->size(); ++i) {
    const Json& rule = (*rules)[i];
    if (!rule.is_object()) continue;
    Names allowed;
    if (auto params = rule.find("params"); params != rule.end() && params->is_object()) {
      for (auto it = params->begin(); it != params->end(); ++it) allowed.insert(it.key());
    }
    if (auto message = rule.find("message"); message != rule.end()) {
      check_text(*message, child(child(child("", "rules"), i), "message"), allowed, out);
    }
  }
}

}  // namespace

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> names;
  std::size_t i = 0;
  while ((i = text.find('{', i)) != std::string_view::npos) {
    std::size_t close = text.find('}', i + 1);
    if (close == std::string_view::npos) break;
    names.emplace_back(placeholder_name(text.substr(i + 1, close - i - 1)));
    i = close + 1;
  }
  return names;
}

void lint_placeholders(const LintInput& input, std::vector<Error>& out) {
  const Json& json = input.json;
  if (!json.is_object()) return;
  if (auto messages = json.find("messages"); messages != json.end() && messages->is_object()) {
    for (auto it = messages->begin(); it != messages->end(); ++it) {
      std::optional<Code> code = find_code(it.key());
      if (code) check_text(it.value(), child("/messages", it.key()), code_params(code_info(*code)), out);
    }
  }
  check_rules(json, out);
  static const Names kLetter = {"matter", "applicant", "materials", "deadline", "liability", "date"};
  for (std::string_view policy : {"tolerance", "commitment"}) {
    auto it = json.find(policy);
    if (it == json.end() || !it->is_object()) continue;
    if (auto letter = it->find("letter"); letter != it->end()) check_text(*letter, child(child("", policy), "letter"), kLetter, out);
  }
}

}  // namespace yushen::tmpl::detail
