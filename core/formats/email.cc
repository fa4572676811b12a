// email (RFC 5321 §4.1.2 Mailbox) and idn-email (RFC 6531 §3.3: UTF-8 in the local part,
// U-labels in the domain). Entry points: check_email, check_idn_email (formats/checks.h).
// Tested by tests/formats/format_vectors_test.cc (vectors/email.json, vectors/idn-email.json).
#include "formats/checks.h"

namespace yushen::formats::detail {
namespace {

constexpr std::size_t kMaxLocalPart = 64;  // RFC 5321 §4.5.3.1.1, in octets
constexpr std::size_t kMaxMailbox = 254;   // RFC 5321 §4.5.3.1.3: a path of 256 less "<" ">"

bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// atext (RFC 5322 §3.2.3, used by RFC 5321 Atom); RFC 6531 adds UTF8-non-ascii.
bool is_atext(char c, bool idn) {
  if (is_ascii_alpha(c) || is_ascii_digit(c)) return true;
  if (std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos) return true;
  return idn && is_non_ascii(c);
}

// Dot-string = Atom *("." Atom); Atom = 1*atext. Returns the length of the local part
// (up to the "@"), or 0.
std::size_t dot_string(std::string_view s, bool idn) {
  std::size_t i = 0;
  while (true) {
    std::size_t start = i;
    while (i < s.size() && is_atext(s[i], idn)) ++i;
    if (i == start) return 0;
    if (i == s.size() || s[i] != '.') return i;
    ++i;
  }
}

// Quoted-string = DQUOTE *QcontentSMTP DQUOTE; qtextSMTP = %d32-33 / %d35-91 / %d93-126
// (RFC 6531: / UTF8-non-ascii); quoted-pairSMTP = "\" %d32-126. Returns the length, or 0.
std::size_t quoted_string(std::string_view s, bool idn) {
  if (s.empty() || s[0] != '"') return 0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    char c = s[i];
    if (c == '"') return i + 1;
    if (c == '\\') {
      if (++i == s.size() || s[i] < 32 || s[i] > 126) return 0;
    } else if (is_non_ascii(c) ? !idn : (c < 32 || c > 126)) {
      return 0;
    }
  }
  return 0;
}

// IPv4-address-literal = Snum 3("." Snum); Snum = 1*3DIGIT with a value of 0-255. Unlike
// RFC 3986's dec-octet, RFC 5321 allows leading zeros here.
bool is_snum_quad(std::string_view s) {
  for (int part = 0; part < 4; ++part) {
    std::size_t digits = 0;
    int value = 0;
    while (digits < s.size() && digits < 3 && is_ascii_digit(s[digits])) value = value * 10 + (s[digits++] - '0');
    if (digits == 0 || value > 255) return false;
    s.remove_prefix(digits);
    if (part < 3) {
      if (s.empty() || s[0] != '.') return false;
      s.remove_prefix(1);
    }
  }
  return s.empty();
}

// address-literal = "[" ( IPv4-address-literal / IPv6-address-literal /
// General-address-literal ) "]". General literals need a tag registered with IANA, and
// "IPv6" is the only one, so other tags are rejected.
bool is_address_literal(std::string_view s) {
  if (s.size() < 2 || s.front() != '[' || s.back() != ']') return false;
  s = s.substr(1, s.size() - 2);
  if (s.size() > 5 && (s[0] == 'I' || s[0] == 'i') && (s[1] == 'P' || s[1] == 'p') &&
      (s[2] == 'v' || s[2] == 'V') && s[3] == '6' && s[4] == ':') {
    return is_ipv6(s.substr(5));
  }
  return is_snum_quad(s);
}

// Mailbox = Local-part "@" ( Domain / address-literal ).
bool is_mailbox(std::string_view s, bool idn) {
  if (s.size() > kMaxMailbox) return false;
  std::size_t local = !s.empty() && s[0] == '"' ? quoted_string(s, idn) : dot_string(s, idn);
  if (local == 0 || local > kMaxLocalPart || local == s.size() || s[local] != '@') return false;
  std::string_view domain = s.substr(local + 1);
  if (!domain.empty() && domain[0] == '[') return is_address_literal(domain);
  // Domain = sub-domain *("." sub-domain), with DNS label rules (§2.3.5); RFC 6531 adds U-labels.
  return idn ? is_idn_hostname(domain, false) : is_hostname(domain);
}

}  // namespace

// e.g. "joe.bloggs@example.com", "\"joe bloggs\"@[IPv6:::1]"
FormatResult check_email(std::string_view value, const FormatContext&) { return verdict(is_mailbox(value, false)); }

// e.g. "用户@例子.广告"
FormatResult check_idn_email(std::string_view value, const FormatContext&) {
  return verdict(is_mailbox(value, true));
}

}  // namespace yushen::formats::detail
