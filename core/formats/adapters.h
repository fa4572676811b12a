// Formats implemented by other stages, adapted to the FormatFn signature: the Chinese
// identifier checks (core/cn/) and `regex` (ECMA-262 syntax, core/pattern/).
// Internal to core/formats; use formats/registry.h.
// Tested by tests/formats/adapters_test.cc.
#pragma once

#include "cn/cn.h"
#include "formats/format.h"

namespace yushen::formats::detail {

// A cn check as a format: its code and params on failure; a warning stays advisory.
template <cn::CheckFn Check>
FormatResult cn_format(std::string_view value, const FormatContext& context) {
  cn::CheckOptions options;
  options.today_year = context.today_year;
  options.today_month = context.today_month;
  options.today_day = context.today_day;
  options.strict = context.strict;
  cn::CheckResult checked = Check(value, options);
  FormatResult result;
  result.normalized = std::move(checked.normalized);
  if (checked.ok && !checked.warning) return result;
  result.ok = false;
  result.warning = checked.warning;
  if (checked.code) result.code = *checked.code;
  result.params = std::move(checked.params);
  return result;
}

// `regex` (2020-12 Validation §7.3.8): valid ECMA-262 syntax that yushen's linear-time
// engine accepts. Constructs the engine refuses (lookaround, backreferences) count as
// invalid here, so a schema never carries a pattern yushen cannot run.
FormatResult check_regex(std::string_view value, const FormatContext& context);

}  // namespace yushen::formats::detail
