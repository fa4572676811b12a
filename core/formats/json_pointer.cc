// json-pointer (RFC 6901 §3) and relative-json-pointer (draft-handrews-relative-json-pointer-01 §3).
// Entry points: check_json_pointer, check_relative_json_pointer (formats/checks.h).
// Tested by tests/formats/format_vectors_test.cc (vectors/json-pointer.json, relative-json-pointer.json).
#include "formats/checks.h"

namespace yushen::formats::detail {
namespace {

// json-pointer = *( "/" reference-token ); escaped = "~" ( "0" / "1" ). Every other code
// point is `unescaped` except "/" (a separator) and "~".
bool is_json_pointer(std::string_view text) {
  if (!text.empty() && text[0] != '/') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '~' && (i + 1 == text.size() || (text[i + 1] != '0' && text[i + 1] != '1'))) return false;
  }
  return true;
}

}  // namespace

// e.g. "/foo/bar~1baz/0"; the empty string points at the whole document.
FormatResult check_json_pointer(std::string_view value, const FormatContext&) {
  return verdict(is_json_pointer(value));
}

// relative-json-pointer = non-negative-integer ( "#" / json-pointer ), with
// non-negative-integer = "0" / %x31-39 *DIGIT, e.g. "0#", "1/foo".
FormatResult check_relative_json_pointer(std::string_view value, const FormatContext&) {
  std::size_t digits = 0;
  while (digits < value.size() && is_ascii_digit(value[digits])) ++digits;
  if (digits == 0 || (digits > 1 && value[0] == '0')) return verdict(false);
  std::string_view rest = value.substr(digits);
  return verdict(rest == "#" || is_json_pointer(rest));
}

}  // namespace yushen::formats::detail
