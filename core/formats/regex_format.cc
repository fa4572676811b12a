// The `regex` format: compiles the value with the pattern engine.
// Tested by tests/formats/adapters_test.cc.
#include "formats/adapters.h"
#include "pattern/pattern.h"

namespace yushen::formats::detail {

FormatResult check_regex(std::string_view value, const FormatContext&) {
  FormatResult result;
  result.ok = std::holds_alternative<pattern::Regex>(pattern::compile(value));
  return result;
}

}  // namespace yushen::formats::detail
