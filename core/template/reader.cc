// Typed, located reads of template members for the parser (reader.h).
// Entry point: Reader. Tested by tests/template/compile_test.cc.
#include "template/reader.h"

#include <set>

#include "util/json_pointer.h"

namespace yushen::tmpl::detail {

std::string child(const std::string& where, std::string_view token) {
  std::string out = where;
  append_pointer_token(out, token);
  return out;
}

std::string child(const std::string& where, std::size_t index) {
  std::string out = where;
  append_pointer_index(out, index);
  return out;
}

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    char c = id[i];
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum && (i == 0 || (c != '_' && c != '.' && c != '-'))) return false;
  }
  return true;
}

void Reader::fail(Code code, std::string where, Json params) {
  errors_.push_back(make_error(code, std::move(where), std::move(params)));
}

bool Reader::object(const Json& value, const std::string& where) {
  if (value.is_object()) return true;
  fail(Code::kTemplateType, where, {{"type", "object"}});
  return false;
}

void Reader::members(const Json& object, const std::string& where,
                     std::initializer_list<std::string_view> allowed) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    const std::string& key = it.key();
    if (key.rfind("x-", 0) == 0) continue;
    bool known = false;
    for (std::string_view name : allowed) known = known || name == key;
    if (!known) fail(Code::kTemplateUnknownMember, child(where, key), {{"member", key}});
  }
}

const Json* Reader::get(const Json& object, std::string_view key, const std::string& where, bool required) {
  auto it = object.find(key);
  if (it != object.end()) return &*it;
  if (required) fail(Code::kTemplateRequired, where, {{"member", std::string(key)}});
  return nullptr;
}

std::optional<std::string> Reader::string(const Json& object, std::string_view key, const std::string& where,
                                          bool required) {
  const Json* value = get(object, key, where, required);
  if (!value) return std::nullopt;
  if (!value->is_string() || value->get_ref<const std::string&>().empty()) {
    fail(Code::kTemplateType, child(where, key), {{"type", "string"}});
    return std::nullopt;
  }
  return value->get<std::string>();
}

std::optional<std::string> Reader::id(const Json& object, std::string_view key, const std::string& where) {
  std::optional<std::string> value = string(object, key, where, true);
  if (value && !is_valid_id(*value)) {
    fail(Code::kTemplateBadValue, child(where, key), {{"allowed", std::string(kIdPattern)}});
    return std::nullopt;
  }
  return value;
}

std::optional<bool> Reader::boolean(const Json& object, std::string_view key, const std::string& where) {
  const Json* value = get(object, key, where, false);
  if (!value) return std::nullopt;
  if (!value->is_boolean()) {
    fail(Code::kTemplateType, child(where, key), {{"type", "boolean"}});
    return std::nullopt;
  }
  return value->get<bool>();
}

std::optional<long long> Reader::integer(const Json& object, std::string_view key, const std::string& where,
                                         long long min, long long max) {
  const Json* value = get(object, key, where, false);
  if (!value) return std::nullopt;
  if (!value->is_number_integer()) {
    fail(Code::kTemplateType, child(where, key), {{"type", "integer"}});
    return std::nullopt;
  }
  long long n = 0;
  bool in_range = true;
  if (value->is_number_unsigned()) {
    std::uint64_t u = value->get<std::uint64_t>();
    in_range = u <= static_cast<std::uint64_t>(max);
    n = in_range ? static_cast<long long>(u) : max;
  } else {
    n = value->get<long long>();
  }
  if (!in_range || n < min || n > max) {
    fail(Code::kTemplateBadValue, child(where, key),
         {{"allowed", std::to_string(min) + ".." + std::to_string(max)}});
    return std::nullopt;
  }
  return n;
}

std::optional<PartialText> Reader::partial_text(const Json& value, const std::string& where) {
  if (!object(value, where)) return std::nullopt;
  members(value, where, {"zh-CN", "zh-TW", "en"});
  PartialText out;
  bool ok = true;
  for (Locale locale : {Locale::zh_CN, Locale::zh_TW, Locale::en}) {
    std::string_view tag = locale_tag(locale);
    auto it = value.find(tag);
    if (it == value.end()) continue;
    if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
      fail(Code::kTemplateType, child(where, tag), {{"type", "string"}});
      ok = false;
      continue;
    }
    out.text[static_cast<int>(locale)] = it->get<std::string>();
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<Text> Reader::text(const Json& object, std::string_view key, const std::string& where,
                                 bool required) {
  const Json* value = get(object, key, where, required);
  if (!value) return std::nullopt;
  std::string at = child(where, key);
  std::optional<PartialText> partial = partial_text(*value, at);
  if (!partial) return std::nullopt;
  bool ok = true;
  for (std::string_view tag : {"zh-CN", "en"}) {
    if (!partial->text[static_cast<int>(*parse_locale(tag))]) {
      fail(Code::kTemplateRequired, at, {{"member", std::string(tag)}});
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  Text out;
  out.zh_cn = *partial->text[0];
  out.zh_tw = partial->text[1].value_or(std::string());
  out.en = *partial->text[2];
  return out;
}

std::optional<Deadline> Reader::deadline(const Json& object, std::string_view key, const std::string& where) {
  const Json* value = get(object, key, where, false);
  if (!value) return std::nullopt;
  std::string at = child(where, key);
  if (!this->object(*value, at)) return std::nullopt;
  if (value->size() != 1) {
    fail(Code::kTemplateBadValue, at, {{"allowed", "{\"days\": n} | {\"workingDays\": n} | {\"months\": n}"}});
    return std::nullopt;
  }
  members(*value, at, {"days", "workingDays", "months"});
  Deadline out;
  if (auto n = integer(*value, "days", at, 0, 3660)) out = {Deadline::Unit::days, static_cast<int>(*n)};
  else if (auto w = integer(*value, "workingDays", at, 0, 2000)) out = {Deadline::Unit::working_days, static_cast<int>(*w)};
  else if (auto m = integer(*value, "months", at, 0, 120)) out = {Deadline::Unit::months, static_cast<int>(*m)};
  else return std::nullopt;
  return out;
}

std::optional<Period> Reader::period(const Json& object, std::string_view key, const std::string& where) {
  const Json* value = get(object, key, where, false);
  if (!value) return std::nullopt;
  std::string at = child(where, key);
  if (!this->object(*value, at)) return std::nullopt;
  if (value->size() != 1) {
    fail(Code::kTemplateBadValue, at, {{"allowed", "{\"days\": n} | {\"months\": n} | {\"years\": n}"}});
    return std::nullopt;
  }
  members(*value, at, {"days", "months", "years"});
  Period out;
  if (auto d = integer(*value, "days", at, 1, 36600)) out = {Period::Unit::days, static_cast<int>(*d)};
  else if (auto m = integer(*value, "months", at, 1, 1200)) out = {Period::Unit::months, static_cast<int>(*m)};
  else if (auto y = integer(*value, "years", at, 1, 100)) out = {Period::Unit::years, static_cast<int>(*y)};
  else return std::nullopt;
  return out;
}

std::optional<logic::Rule> Reader::logic(const Json& object, std::string_view key, const std::string& where,
                                         bool required) {
  const Json* value = get(object, key, where, required);
  if (!value) return std::nullopt;
  Result<logic::Rule> rule = logic::compile(*value, &extensions_, limits_.logic);
  if (!rule.ok()) {
    Error error = rule.error();
    error.where = child(where, key) + error.where;
    errors_.push_back(std::move(error));
    return std::nullopt;
  }
  return std::move(rule.value());
}

const Json* Reader::array(const Json& object, std::string_view key, const std::string& where, bool required,
                          std::size_t max_items) {
  const Json* value = get(object, key, where, required);
  if (!value) return nullptr;
  if (!value->is_array()) {
    fail(Code::kTemplateType, child(where, key), {{"type", "array"}});
    return nullptr;
  }
  if (value->size() > max_items) {
    fail(Code::kTemplateTooMany, child(where, key), {{"member", std::string(key)}, {"limit", max_items}});
    return nullptr;
  }
  return value;
}

std::vector<std::string> Reader::id_list(const Json& object, std::string_view key, const std::string& where,
                                         bool required) {
  std::vector<std::string> out;
  const Json* list = array(object, key, where, required, limits_.max_materials);
  if (!list) return out;
  std::string at = child(where, key);
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    if (!item.is_string() || !is_valid_id(item.get_ref<const std::string&>())) {
      fail(Code::kTemplateBadValue, child(at, i), {{"allowed", std::string(kIdPattern)}});
      continue;
    }
    const std::string& id = item.get_ref<const std::string&>();
    if (!seen.insert(id).second) {
      fail(Code::kTemplateDuplicateId, child(at, i), {{"id", id}});
      continue;
    }
    out.push_back(id);
  }
  return out;
}

}  // namespace yushen::tmpl::detail
