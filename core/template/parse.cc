// Template compile: the top-level members, message overrides, and compile_template(), which
// parses everything and returns the first problem or the immutable Template with its digest.
// Entry points: compile_template(), parse_template(). Tested by tests/template/compile_test.cc.
#include "template/parse.h"

#include "template/sha256.h"
#include "util/json_text.h"

namespace yushen::tmpl {

const std::string& Text::get(Locale locale) const {
  switch (locale) {
    case Locale::zh_CN: return zh_cn;
    case Locale::zh_TW: return zh_tw.empty() ? zh_cn : zh_tw;
    case Locale::en: return en;
  }
  return zh_cn;
}

std::size_t Template::material_index(std::string_view id) const {
  for (std::size_t i = 0; i < materials.size(); ++i) {
    if (materials[i].id == id) return i;
  }
  return npos;
}

namespace detail {

void parse_identity(Reader& reader, const Json& json, Template& out) {
  const Json* format = reader.get(json, "yushen", "", true);
  if (format && *format != "template/1") {
    reader.fail(Code::kTemplateUnsupportedFormat, "/yushen", {{"format", dump_json(*format)}});
  }
  if (auto id = reader.string(json, "id", "", true)) {
    bool ok = id->size() <= 128;
    for (std::size_t i = 0; ok && i < id->size(); ++i) {
      char c = (*id)[i];
      bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
      ok = alnum || (i > 0 && (c == '.' || c == '_' || c == '-'));
    }
    if (ok) out.id = *id;
    else reader.fail(Code::kTemplateBadValue, "/id", {{"allowed", "^[a-z0-9][a-z0-9._-]{0,127}$"}});
  }
  if (auto version = reader.string(json, "version", "", true)) out.version = *version;
  if (auto title = reader.text(json, "title", "", true)) out.title = *title;
  out.time_limit = reader.deadline(json, "timeLimit", "");
}

void parse_messages(Reader& reader, const Json& json, Template& out) {
  const Json* messages = reader.get(json, "messages", "", false);
  if (!messages || !reader.object(*messages, "/messages")) return;
  if (messages->size() > reader.limits().max_messages) {
    reader.fail(Code::kTemplateTooMany, "/messages", {{"member", "messages"}, {"limit", reader.limits().max_messages}});
    return;
  }
  for (auto it = messages->begin(); it != messages->end(); ++it) {
    std::string at = child("/messages", it.key());
    if (!find_code(it.key())) {
      reader.fail(Code::kTemplateUnknownCode, at, {{"code", it.key()}});
      continue;
    }
    if (auto text = reader.partial_text(it.value(), at)) out.messages.emplace(it.key(), std::move(*text));
  }
}

Template parse_template(const Json& json, const TemplateLimits& limits, std::vector<Error>& errors) {
  Template out;
  logic::Extensions extensions = template_extensions();
  Reader reader(errors, extensions, limits);
  if (!reader.object(json, "")) return out;
  reader.members(json, "", {"$schema", "yushen", "id", "version", "title", "timeLimit", "cases", "stages", "form",
                            "conditions", "rules", "materials", "alternatives", "tolerance", "commitment",
                            "messages"});
  parse_identity(reader, json, out);
  parse_cases(reader, json, out);
  parse_form(reader, json, out);
  parse_rules(reader, json, out);
  parse_materials(reader, json, out);
  parse_policies(reader, json, out);
  parse_messages(reader, json, out);
  return out;
}

}  // namespace detail

Result<TemplatePtr> compile_template(const nlohmann::json& json, const TemplateLimits& limits) {
  std::vector<Error> errors;
  Template parsed = detail::parse_template(json, limits, errors);
  if (!errors.empty()) return errors.front();
  parsed.digest = sha256_hex(dump_json(json));
  return TemplatePtr(std::make_shared<const Template>(std::move(parsed)));
}

}  // namespace yushen::tmpl
