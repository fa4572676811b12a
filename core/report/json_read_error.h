// Turns a failed JSON read (util/json_text.h) into a coded Error, so every stage reports
// malformed, oversized, too-deep or non-UTF-8 input the same way.
// Tested by tests/report/json_read_error_test.cc.
#pragma once

#include <string>

#include "report/error.h"
#include "util/json_text.h"

namespace yushen {

Error json_read_error(const JsonRead& read, const JsonLimits& limits, std::size_t size, std::string where = {});

}  // namespace yushen
