// The public types of the format stage: what a check receives and what it answers. A check
// only says whether a string is a valid X; whether a failure is an annotation or an assertion
// is the schema evaluator's decision. Look checks up with registry.h.
// Tested by tests/formats/format_vectors_test.cc and tests/formats/registry_test.cc.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "report/codes.h"

namespace yushen::formats {

// Data the caller passes in; the core reads no clock.
struct FormatContext {
  int today_year = 0, today_month = 0, today_day = 0;  // 0 = unknown
  bool strict = false;  // reserved for checks with an optional strict mode
};

// The answer of one check, e.g. `FormatResult{}` for a valid value.
struct FormatResult {
  bool ok = true;
  bool warning = false;        // failure is advisory only (e.g. bank-card Luhn); ok is then false
  Code code = Code::kFormat;   // which stable code to report when !ok
  // Extra params (the caller adds {"format": name}): an object, or null when there are none.
  // Null by default because an empty nlohmann object allocates, and a form checks formats on
  // every submission.
  nlohmann::json params;
  std::string normalized;      // normalized value when a check normalizes (may stay empty)
};

// A check: `check(value, context).ok`. `value` is well-formed UTF-8 (checked upstream).
using FormatFn = FormatResult (*)(std::string_view value, const FormatContext& context);

struct FormatEntry {
  std::string_view name;
  FormatFn check;
};

}  // namespace yushen::formats
