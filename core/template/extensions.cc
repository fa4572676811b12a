// The JsonLogic operators template rules get beyond the logic stage's own: yushen.format
// ([format, value] -> bool) runs a format check of core/formats (date, email, …) or core/cn
// (cn-resident-id, cn-uscc, cn-mobile, bank-card, …) with the evaluation's "today".
// Entry point: template_extensions(). Tested by tests/template/extensions_test.cc.
#include "formats/registry.h"
#include "template/template.h"

namespace yushen::tmpl {
namespace {

Result<nlohmann::json> format_op(std::span<const nlohmann::json> args, const logic::Env& env) {
  if (!args[0].is_string()) return make_error(Code::kLogicBadArgument, "", {{"operator", "yushen.format"}, {"index", 0}});
  const formats::FormatEntry* entry = formats::find_format(args[0].get_ref<const std::string&>());
  if (!entry) return make_error(Code::kLogicBadArgument, "", {{"operator", "yushen.format"}, {"index", 0}});
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

}  // namespace

logic::Extensions template_extensions() {
  logic::Extensions extensions;
  extensions.add("yushen.format", 2, 2, &format_op);
  return extensions;
}

}  // namespace yushen::tmpl
