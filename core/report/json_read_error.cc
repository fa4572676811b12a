// Mapping of JSON read failures to codes.
// Tested by tests/report/json_read_error_test.cc.
#include "report/json_read_error.h"

namespace yushen {

Error json_read_error(const JsonRead& read, const JsonLimits& limits, std::size_t size, std::string where) {
  switch (read.error) {
    case JsonReadError::too_large:
      return make_error(Code::kJsonTooLarge, std::move(where), {{"limit", limits.max_bytes}, {"actual", size}});
    case JsonReadError::too_deep:
      return make_error(Code::kJsonTooDeep, std::move(where), {{"limit", limits.max_depth}});
    case JsonReadError::invalid_utf8:
      return make_error(Code::kJsonInvalidUtf8, std::move(where), {{"offset", read.offset}});
    case JsonReadError::syntax:
    case JsonReadError::none: break;
  }
  return make_error(Code::kJsonSyntax, std::move(where), {{"offset", read.offset}});
}

}  // namespace yushen
