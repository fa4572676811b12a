// C ABI for the pre-check (core/check/checker.h): UTF-8 in, canonical JSON text out,
// byte-identical to `yushen check`. No logic lives here. Calling convention: abi.h.
// Tested by tests/node/check.test.mjs and tests/node/miniprogram.test.mjs.
#include <emscripten/emscripten.h>

#include <string>

#include "abi.h"
#include "check/checker.h"
#include "doc/document.h"
#include "report/json_read_error.h"
#include "report/message.h"
#include "util/json_text.h"

namespace {

using yushen::Locale;
using Json = nlohmann::json;
using yushen::check::Checker;
using yushen::calendar::Calendar;

const char* give_error(const yushen::Error& error, Locale locale) {
  Json out = Json::object();
  out["error"] = yushen::error_to_json(error, locale);
  return yushen::wasm::give(yushen::dump_json(out));
}

// Parses JSON text with the instance limits; "" reads as `empty`.
yushen::Result<Json> parse(std::string_view text, Json empty) {
  if (text.empty()) return empty;
  yushen::JsonLimits limits;
  yushen::JsonRead read = yushen::doc::read_json_fast(text, limits);
  if (read.error != yushen::JsonReadError::none) return yushen::json_read_error(read, limits, text.size());
  return std::move(read.value);
}

}  // namespace

extern "C" {

// A compiled template, or nullptr with {"error":…} as the result (yushen_result()).
EMSCRIPTEN_KEEPALIVE Checker* yushen_template_new(const char* data, std::uint32_t size) {
  yushen::Result<Checker> created = Checker::create(yushen::wasm::text(data, size));
  if (!created.ok()) {
    give_error(created.error(), yushen::wasm::developer_locale());
    return nullptr;
  }
  return new Checker(std::move(created).value());
}

// A working-day calendar read once (forms/calendar/*.json), for the checks below to use when
// the context they get has no inline "calendar": the wrapper sends the same calendar once
// instead of with every check (wasm/api.mjs, CalendarCache). nullptr when the text is not a
// calendar the core accepts; the wrapper then sends it inline, so the error is the usual one.
EMSCRIPTEN_KEEPALIVE Calendar* yushen_calendar_new(const char* data, std::uint32_t size) {
  yushen::Result<Json> json = parse(yushen::wasm::text(data, size), nullptr);
  if (!json.ok() || !json.value().is_object()) return nullptr;
  yushen::Result<Calendar> calendar = Calendar::from_json(json.value());
  if (!calendar.ok()) return nullptr;
  return new Calendar(std::move(calendar).value());
}

EMSCRIPTEN_KEEPALIVE void yushen_calendar_delete(Calendar* calendar) { delete calendar; }

// The report, or {"error":…}. `calendar` (may be null) is used when the context has no inline
// calendar, as Checker::check documents.
EMSCRIPTEN_KEEPALIVE const char* yushen_template_check(const Checker* checker, const Calendar* calendar,
                                                       const char* submission_data, std::uint32_t submission_size,
                                                       const char* context_data, std::uint32_t context_size,
                                                       const char* locale_data, std::uint32_t locale_size) {
  Locale locale = yushen::wasm::locale_or(locale_data, locale_size, Locale::zh_CN);
  if (auto missing = yushen::require_locale(locale)) return give_error(*missing, yushen::wasm::developer_locale());
  yushen::Result<Json> submission = parse(yushen::wasm::text(submission_data, submission_size), Json::object());
  if (!submission.ok()) return give_error(submission.error(), locale);
  yushen::Result<Json> context = parse(yushen::wasm::text(context_data, context_size), nullptr);
  if (!context.ok()) return give_error(context.error(), locale);
  yushen::Result<Json> report = checker->check(std::move(submission.value()), context.value(), locale, calendar);
  if (!report.ok()) return give_error(report.error(), locale);
  return yushen::wasm::give_json(report.value());
}

// {"path","applies","issues"} for one value typed at `path`, or {"error":…}. An empty value
// means the field is empty.
EMSCRIPTEN_KEEPALIVE const char* yushen_template_check_field(
    const Checker* checker, const Calendar* calendar, const char* path_data, std::uint32_t path_size, const char* value_data,
    std::uint32_t value_size, const char* submission_data, std::uint32_t submission_size, const char* context_data,
    std::uint32_t context_size, const char* locale_data, std::uint32_t locale_size) {
  Locale locale = yushen::wasm::locale_or(locale_data, locale_size, Locale::zh_CN);
  if (auto missing = yushen::require_locale(locale)) return give_error(*missing, yushen::wasm::developer_locale());
  yushen::Result<Json> value = parse(yushen::wasm::text(value_data, value_size), Json(Json::value_t::discarded));
  yushen::Result<Json> submission = parse(yushen::wasm::text(submission_data, submission_size), Json::object());
  yushen::Result<Json> context = parse(yushen::wasm::text(context_data, context_size), nullptr);
  for (const yushen::Result<Json>* input : {&value, &submission, &context}) {
    if (!input->ok()) return give_error(input->error(), locale);
  }
  return yushen::wasm::give_json(checker->check_field(yushen::wasm::text(path_data, path_size), value.value(),
                                                      submission.value(), context.value(), locale, calendar));
}

EMSCRIPTEN_KEEPALIVE void yushen_template_delete(Checker* checker) { delete checker; }

}  // extern "C"
