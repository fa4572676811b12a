// The check facade: compiles templates and runs the pipeline of run.h over one submission, or
// the per-field subset of it for as-you-type checks. Keeps nothing between calls.
// Entry points: Checker::compile/create/check/check_field, lint(). Tested by
// tests/check/checker_test.cc and tests/check/fixtures_test.cc.
#include "check/checker.h"

#include "check/run.h"
#include "doc/document.h"
#include "report/json_read_error.h"
#include "report/message.h"
#include "util/json_pointer.h"
#include "util/json_text.h"

namespace yushen::check {
namespace {

using detail::Json;

constexpr JsonLimits kTemplateLimits{4u << 20, 256};

// Puts `value` at `tokens` (["form", …]) in the submission's `form`, creating objects on the
// way; a discarded value removes the member instead.
void set_in_form(Json& form, const std::vector<std::string>& tokens, const Json& value) {
  Json* node = &form;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    bool last = i + 1 == tokens.size();
    if (node->is_null()) *node = Json::object();
    if (!node->is_object()) return;
    if (last) {
      if (value.is_discarded()) node->erase(tokens[i]);
      else (*node)[tokens[i]] = value;
      return;
    }
    node = &(*node)[tokens[i]];
  }
}

bool at_or_under(std::string_view path, std::string_view prefix) {
  return path == prefix ||
         (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0 && path[prefix.size()] == '/');
}

Json error_object(const Error& error, Locale locale) {
  Json out = Json::object();
  out["error"] = error_to_json(error, locale);
  return out;
}

}  // namespace

Result<Checker> Checker::compile(const nlohmann::json& template_json) {
  Result<tmpl::TemplatePtr> compiled = tmpl::compile_template(template_json);
  if (!compiled.ok()) return compiled.error();
  return Checker(std::move(compiled.value()));
}

Result<Checker> Checker::create(std::string_view template_text) {
  JsonRead read = doc::read_json_fast(template_text, kTemplateLimits);
  if (read.error != JsonReadError::none) return json_read_error(read, kTemplateLimits, template_text.size());
  return compile(read.value);
}

namespace {

// The pipeline of run.h after the inputs are read.
Result<nlohmann::json> check_read(detail::Run& run) {
  detail::build_data(run);
  detail::apply_conditions(run);
  detail::check_cases(run);
  detail::check_fields(run);
  detail::check_rules(run);
  detail::check_materials(run);
  detail::decide_requests(run);
  detail::check_alternatives(run);
  detail::report_missing(run);
  if (run.fatal) return *run.fatal;
  return detail::build_report(run);
}

}  // namespace

Result<nlohmann::json> Checker::check(const nlohmann::json& submission, const nlohmann::json& context, Locale locale,
                                      const calendar::Calendar* calendar) const {
  detail::Run run(*template_, locale);
  if (auto error = detail::read_context(context, calendar, run)) return *error;
  if (auto error = detail::read_submission(submission, run)) return *error;
  return check_read(run);
}

Result<nlohmann::json> Checker::check(nlohmann::json&& submission, const nlohmann::json& context, Locale locale,
                                      const calendar::Calendar* calendar) const {
  detail::Run run(*template_, locale);
  if (auto error = detail::read_context(context, calendar, run)) return *error;
  if (auto error = detail::read_submission(std::move(submission), run)) return *error;
  return check_read(run);
}

nlohmann::json Checker::check_field(std::string_view path, const nlohmann::json& value,
                                    const nlohmann::json& submission, const nlohmann::json& context, Locale locale,
                                    const calendar::Calendar* calendar) const {
  std::optional<std::vector<std::string>> tokens = split_pointer(path);
  if (!tokens || tokens->size() < 2 || (*tokens)[0] != "form") {
    return error_object(make_error(Code::kTemplateBadPointer, "", {{"pointer", std::string(path)}}), locale);
  }
  static const Json kNoSubmission = Json::object();
  detail::Run run(*template_, locale);
  if (auto error = detail::read_context(context, calendar, run)) return error_object(*error, locale);
  // The value goes into the run's own copy of the form: copying the whole submission first
  // (its manifest and signature too) was a visible share of an as-you-type check.
  if (auto error = detail::read_submission(submission.is_object() ? submission : kNoSubmission, run)) {
    return error_object(*error, locale);
  }
  set_in_form(run.in.form, *tokens, value);
  detail::build_data(run);
  detail::apply_conditions(run);
  Json out = Json::object();
  out["path"] = std::string(path);
  out["applies"] = !run.is_inapplicable(path);
  out["issues"] = Json::array();
  if (!out["applies"].get<bool>()) return out;
  detail::check_fields(run);
  detail::check_rules(run, path);
  if (run.fatal) return error_object(*run.fatal, locale);
  std::vector<detail::Issue> kept;
  for (detail::Issue& issue : run.issues) {
    if (issue.code != Code::kCheckRuleError && at_or_under(issue.path, path)) kept.push_back(std::move(issue));
  }
  detail::sort_issues(kept);
  for (const detail::Issue& issue : kept) out["issues"].push_back(detail::issue_json(run, issue));
  return out;
}

std::vector<Error> lint(const nlohmann::json& template_json) { return tmpl::lint_template(template_json); }

}  // namespace yushen::check
