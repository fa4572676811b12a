// Lint rule: every text the applicant reads (title, 情形 questions and options, stage names,
// rule messages, material and group names, letters) should have zh-TW as well; without it
// Simplified Chinese is shown (a warning). Entry point: lint_translations().
// Tested by tests/template/lint_test.cc.
#include "template/lint.h"
#include "template/reader.h"

namespace yushen::tmpl::detail {
namespace {

using Json = nlohmann::json;

void check_text(const Json& object, std::string_view key, const std::string& at, std::vector<Error>& out) {
  if (!object.is_object()) return;
  auto text = object.find(key);
  if (text == object.end() || !text->is_object() || text->contains("zh-TW")) return;
  out.push_back(make_error(Code::kTemplateMissingTranslation, child(at, key), {{"locale", "zh-TW"}}));
}

void check_list(const Json& json, std::string_view list, std::string_view key, std::vector<Error>& out) {
  auto items = json.find(list);
  if (items == json.end() || !items->is_array()) return;
  for (std::size_t i = 0; i < items->size(); ++i) check_text((*items)[i], key, child(child("", list), i), out);
}

}  // namespace

void lint_translations(const LintInput& input, std::vector<Error>& out) {
  const Json& json = input.json;
  if (!json.is_object()) return;
  check_text(json, "title", "", out);
  check_list(json, "cases", "title", out);
  if (auto cases = json.find("cases"); cases != json.end() && cases->is_array()) {
    for (std::size_t i = 0; i < cases->size(); ++i) {
      const Json& c = (*cases)[i];
      auto options = c.is_object() ? c.find("options") : c.end();
      if (!c.is_object() || options == c.end() || !options->is_array()) continue;
      for (std::size_t j = 0; j < options->size(); ++j) {
        check_text((*options)[j], "title", child(child(child("/cases", i), "options"), j), out);
      }
    }
  }
  check_list(json, "stages", "title", out);
  check_list(json, "rules", "message", out);
  check_list(json, "materials", "name", out);
  check_list(json, "alternatives", "name", out);
  for (std::string_view policy : {"tolerance", "commitment"}) {
    auto it = json.find(policy);
    if (it == json.end()) continue;
    check_text(*it, "letter", child("", policy), out);
    check_text(*it, "liability", child("", policy), out);
  }
}

}  // namespace yushen::tmpl::detail
