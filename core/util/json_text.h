// Reading untrusted JSON text with limits, and writing canonical JSON.
// Entry points: parse_json(), dump_json().
// Tested by tests/util/json_text_test.cc.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace yushen {

struct JsonLimits {
  std::size_t max_bytes = 8u << 20;  // 8 MiB: a form submission is a few KB; templates < 1 MiB
  std::size_t max_depth = 256;       // a form is rarely deeper than 10
};

enum class JsonReadError { none, syntax, invalid_utf8, too_large, too_deep };

struct JsonRead {
  JsonReadError error = JsonReadError::none;
  std::size_t offset = 0;  // byte offset of the problem, for syntax and UTF-8 errors
  nlohmann::json value;    // valid only when error == none
};

// Parses `text` without throwing. Checks size first, then UTF-8, then syntax and depth
// (the depth check stops the parser at the first token past the limit, so a 100,000-deep
// document costs one pass and no deep recursion anywhere). Duplicate keys: the last wins.
JsonRead read_json(std::string_view text, const JsonLimits& limits = {});

// Canonical JSON: keys sorted by UTF-8 bytes (nlohmann's std::map), no whitespace,
// numbers in shortest round-trip form, non-ASCII left as UTF-8, ill-formed bytes
// replaced by U+FFFD. Identical on native and WASM.
std::string dump_json(const nlohmann::json& value);

}  // namespace yushen
