// `yushen logic --rule FILE [--context FILE] [--locale zh-CN|zh-TW|en]`
// Compiles a JsonLogic rule once, then reads JSON Lines data on stdin and writes one line per
// input line: {"result": …}, or {"error": {…}} for a line that is not JSON or fails to
// evaluate (the stream continues). Blank lines are skipped. The context file is
// {"today": "YYYY-MM-DD", "calendar": "file.json" | {…calendar…}}; a relative calendar path
// is read from the context file's directory. Exit 0 when the stream was processed; 2 for
// usage errors, unreadable files, a bad context and a rule that does not compile.
// Tested by tests/logic/differential.mjs.
#include <iostream>

#include "api/rules.h"
#include "calendar/calendar.h"
#include "cli.h"
#include "line_reader.h"
#include "logic/logic.h"
#include "report/json_read_error.h"
#include "report/message.h"
#include "util/json_text.h"

namespace yushen::cli {
namespace {

struct Context {
  logic::Env env;
  std::optional<calendar::Calendar> calendar;
};

Error usage(std::string detail) { return make_error(Code::kUsage, "", {{"detail", std::move(detail)}}); }

// Reads and parses a JSON file, or returns the error to report.
Result<nlohmann::json> read_json_file(const std::string& path, const JsonLimits& limits = {}) {
  std::optional<std::string> text = read_file(path);
  if (!text) return make_error(Code::kFileUnreadable, "", {{"file", path}});
  JsonRead read = read_json(*text, limits);
  if (read.error != JsonReadError::none) return json_read_error(read, limits, text->size());
  return std::move(read.value);
}

std::string directory_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

Result<calendar::Calendar> load_calendar(const nlohmann::json& spec, const std::string& context_path) {
  if (spec.is_object()) return calendar::Calendar::from_json(spec);
  if (!spec.is_string()) return usage("context \"calendar\" must be a file name or a calendar object");
  std::string path = spec.get<std::string>();
  if (path.empty()) return usage("context \"calendar\" is empty");
  if (path[0] != '/') path = directory_of(context_path) + "/" + path;
  Result<nlohmann::json> data = read_json_file(path);
  if (!data.ok()) return data.error();
  return calendar::Calendar::from_json(data.value());
}

// Fills `context` from the context file; an error stops the command.
std::optional<Error> load_context(const std::string& path, Context& context) {
  Result<nlohmann::json> data = read_json_file(path);
  if (!data.ok()) return data.error();
  const nlohmann::json& json = data.value();
  if (!json.is_object()) return make_error(Code::kInputNotObject, "", {{"what", "--context"}});
  if (auto today = json.find("today"); today != json.end()) {
    std::optional<calendar::Date> d;
    if (today->is_string()) d = calendar::parse_date(today->get<std::string>());
    if (!d) return usage("context \"today\" must be a date YYYY-MM-DD");
    context.env.today = d;
  }
  if (auto spec = json.find("calendar"); spec != json.end()) {
    Result<calendar::Calendar> loaded = load_calendar(*spec, path);
    if (!loaded.ok()) return loaded.error();
    context.calendar.emplace(std::move(loaded.value()));
  }
  return std::nullopt;
}

void print_line(const nlohmann::json& line) { std::cout << dump_json(line) << '\n'; }

void print_error(const Error& error, Locale locale) {
  nlohmann::json line = nlohmann::json::object();
  line["error"] = error_to_json(error, locale);
  print_line(line);
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
  Result<logic::Rule> rule = logic::compile(rule_json.value(), &rule_extensions());
  if (!rule.ok()) return fail(rule.error(), locale);

  Context context;
  if (auto context_path = args.value("--context")) {
    if (std::optional<Error> error = load_context(*context_path, context)) return fail(*error, locale);
    if (context.calendar) context.env.calendar = &*context.calendar;
  }

  JsonLimits limits;
  LineReader reader(std::cin, limits.max_bytes);
  std::string line;
  bool too_long = false;
  while (reader.next(line, too_long)) {
    if (too_long) {
      print_error(make_error(Code::kJsonTooLarge, "", {{"limit", limits.max_bytes}, {"actual", reader.last_length()}}),
                  locale);
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    JsonRead read = read_json(line, limits);
    if (read.error != JsonReadError::none) {
      print_error(json_read_error(read, limits, line.size()), locale);
      continue;
    }
    Result<nlohmann::json> result = logic::evaluate(rule.value(), read.value, context.env);
    if (!result.ok()) {
      print_error(result.error(), locale);
      continue;
    }
    nlohmann::json out = nlohmann::json::object();
    out["result"] = std::move(result.value());
    print_line(out);
  }
  std::cout.flush();
  return kExitOk;
}

}  // namespace yushen::cli
