// yushen.format and yushen.match for JsonLogic rules.
// Tested by tests/api/rules_test.cc.
#include "api/rules.h"

#include "formats/registry.h"
#include "pattern/pattern.h"

namespace yushen {
namespace {

Error bad_argument(std::string_view op, int index) {
  return make_error(Code::kLogicBadArgument, "", {{"operator", std::string(op)}, {"index", index}});
}

Result<nlohmann::json> format_op(std::span<const nlohmann::json> args, const logic::Env& env) {
  if (!args[0].is_string()) return bad_argument("yushen.format", 0);
  const formats::FormatEntry* entry = formats::find_format(args[0].get_ref<const std::string&>());
  if (!entry) return bad_argument("yushen.format", 0);
  if (!args[1].is_string()) return nlohmann::json(false);
  formats::FormatContext context;
  if (env.today) {
    context.today_year = env.today->year;
    context.today_month = env.today->month;
    context.today_day = env.today->day;
  }
  formats::FormatResult result = entry->check(args[1].get_ref<const std::string&>(), context);
  return nlohmann::json(result.ok || result.warning);
}

Result<nlohmann::json> match_op(std::span<const nlohmann::json> args, const logic::Env&) {
  if (!args[0].is_string()) return bad_argument("yushen.match", 0);
  // Compiled per call: rules are small and stateless evaluation keeps Rule thread-safe.
  auto compiled = pattern::compile(args[0].get_ref<const std::string&>());
  const auto* regex = std::get_if<pattern::Regex>(&compiled);
  if (!regex) return bad_argument("yushen.match", 0);
  if (!args[1].is_string()) return nlohmann::json(false);
  return nlohmann::json(regex->search(args[1].get_ref<const std::string&>()));
}

logic::Extensions build() {
  logic::Extensions extensions;
  extensions.add("yushen.format", 2, 2, format_op);
  extensions.add("yushen.match", 2, 2, match_op);
  return extensions;
}

}  // namespace

const logic::Extensions& rule_extensions() {
  static const logic::Extensions kExtensions = build();  // immutable after first use
  return kExtensions;
}

}  // namespace yushen
