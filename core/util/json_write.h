// Canonical JSON written straight into a buffer, for hot paths that have their data in
// C++ structs rather than an nlohmann value (the validation result, core/api/result_text.h).
// dump_json (util/json_text.h) stays the definition of the format: these functions write
// the same bytes for the same value and delegate to it for the rare cases they do not
// spell out themselves (ill-formed UTF-8, floating-point numbers).
//   std::string out;  append_json_string(out, "张三\n");  // "张三\n" with the newline as \n
// Tested by tests/util/json_write_test.cc (byte for byte against dump_json).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace yushen {

// `text` as a JSON string, quotes included, as dump_json writes a string value: '"' and '\'
// and \b \f \n \r \t as two-character escapes, other control characters as \u00xx (lowercase
// hex), everything else as it is (UTF-8 stays UTF-8, DEL stays a raw byte). Ill-formed UTF-8
// is replaced by U+FFFD exactly where nlohmann's replace mode puts it.
void append_json_string(std::string& out, std::string_view text);

// Any value, the same bytes as dump_json(value).
void append_json(std::string& out, const nlohmann::json& value);

}  // namespace yushen
