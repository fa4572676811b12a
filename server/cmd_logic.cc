// `yushen logic --rule FILE [--context FILE] [--locale zh-CN|zh-TW|en]`
// Compiles a JsonLogic rule once, then reads JSON Lines data on stdin and writes one line per
// input line: {"result": …}, or {"error": {…}} for a line that is not JSON or fails to
// evaluate (the stream continues). Blank lines are skipped. The context file is
// {"today": "YYYY-MM-DD", "calendar": "file.json" | {…calendar…}}; a relative calendar path
// is read from the context file's directory. Exit 0 when the stream was processed; 2 for
// usage errors, unreadable files, a bad context and a rule that does not compile.
// Tested by tests/logic/differential.mjs and tests/node/logic.test.mjs.
#include <iostream>

#include "api/rule_runner.h"
#include "cli.h"
#include "line_reader.h"
#include "report/json_read_error.h"
#include "util/json_text.h"

namespace yushen::cli {
namespace {

// Reads the --context file into the JSON RuleRunner takes: "today" as given, "calendar"
// loaded from its file (relative to the context file) when it names one.
Result<nlohmann::json> load_context(const std::string& path) {
  Result<nlohmann::json> data = read_json_file(path);
  if (!data.ok()) return data.error();
  nlohmann::json context = data.value();
  if (!context.is_object()) return make_error(Code::kInputNotObject, "", {{"what", "--context"}});
  auto spec = context.find("calendar");
  if (spec != context.end() && !spec->is_object()) {
    if (!spec->is_string() || spec->get_ref<const std::string&>().empty()) {
      return usage("context \"calendar\" must be a file name or a calendar object");
    }
    std::string file = spec->get<std::string>();
    if (file[0] != '/') file = directory_of(path) + "/" + file;
    Result<nlohmann::json> calendar = read_json_file(file);
    if (!calendar.ok()) return calendar.error();
    context["calendar"] = std::move(calendar).value();
  }
  return context;
}

}  // namespace

int cmd_logic(const Args& args) {
  Locale locale = Locale::en;
  if (auto tag = args.value("--locale")) {
    std::optional<Locale> parsed = parse_locale(*tag);
    if (!parsed) return fail(usage("unknown locale " + *tag));
    locale = *parsed;
  }
  std::optional<std::string> rule_path = args.value("--rule");
  if (!rule_path) return fail(usage("--rule FILE is required"), locale);
  Result<nlohmann::json> rule_json = read_json_file(*rule_path);
  if (!rule_json.ok()) return fail(rule_json.error(), locale);
  nlohmann::json context = nlohmann::json::object();
  if (auto context_path = args.value("--context")) {
    Result<nlohmann::json> loaded = load_context(*context_path);
    if (!loaded.ok()) return fail(loaded.error(), locale);
    context = std::move(loaded).value();
  }
  Result<RuleRunner> runner = RuleRunner::create(rule_json.value(), context);
  if (!runner.ok()) return fail(runner.error(), locale);

  JsonLimits limits;
  LineReader reader(std::cin, limits.max_bytes);
  std::string line;
  bool too_long = false;
  while (reader.next(line, too_long)) {
    if (too_long) {
      Error error = make_error(Code::kJsonTooLarge, "", {{"limit", limits.max_bytes}, {"actual", reader.last_length()}});
      std::cout << dump_json(error_line(error, locale)) << '\n';
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::cout << dump_json(runner.value().run(line, locale)) << '\n';
  }
  std::cout.flush();
  return kExitOk;
}

}  // namespace yushen::cli
