// Template compile: the 情形 questions (cases) and the stages (阶段, e.g. 衡阳 分阶段施工许可).
// Entry point: parse_cases(). Tested by tests/template/compile_test.cc.
#include <set>

#include "template/parse.h"

namespace yushen::tmpl::detail {
namespace {

std::optional<Case> parse_case(Reader& reader, const Json& item, const std::string& at) {
  if (!reader.object(item, at)) return std::nullopt;
  reader.members(item, at, {"id", "title", "required", "options"});
  Case out;
  std::optional<std::string> id = reader.id(item, "id", at);
  std::optional<Text> title = reader.text(item, "title", at, true);
  out.required = reader.boolean(item, "required", at).value_or(true);
  const Json* options = reader.array(item, "options", at, true, 100);
  if (!id) return std::nullopt;  // kept with a valid id, so references to it do not cascade
  out.id = *id;
  if (title) out.title = *title;
  if (!options) return out;
  std::string options_at = child(at, "options");
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < options->size(); ++i) {
    const Json& option = (*options)[i];
    std::string option_at = child(options_at, i);
    if (!reader.object(option, option_at)) continue;
    reader.members(option, option_at, {"value", "title"});
    std::optional<std::string> value = reader.string(option, "value", option_at, true);
    reader.text(option, "title", option_at, true);
    if (!value) continue;
    if (!seen.insert(*value).second) {
      reader.fail(Code::kTemplateDuplicateId, child(option_at, "value"), {{"id", *value}});
      continue;
    }
    out.options.push_back(*value);
  }
  if (out.options.empty()) reader.fail(Code::kTemplateRequired, options_at, {{"member", "0"}});
  return out;
}

}  // namespace

void parse_cases(Reader& reader, const Json& json, Template& out) {
  std::set<std::string, std::less<>> seen;
  if (const Json* cases = reader.array(json, "cases", "", false, reader.limits().max_cases)) {
    for (std::size_t i = 0; i < cases->size(); ++i) {
      std::string at = child("/cases", i);
      std::optional<Case> parsed = parse_case(reader, (*cases)[i], at);
      if (!parsed) continue;
      if (!seen.insert(parsed->id).second) {
        reader.fail(Code::kTemplateDuplicateId, child(at, "id"), {{"id", parsed->id}});
        continue;
      }
      out.cases.push_back(std::move(*parsed));
    }
  }
  seen.clear();
  if (const Json* stages = reader.array(json, "stages", "", false, reader.limits().max_stages)) {
    for (std::size_t i = 0; i < stages->size(); ++i) {
      std::string at = child("/stages", i);
      const Json& item = (*stages)[i];
      if (!reader.object(item, at)) continue;
      reader.members(item, at, {"id", "title"});
      std::optional<std::string> id = reader.id(item, "id", at);
      reader.text(item, "title", at, true);
      if (!id) continue;
      if (!seen.insert(*id).second) {
        reader.fail(Code::kTemplateDuplicateId, child(at, "id"), {{"id", *id}});
        continue;
      }
      out.stages.push_back(*id);
    }
  }
}

}  // namespace yushen::tmpl::detail
