// Embind bindings for the pre-check (core/check/checker.h): JSON text in, canonical JSON text
// out, byte-identical to `yushen check`. No logic lives here.
// Tested by tests/node/check.test.mjs.
#include <emscripten/bind.h>

#include <optional>
#include <string>

#include "check/checker.h"
#include "report/json_read_error.h"
#include "report/message.h"
#include "util/json_text.h"

namespace {

using yushen::Locale;
using Json = nlohmann::json;

Locale locale_or_default(const std::string& tag) { return yushen::parse_locale(tag).value_or(Locale::zh_CN); }

std::string error_text(const yushen::Error& error, Locale locale) {
  Json out = Json::object();
  out["error"] = yushen::error_to_json(error, locale);
  return yushen::dump_json(out);
}

// Parses JSON text with the instance limits; "" reads as `empty`.
yushen::Result<Json> parse(const std::string& text, Json empty) {
  if (text.empty()) return empty;
  yushen::JsonLimits limits;
  yushen::JsonRead read = yushen::read_json(text, limits);
  if (read.error != yushen::JsonReadError::none) return yushen::json_read_error(read, limits, text.size());
  return std::move(read.value);
}

// A compiled template held by JS. compile() returns "" or {"error":…}; check() the report or
// {"error":…}; checkField() {"path","applies","issues"} or {"error":…}.
class TemplateChecker {
 public:
  std::string compile(const std::string& template_json) {
    yushen::Result<yushen::check::Checker> created = yushen::check::Checker::create(template_json);
    if (!created.ok()) return error_text(created.error(), Locale::en);
    checker_.emplace(std::move(created).value());
    return "";
  }

  std::string check(const std::string& submission_json, const std::string& context_json,
                    const std::string& locale_tag) const {
    Locale locale = locale_or_default(locale_tag);
    if (!checker_) return error_text(yushen::make_error(yushen::Code::kApiDisposed), locale);
    yushen::Result<Json> submission = parse(submission_json, Json::object());
    if (!submission.ok()) return error_text(submission.error(), locale);
    yushen::Result<Json> context = parse(context_json, nullptr);
    if (!context.ok()) return error_text(context.error(), locale);
    yushen::Result<Json> report = checker_->check(submission.value(), context.value(), locale);
    if (!report.ok()) return error_text(report.error(), locale);
    return yushen::dump_json(report.value());
  }

  std::string checkField(const std::string& path, const std::string& value_json, const std::string& submission_json,
                         const std::string& context_json, const std::string& locale_tag) const {
    Locale locale = locale_or_default(locale_tag);
    if (!checker_) return error_text(yushen::make_error(yushen::Code::kApiDisposed), locale);
    yushen::Result<Json> value = parse(value_json, Json(Json::value_t::discarded));
    yushen::Result<Json> submission = parse(submission_json, Json::object());
    yushen::Result<Json> context = parse(context_json, nullptr);
    for (const yushen::Result<Json>* input : {&value, &submission, &context}) {
      if (!input->ok()) return error_text(input->error(), locale);
    }
    return yushen::dump_json(
        checker_->check_field(path, value.value(), submission.value(), context.value(), locale));
  }

 private:
  std::optional<yushen::check::Checker> checker_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(yushen_check) {
  emscripten::class_<TemplateChecker>("TemplateChecker")
      .constructor<>()
      .function("compile", &TemplateChecker::compile)
      .function("check", &TemplateChecker::check)
      .function("checkField", &TemplateChecker::checkField);
}
