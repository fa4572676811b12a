// uri, uri-reference (RFC 3986 §3, §4.1, §4.2) and iri, iri-reference (RFC 3987 §2.2): one
// linear parser over the generic syntax; the IRI flavour also admits ucschar (and iprivate
// in the query). Entry points: check_uri, check_uri_reference, check_iri, check_iri_reference.
// Tested by tests/formats/format_vectors_test.cc (vectors/uri*.json, vectors/iri*.json).
#include "formats/checks.h"
#include "util/utf8.h"

namespace yushen::formats::detail {
namespace {

// unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~" (RFC 3986 §2.3)
bool is_unreserved(char c) { return is_ascii_alpha(c) || is_ascii_digit(c) || c == '-' || c == '.' || c == '_' || c == '~'; }

// sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "=" (RFC 3986 §2.2)
bool is_sub_delim(char c) { return std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos; }

// ucschar (RFC 3987 §2.2): the non-ASCII code points an IRI may carry literally.
bool is_ucschar(char32_t cp) {
  if (cp < 0x10000) {
    return (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFEF);
  }
  return (cp & 0xFFFF) <= 0xFFFD && cp < 0xF0000 && (cp < 0xE0000 || cp >= 0xE1000);
}

// iprivate = %xE000-F8FF / %xF0000-FFFFD / %x100000-10FFFD (RFC 3987 §2.2), only in iquery.
bool is_iprivate(char32_t cp) {
  return (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && (cp & 0xFFFF) <= 0xFFFD);
}

struct Flavor {
  bool iri = false;  // RFC 3987: ucschar wherever unreserved is allowed
};

// True if every code point of `s` is unreserved, pct-encoded, a sub-delim or one of `extra`;
// for IRIs also a ucschar, and an iprivate when `iprivate` (RFC 3986 §2.1 pct-encoded =
// "%" HEXDIG HEXDIG).
bool scan(std::string_view s, std::string_view extra, Flavor flavor, bool iprivate = false) {
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      if (!flavor.iri) return false;
      char32_t cp = decode_utf8(s, i);
      if (!is_ucschar(cp) && !(iprivate && is_iprivate(cp))) return false;
      continue;
    }
    if (c == '%') {
      if (s.size() - i < 3 || !is_ascii_hex(s[i + 1]) || !is_ascii_hex(s[i + 2])) return false;
      i += 3;
      continue;
    }
    if (!is_unreserved(c) && !is_sub_delim(c) && extra.find(c) == std::string_view::npos) return false;
    ++i;
  }
  return true;
}

// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) (RFC 3986 §3.1)
bool is_scheme(std::string_view s) {
  if (s.empty() || !is_ascii_alpha(s[0])) return false;
  for (char c : s) {
    if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return true;
}

// IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ) (RFC 3986 §3.2.2)
bool is_ipvfuture(std::string_view s) {
  if (s.size() < 4 || (s[0] != 'v' && s[0] != 'V')) return false;
  std::size_t dot = s.find('.');
  if (dot == std::string_view::npos || dot < 2 || dot + 1 == s.size()) return false;
  for (std::size_t i = 1; i < dot; ++i) {
    if (!is_ascii_hex(s[i])) return false;
  }
  for (char c : s.substr(dot + 1)) {
    if (!is_unreserved(c) && !is_sub_delim(c) && c != ':') return false;
  }
  return true;
}

bool is_port(std::string_view s) {  // port = *DIGIT
  for (char c : s) {
    if (!is_ascii_digit(c)) return false;
  }
  return true;
}

// authority = [ userinfo "@" ] host [ ":" port ] (RFC 3986 §3.2); host = IP-literal /
// IPv4address / reg-name, and reg-name's syntax already covers IPv4address.
bool is_authority(std::string_view s, Flavor flavor) {
  std::size_t at = s.find('@');
  if (at != std::string_view::npos) {
    if (!scan(s.substr(0, at), ":", flavor)) return false;  // userinfo
    s.remove_prefix(at + 1);
  }
  if (!s.empty() && s[0] == '[') {  // IP-literal = "[" ( IPv6address / IPvFuture ) "]"
    std::size_t close = s.find(']');
    if (close == std::string_view::npos) return false;
    std::string_view literal = s.substr(1, close - 1);
    if (!is_ipv6(literal) && !is_ipvfuture(literal)) return false;
    s.remove_prefix(close + 1);
    return s.empty() || (s[0] == ':' && is_port(s.substr(1)));
  }
  std::size_t colon = s.find(':');
  if (colon != std::string_view::npos && !is_port(s.substr(colon + 1))) return false;
  return scan(s.substr(0, colon), "", flavor);  // reg-name (ireg-name)
}

// URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ] (§3), or with `reference` also
// relative-ref = relative-part [ "?" query ] [ "#" fragment ] (§4.2). The components are
// split as in Appendix B, then each is checked against its rule.
bool is_reference(std::string_view s, Flavor flavor, bool reference) {
  std::size_t hash = s.find('#');
  if (hash != std::string_view::npos) {
    if (!scan(s.substr(hash + 1), ":@/?", flavor)) return false;  // fragment = *( pchar / "/" / "?" )
    s = s.substr(0, hash);
  }
  std::size_t question = s.find('?');
  if (question != std::string_view::npos) {
    if (!scan(s.substr(question + 1), ":@/?", flavor, true)) return false;  // query
    s = s.substr(0, question);
  }
  std::size_t colon = s.find(':');
  bool has_scheme = colon != std::string_view::npos && colon < s.find('/') && is_scheme(s.substr(0, colon));
  if (has_scheme) {
    s.remove_prefix(colon + 1);
  } else if (!reference) {
    return false;
  }
  if (s.substr(0, 2) == "//") {  // "//" authority path-abempty
    s.remove_prefix(2);
    std::size_t slash = s.find('/');
    if (!is_authority(s.substr(0, slash), flavor)) return false;
    s = slash == std::string_view::npos ? std::string_view() : s.substr(slash);
  } else if (!has_scheme && s.substr(0, s.find('/')).find(':') != std::string_view::npos) {
    return false;  // path-noscheme: the first segment of a relative path has no ":"
  }
  // path-abempty / path-absolute / path-rootless / path-noscheme / path-empty: *pchar and "/".
  // "//" cannot start a path here: it was taken as an authority above.
  return scan(s, ":@/", flavor);
}

}  // namespace

FormatResult check_uri(std::string_view value, const FormatContext&) {
  return verdict(is_reference(value, Flavor{false}, false));
}

FormatResult check_uri_reference(std::string_view value, const FormatContext&) {
  return verdict(is_reference(value, Flavor{false}, true));
}

FormatResult check_iri(std::string_view value, const FormatContext&) {
  return verdict(is_reference(value, Flavor{true}, false));
}

FormatResult check_iri_reference(std::string_view value, const FormatContext&) {
  return verdict(is_reference(value, Flavor{true}, true));
}

}  // namespace yushen::formats::detail
