// `yushen lint [--locale zh-CN|zh-TW|en] TEMPLATE...`
// Lints each template (the meta-schema forms/template.schema.json, compile errors, and the lint
// rules of core/template/lint_*.cc) and prints one line per file:
// {"file", "valid", "errors": [{code, severity, path, message, params}]}, sorted by path.
// Warnings (a missing zh-TW text, an unknown placeholder) do not make a file invalid.
// Exit 0 when every file is valid, 1 when any has an error, 2 for usage errors.
// Tested by tests/node/check.test.mjs.
#include <iostream>

#include "check/checker.h"
#include "cli.h"
#include "report/json_read_error.h"
#include "report/message.h"
#include "util/json_text.h"

namespace yushen::cli {
namespace {

nlohmann::json finding(const Error& error, Locale locale) {
  nlohmann::json out = error_to_json(error, locale);
  Severity severity = code_info(error.code).severity;
  out["severity"] = severity == Severity::warning ? "warning" : "error";
  return out;
}

// Lints one file; returns whether it has no errors.
bool lint_file(const std::string& path, Locale locale) {
  nlohmann::json line = nlohmann::json::object();
  line["file"] = path;
  nlohmann::json errors = nlohmann::json::array();
  bool valid = true;
  JsonLimits limits{4u << 20, 256};
  std::optional<std::string> text = read_file(path);
  if (!text) {
    errors.push_back(finding(make_error(Code::kFileUnreadable, "", {{"file", path}}), locale));
    valid = false;
  } else if (JsonRead read = read_json(*text, limits); read.error != JsonReadError::none) {
    errors.push_back(finding(json_read_error(read, limits, text->size()), locale));
    valid = false;
  } else {
    for (const Error& error : check::lint(read.value)) {
      nlohmann::json item = finding(error, locale);
      valid = valid && item["severity"] == "warning";
      errors.push_back(std::move(item));
    }
  }
  line["valid"] = valid;
  line["errors"] = std::move(errors);
  std::cout << dump_json(line) << '\n';
  return valid;
}

}  // namespace

int cmd_lint(const Args& args) {
  Locale locale = Locale::zh_CN;
  if (auto tag = args.value("--locale")) {
    std::optional<Locale> parsed = parse_locale(*tag);
    if (!parsed) return fail(make_error(Code::kUsage, "", {{"detail", "unknown locale " + *tag}}));
    locale = *parsed;
  }
  std::vector<std::string> files = args.positional({"--locale"});
  if (files.empty()) return fail(make_error(Code::kUsage, "", {{"detail", "lint needs at least one TEMPLATE file"}}), locale);
  bool all_valid = true;
  for (const std::string& file : files) all_valid = lint_file(file, locale) && all_valid;
  std::cout.flush();
  return all_valid ? kExitOk : 1;
}

}  // namespace yushen::cli
