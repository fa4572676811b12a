// JSON Pointer (RFC 6901) tokens: escaping for building paths, unescaping for reading.
// Tested by tests/util/json_pointer_test.cc.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yushen {

// Appends "/" + token with "~" -> "~0" and "/" -> "~1".
void append_pointer_token(std::string& pointer, std::string_view token);
void append_pointer_index(std::string& pointer, std::size_t index);

// Splits "/a/b~1c" into {"a", "b/c"}. nullopt if the pointer is malformed
// (non-empty and not starting with "/", or a bad "~" escape).
std::optional<std::vector<std::string>> split_pointer(std::string_view pointer);

// True if `token` is an array index as yushen reads one: 1–9 decimal digits.
bool is_index_token(std::string_view token);

// Percent-decodes a URI fragment ("#/a%25b" style) before it is read as a pointer.
std::optional<std::string> percent_decode(std::string_view text);

}  // namespace yushen
