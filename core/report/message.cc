// Message rendering: placeholder substitution with locale-aware formatting of values.
// Tested by tests/report/message_test.cc.
#include "report/message.h"

#include "report/display.h"
#include "report/locale_pack.h"
#include "util/json_write.h"

namespace yushen {
namespace {

// JSON Schema type names as an applicant reads them.
std::string_view type_word(std::string_view type, Locale locale) {
  struct Row { std::string_view type, zh_cn, zh_tw, en; };
  static constexpr Row kRows[] = {
      {"string", "文本", "文字", "text"},
      {"number", "数字", "數字", "number"},
      {"integer", "整数", "整數", "whole number"},
      {"boolean", "是/否", "是/否", "yes/no"},
      {"object", "对象", "物件", "object"},
      {"array", "列表", "清單", "list"},
      {"null", "空值", "空值", "empty value"},
  };
  for (const Row& row : kRows) {
    if (row.type == type) {
      return locale == Locale::zh_CN ? row.zh_cn : locale == Locale::zh_TW ? row.zh_tw : row.en;
    }
  }
  return type;
}

// Appends a parameter as it reads in a message.
void append_value(std::string& out, std::string_view name, const nlohmann::json& value, Locale locale) {
  if (value.is_string()) {
    const std::string& s = value.get_ref<const std::string&>();
    if (name == "type") {
      out += type_word(s, locale);
    } else {
      out += s;
    }
    return;
  }
  if (value.is_array()) {
    std::string_view sep = locale == Locale::en ? ", " : "、";
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (i) out += sep;
      append_value(out, name, value[i], locale);
    }
    return;
  }
  if (value.is_null()) {
    out += locale == Locale::en ? "unlimited" : "不限";
    return;
  }
  append_json(out, value);  // numbers, booleans, objects: their canonical JSON
}

// {name|filter}: how a machine value reads in a message (display.h). An unknown filter
// leaves the value as it is.
void append_filtered(std::string& out, std::string_view name, std::string_view filter, const nlohmann::json& value,
                     Locale locale) {
  if (filter == "bytes" && value.is_number_integer() && value.get<std::int64_t>() >= 0) {
    out += display::bytes(value.get<std::uint64_t>());
    return;
  }
  if (filter == "types") {
    append_value(out, name, display::media_types(value, locale), locale);
    return;
  }
  append_value(out, name, value, locale);
}

// The text `code` renders from in `locale`. A locale whose pack is not installed (lean builds:
// report/locale_pack.h) reads as the built-in zh-CN locale.not_loaded message, never as empty
// text or as another language's message; API entry points refuse such calls first
// (require_locale), so this is the last line of defence.
struct Source {
  std::string_view text;
  Locale locale;
  nlohmann::json not_loaded;  // the params then, else null
};

Source message_source(Code code, Locale locale) {
  if (std::optional<std::string_view> text = message_text(code, locale)) return {*text, locale, nullptr};
  return {code_info(Code::kLocaleNotLoaded).message[0], Locale::zh_CN,
          nlohmann::json{{"locale", std::string(locale_tag(locale))}}};
}

// An nlohmann object as a ParamSource (the common route: check issues, Error params).
class JsonParams final : public ParamSource {
 public:
  explicit JsonParams(const nlohmann::json& params) : params_(params) {}
  ParamRef find(std::string_view name) const override {
    // nlohmann's objects compare keys with std::less<>, so a string_view finds without a copy.
    if (!params_.is_object()) return {};
    auto it = params_.find(name);
    return it == params_.end() ? ParamRef{} : ParamRef::of(*it);
  }

 private:
  const nlohmann::json& params_;
};

void append_param(std::string& out, std::string_view placeholder, std::string_view key, const ParamRef& value,
                  Locale locale) {
  if (value.is_text) {
    // A plain string reads as the same string held in an nlohmann value would; only a
    // filter needs the value itself, and filters are rare (check issues, not findings).
    if (key.size() == placeholder.size()) {
      out += key == "type" ? type_word(value.text, locale) : value.text;
    } else {
      append_filtered(out, key, placeholder.substr(key.size() + 1), nlohmann::json(std::string(value.text)), locale);
    }
    return;
  }
  if (key.size() == placeholder.size()) {
    append_value(out, key, *value.json, locale);
  } else {
    append_filtered(out, key, placeholder.substr(key.size() + 1), *value.json, locale);
  }
}

}  // namespace

std::string_view placeholder_name(std::string_view placeholder) {
  return placeholder.substr(0, placeholder.find('|'));
}

void append_template(std::string& out, std::string_view text, const ParamSource& params, Locale locale) {
  scan_template(
      text, [&](std::string_view literal) { out.append(literal); },
      [&](std::string_view placeholder, std::string_view whole) {
        std::string_view key = placeholder_name(placeholder);
        ParamRef value = params.find(key);
        if (value.found()) {
          append_param(out, placeholder, key, value, locale);
        } else {
          out.append(whole);  // an unknown parameter stays visible, braces and all
        }
      });
}

void append_template(std::string& out, std::string_view text, const nlohmann::json& params, Locale locale) {
  append_template(out, text, JsonParams(params), locale);
}

std::string render_template(std::string_view text, const nlohmann::json& params, Locale locale) {
  std::string out;
  out.reserve(text.size() + 16);
  append_template(out, text, params, locale);
  return out;
}

void append_message(std::string& out, Code code, const nlohmann::json& params, Locale locale) {
  append_message(out, code, JsonParams(params), locale);
}

void append_message(std::string& out, Code code, const ParamSource& params, Locale locale) {
  Source source = message_source(code, locale);
  if (!source.not_loaded.is_null()) {
    append_template(out, source.text, JsonParams(source.not_loaded), source.locale);
    return;
  }
  append_template(out, source.text, params, source.locale);
}

std::string working_day_after_acceptance(int count, Locale locale) {
  return display::working_day_after_acceptance(count, locale);
}

std::string render_message(Code code, const nlohmann::json& params, Locale locale) {
  std::string out;
  append_message(out, code, params, locale);
  return out;
}

nlohmann::json error_to_json(const Error& error, Locale locale) {
  nlohmann::json out = nlohmann::json::object();
  out["code"] = std::string(code_id(error.code));
  out["message"] = render_message(error.code, error.params, locale);
  out["params"] = error.params;
  out["path"] = error.where;
  return out;
}

}  // namespace yushen
