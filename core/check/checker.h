// The pre-check (预审) of a submission against a template: the public facade of the template
// and check stages. Compile a template once, then check any number of submissions; the report
// is the one-time notice (一次性告知) of docs/template-format.md. No I/O, no clock: "now", the
// calendar and the credit standing come in the context. Nothing is kept between calls.
//   Result<Checker> checker = Checker::compile(template_json);
//   Result<nlohmann::json> report = checker.value().check(submission, context, Locale::zh_CN);
//   report.value()["decision"] == "needs-correction"
// Tested by tests/check/*_test.cc and tests/node/check.test.mjs (native and WASM, same bytes).
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"
#include "report/codes.h"
#include "report/error.h"
#include "template/template.h"

namespace yushen::check {

class Checker {
 public:
  // Compiles a template (JSON value or text); errors point into the template.
  static Result<Checker> compile(const nlohmann::json& template_json);
  static Result<Checker> create(std::string_view template_text);

  // The report {decision, issues, materials, deferred, commitments, template, engine}, or a
  // fatal error (bad submission or context shape, missing "now" or calendar, a limit).
  // `calendar` is used when the context has no inline "calendar" object.
  Result<nlohmann::json> check(const nlohmann::json& submission, const nlohmann::json& context, Locale locale,
                               const calendar::Calendar* calendar = nullptr) const;
  // The same, taking the submission's form instead of copying it (for callers that parsed
  // the submission only to check it: the WASM module, the CLI).
  Result<nlohmann::json> check(nlohmann::json&& submission, const nlohmann::json& context, Locale locale,
                               const calendar::Calendar* calendar = nullptr) const;

  // A cheap check of one value as it is typed: {"path", "applies", "issues"} with the issues
  // of the form schema and of the rules reported at `path` (a pointer under /form) or below.
  // `submission` and `context` may be null; fatal problems give {"error": {…}}.
  nlohmann::json check_field(std::string_view path, const nlohmann::json& value, const nlohmann::json& submission,
                             const nlohmann::json& context, Locale locale,
                             const calendar::Calendar* calendar = nullptr) const;

  const tmpl::Template& compiled() const { return *template_; }

 private:
  explicit Checker(tmpl::TemplatePtr t) : template_(std::move(t)) {}
  tmpl::TemplatePtr template_;
};

// Every problem of a template (tmpl::lint_template): meta-schema, compile and lint rules.
std::vector<Error> lint(const nlohmann::json& template_json);

// "ready" → 0, "ready-with-commitments" → 10, "needs-correction" → 20, "ineligible" → 30.
int decision_exit_code(std::string_view decision);

}  // namespace yushen::check
