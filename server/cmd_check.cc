// `yushen check --template T --submission S [--context C] [--locale zh-CN|zh-TW|en]`
// Checks one submission against a template and prints the report (docs/template-format.md)
// as one canonical JSON line. The context's "calendar" may be an object or a file name
// (relative to the context file), e.g. "../calendar/cn-mainland.json". Exit 0 ready, 10
// ready-with-commitments, 20 needs-correction, 30 ineligible; 2 for usage errors, unreadable
// or malformed files, templates that do not compile and fatal check errors ({"error":…}).
// Tested by tests/node/check.test.mjs.
#include <iostream>

#include "check/checker.h"
#include "cli.h"
#include "report/json_read_error.h"
#include "util/json_text.h"

namespace yushen::cli {
namespace {

// The calendar named by a context whose "calendar" is a file name, if it is one.
Result<std::optional<calendar::Calendar>> context_calendar(const nlohmann::json& context, const std::string& path) {
  auto spec = context.is_object() ? context.find("calendar") : context.end();
  if (!context.is_object() || spec == context.end() || !spec->is_string()) return std::optional<calendar::Calendar>();
  std::string file = spec->get<std::string>();
  if (file.empty()) return usage("context \"calendar\" is empty");
  if (file[0] != '/') file = directory_of(path) + "/" + file;
  Result<nlohmann::json> data = read_json_file(file);
  if (!data.ok()) return data.error();
  Result<calendar::Calendar> loaded = calendar::Calendar::from_json(data.value());
  if (!loaded.ok()) return loaded.error();
  return std::optional<calendar::Calendar>(std::move(loaded.value()));
}

}  // namespace

int cmd_check(const Args& args) {
  Locale locale = Locale::zh_CN;
  if (auto tag = args.value("--locale")) {
    std::optional<Locale> parsed = parse_locale(*tag);
    if (!parsed) return fail(usage("unknown locale " + *tag));
    locale = *parsed;
  }
  std::optional<std::string> template_path = args.value("--template");
  std::optional<std::string> submission_path = args.value("--submission");
  if (!template_path || !submission_path) return fail(usage("--template FILE and --submission FILE are required"), locale);
  std::optional<std::string> template_text = read_file(*template_path);
  if (!template_text) return fail(make_error(Code::kFileUnreadable, "", {{"file", *template_path}}), locale);
  Result<check::Checker> checker = check::Checker::create(*template_text);
  if (!checker.ok()) return fail(checker.error(), locale);
  Result<nlohmann::json> submission = read_json_file(*submission_path);
  if (!submission.ok()) return fail(submission.error(), locale);
  nlohmann::json context = nullptr;
  std::optional<calendar::Calendar> calendar;
  if (auto context_path = args.value("--context")) {
    Result<nlohmann::json> loaded = read_json_file(*context_path);
    if (!loaded.ok()) return fail(loaded.error(), locale);
    context = std::move(loaded.value());
    Result<std::optional<calendar::Calendar>> named = context_calendar(context, *context_path);
    if (!named.ok()) return fail(named.error(), locale);
    calendar = std::move(named.value());
  }
  Result<nlohmann::json> report =
      checker.value().check(std::move(submission.value()), context, locale, calendar ? &*calendar : nullptr);
  if (!report.ok()) return fail(report.error(), locale);
  std::cout << dump_json(report.value()) << '\n' << std::flush;
  const nlohmann::json& decision = report.value()["decision"];
  return check::decision_exit_code(decision.is_string() ? decision.get_ref<const std::string&>() : "");
}

}  // namespace yushen::cli
