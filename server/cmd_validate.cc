// `yushen validate --schema FILE [--remote BASEURL=DIR]... [--assert-formats]
//                  [--output flag|basic|ajv] [--locale zh-CN|zh-TW|en] [--draft7] [--dump-plan] [--today YYYY-MM-DD]`
// Compiles the schema once, then reads JSON Lines instances on stdin and writes one JSON
// result per line, in order. Blank lines are skipped. A line that is not valid JSON gets
// {"valid":false,"error":{…}} and the stream continues. Exit 0 when the stream was
// processed; 2 for usage errors, unreadable files and schemas that do not compile.
#include <cstdio>
#include <iostream>

#include "api/validator.h"
#include "cli.h"
#include "line_reader.h"
#include "util/json_text.h"

namespace yushen::cli {
namespace {

struct RemoteMapping {
  std::string base;
  std::string directory;
};

// Maps "http://localhost:1234/x.json" to DIR/x.json for a --remote BASE=DIR mapping.
schema::Resolver make_resolver(std::vector<RemoteMapping> mappings) {
  return [mappings = std::move(mappings)](const std::string& uri) -> std::optional<std::string> {
    for (const RemoteMapping& mapping : mappings) {
      if (uri.rfind(mapping.base, 0) != 0) continue;
      std::string rest = uri.substr(mapping.base.size());
      if (rest.find("..") != std::string::npos) return std::nullopt;  // stay inside DIR
      return read_file(mapping.directory + "/" + rest);
    }
    return std::nullopt;
  };
}

}  // namespace

int cmd_validate(const Args& args) {
  std::optional<std::string> schema_path = args.value("--schema");
  Locale locale = Locale::zh_CN;
  if (auto tag = args.value("--locale")) {
    auto parsed = parse_locale(*tag);
    if (!parsed) return fail(make_error(Code::kUsage, "", {{"detail", "unknown locale " + *tag}}));
    locale = *parsed;
  }
  if (!schema_path) return fail(make_error(Code::kUsage, "", {{"detail", "--schema FILE is required"}}), locale);
  OutputFormat output = OutputFormat::ajv;
  if (auto name = args.value("--output")) {
    auto parsed = parse_output_format(*name);
    if (!parsed) return fail(make_error(Code::kUsage, "", {{"detail", "--output must be flag, basic or ajv"}}), locale);
    output = *parsed;
  }
  std::vector<RemoteMapping> mappings;
  for (const std::string& remote : args.values("--remote")) {
    std::size_t eq = remote.find('=');
    if (eq == std::string::npos) {
      return fail(make_error(Code::kUsage, "", {{"detail", "--remote needs BASEURL=DIR"}}), locale);
    }
    mappings.push_back(RemoteMapping{remote.substr(0, eq), remote.substr(eq + 1)});
  }
  std::optional<std::string> schema_text = read_file(*schema_path);
  if (!schema_text) return fail(make_error(Code::kFileUnreadable, "", {{"file", *schema_path}}), locale);

  ValidatorOptions options;
  options.assert_formats = args.flag("--assert-formats");
  if (args.flag("--draft7")) options.default_dialect = schema::Dialect::draft7;
  options.resolver = make_resolver(std::move(mappings));
  if (auto today = args.value("--today")) {
    // "Today" for date-aware formats (a birth date in the future); the core reads no clock.
    int y = 0, m = 0, d = 0;
    if (std::sscanf(today->c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31) {
      return fail(make_error(Code::kUsage, "", {{"detail", "--today must be YYYY-MM-DD"}}), locale);
    }
    options.format_context.today_year = y;
    options.format_context.today_month = m;
    options.format_context.today_day = d;
  }
  auto validator = Validator::create(*schema_text, options);
  if (!validator.ok()) return fail(validator.error(), locale);
  if (args.flag("--dump-plan")) {
    std::cout << plan::dump_plan(validator.value().plan());
    return kExitOk;
  }

  LineReader reader(std::cin, options.instance_limits.max_bytes);
  std::string line;
  std::string result;  // reused for every line
  bool too_long = false;
  while (reader.next(line, too_long)) {
    if (too_long) {
      Error error = make_error(Code::kJsonTooLarge, "",
                               {{"limit", options.instance_limits.max_bytes}, {"actual", reader.last_length()}});
      std::cout << dump_json(error_result(error, locale)) << '\n';
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    validator.value().validate_text(line, output, locale, result);
    std::cout << result << '\n';
  }
  std::cout.flush();
  return kExitOk;
}

}  // namespace yushen::cli
