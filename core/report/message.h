// Renders the message of a code in a locale, filling {param} placeholders from the
// parameters. The only place message text is composed.
// Tested by tests/report/message_test.cc.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "report/codes.h"
#include "report/error.h"

namespace yushen {

// One message parameter as the renderer sees it: an nlohmann value, a plain string (a
// finding's found value, kept without building an nlohmann value), or nothing.
struct ParamRef {
  const nlohmann::json* json = nullptr;
  std::string_view text;
  bool is_text = false;

  static ParamRef of(const nlohmann::json& value) { return ParamRef{&value, {}, false}; }
  static ParamRef of_text(std::string_view value) { return ParamRef{nullptr, value, true}; }
  bool found() const { return json || is_text; }
};

// Where a message's parameters come from: an nlohmann object, or a finding's static and
// found parameters merged on the fly (eval::FindingParams).
class ParamSource {
 public:
  virtual ParamRef find(std::string_view name) const = 0;

 protected:
  ~ParamSource() = default;
};

// Fills {name} placeholders in `text` from `params`. Strings are inserted as they are,
// arrays are joined with the locale's list separator, JSON type names are translated.
// Unknown placeholders are left visible so a missing parameter is noticed, not hidden.
// A placeholder may name a filter: {limit|bytes} prints a byte count as "10 MB",
// {accepted|types} MIME types as "PDF、JPG、PNG" (report/display.h).
std::string render_template(std::string_view text, const nlohmann::json& params, Locale locale);
// The same, appended to `out` (no temporary strings; the result writer's path).
void append_template(std::string& out, std::string_view text, const nlohmann::json& params, Locale locale);
void append_template(std::string& out, std::string_view text, const ParamSource& params, Locale locale);

// The parameter a placeholder reads: "limit|bytes" → "limit".
std::string_view placeholder_name(std::string_view placeholder);

// The one reading of the template syntax: calls on_text(literal) and
// on_placeholder(inside_the_braces, whole_placeholder) in order. A '{' with no '}' after it is
// text. Used to render (append_template) and to compare locale packs' placeholders.
template <typename OnText, typename OnPlaceholder>
void scan_template(std::string_view text, OnText&& on_text, OnPlaceholder&& on_placeholder) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t open = text.find('{', i);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find('}', open + 1);
    if (close == std::string_view::npos) break;
    if (open > i) on_text(text.substr(i, open - i));
    on_placeholder(text.substr(open + 1, close - open - 1), text.substr(open, close - open + 1));
    i = close + 1;
  }
  if (i < text.size()) on_text(text.substr(i));
}

// A working-day deadline in rule form, in place of a date the calendar cannot give yet
// (docs/calendar.md, "At the edge of the calendar"): 10 → "受理之日起第 10 个工作日",
// en "the 10th working day after acceptance".
std::string working_day_after_acceptance(int count, Locale locale);

// The message of `code` in `locale`.
std::string render_message(Code code, const nlohmann::json& params, Locale locale);
void append_message(std::string& out, Code code, const nlohmann::json& params, Locale locale);
void append_message(std::string& out, Code code, const ParamSource& params, Locale locale);

// {"code": id, "message": …, "params": {…}, "path": where} for an Error; used by the CLI
// and the bindings so every tool reports errors the same way.
nlohmann::json error_to_json(const Error& error, Locale locale);

}  // namespace yushen
