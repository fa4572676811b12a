// Internal to core/formats: the check functions the registry table points at, and the
// syntax helpers the files share. Use formats/registry.h instead.
// Tested by tests/formats/format_vectors_test.cc (vectors in tests/formats/vectors/).
#pragma once

#include <string_view>

#include "formats/format.h"

namespace yushen::formats::detail {

// A plain verdict: valid, or Code::kFormat with no extra parameters.
inline FormatResult verdict(bool ok) {
  FormatResult result;
  result.ok = ok;
  return result;
}

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_hex(char c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// network.cc: RFC 3986 §3.2.2 IPv4address (dotted-quad, no leading zeros) and RFC 4291 §2.2
// text forms (the IPv6address rule of RFC 3986 §3.2.2; no zone id).
bool is_ipv4(std::string_view text);
bool is_ipv6(std::string_view text);

// hostname.cc: RFC 1123 §2.1 host names whose xn-- labels are valid A-labels (RFC 5890);
// internationalized host names (RFC 5890 §2.3.2.3). `ideographic_dots` also accepts
// U+3002, U+FF0E and U+FF61 as label separators (RFC 3490 §3.1), as idn-hostname does.
bool is_hostname(std::string_view text);
bool is_idn_hostname(std::string_view text, bool ideographic_dots);
// is_hostname without its allocation-free ASCII fast path (tests check they agree).
bool is_hostname_without_fast_path(std::string_view text);

// date_time.cc
FormatResult check_date(std::string_view value, const FormatContext& context);
FormatResult check_time(std::string_view value, const FormatContext& context);
FormatResult check_date_time(std::string_view value, const FormatContext& context);
FormatResult check_duration(std::string_view value, const FormatContext& context);
// email.cc
FormatResult check_email(std::string_view value, const FormatContext& context);
FormatResult check_idn_email(std::string_view value, const FormatContext& context);
// hostname.cc
FormatResult check_hostname(std::string_view value, const FormatContext& context);
FormatResult check_idn_hostname(std::string_view value, const FormatContext& context);
// network.cc
FormatResult check_ipv4(std::string_view value, const FormatContext& context);
FormatResult check_ipv6(std::string_view value, const FormatContext& context);
// uri.cc
FormatResult check_uri(std::string_view value, const FormatContext& context);
FormatResult check_uri_reference(std::string_view value, const FormatContext& context);
FormatResult check_iri(std::string_view value, const FormatContext& context);
FormatResult check_iri_reference(std::string_view value, const FormatContext& context);
// uuid.cc
FormatResult check_uuid(std::string_view value, const FormatContext& context);
// json_pointer.cc
FormatResult check_json_pointer(std::string_view value, const FormatContext& context);
FormatResult check_relative_json_pointer(std::string_view value, const FormatContext& context);

}  // namespace yushen::formats::detail
