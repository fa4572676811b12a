// hostname (RFC 1123 §2.1 with RFC 5890 A-labels) and idn-hostname (RFC 5890 §2.3.2.3):
// split into labels, check each as LDH label, A-label or U-label, then the lengths and the
// Bidi rule over the whole name. Entry points: check_hostname, check_idn_hostname,
// is_hostname, is_idn_hostname (formats/checks.h).
// Tested by tests/formats/format_vectors_test.cc (vectors/hostname.json, idn-hostname.json).
#include <optional>
#include <string>
#include <vector>

#include "formats/checks.h"
#include "formats/idna.h"
#include "formats/punycode.h"
#include "util/utf8.h"

namespace yushen::formats::detail {
namespace {

constexpr std::size_t kMaxLabel = 63;   // RFC 1035 §2.3.4, RFC 1123 §2.1
constexpr std::size_t kMaxName = 253;   // RFC 1123 §2.1: 255 octets on the wire, less length bytes
constexpr std::size_t kMaxLabels = 128; // a name of kMaxName octets has at most 127 labels

char32_t ascii_lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

bool is_ldh(std::string_view label) {
  for (char c : label) {
    if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '-') return false;
  }
  return true;
}

struct Name {
  std::size_t ascii_length = 0;           // the name in A-label form, dots included
  std::vector<std::u32string> labels;     // every label as code points (U-label form), lower case
};

// An all-ASCII label: an A-label ("xn--" + Punycode of a U-label, RFC 5890 §2.3.2.1 and RFC
// 5891 §5.4: decode, check the U-label, encode again and compare) or an LDH label of RFC
// 1123 §2.1 (letters, digits, hyphens; 1-63 octets; no hyphen first or last). Other R-LDH
// labels ("r4---sn", RFC 5890 §2.3.1 reserves "??--") are valid RFC 1123 labels in real use,
// so both formats accept them and idn-hostname stays a superset of hostname.
bool add_ascii_label(std::string_view label, Name& name) {
  if (label.empty() || label.size() > kMaxLabel || !is_ldh(label)) return false;
  if (label.front() == '-' || label.back() == '-') return false;
  std::u32string lower;
  for (char c : label) lower.push_back(ascii_lower(static_cast<unsigned char>(c)));
  name.ascii_length += label.size();
  bool reserved = lower.size() >= 4 && lower[2] == '-' && lower[3] == '-';
  if (reserved && lower.compare(0, 2, U"xn") == 0) {
    std::u32string decoded;
    if (!punycode_decode(label.substr(4), decoded)) return false;
    for (char32_t& c : decoded) c = ascii_lower(c);
    bool any_non_ascii = false;
    for (char32_t c : decoded) any_non_ascii = any_non_ascii || c >= 0x80;
    std::string again;
    if (!any_non_ascii || !is_u_label(decoded) || !punycode_encode(decoded, again)) return false;
    if (std::u32string(again.begin(), again.end()) != lower.substr(4)) return false;
    name.labels.push_back(std::move(decoded));
    return true;
  }
  name.labels.push_back(std::move(lower));
  return true;
}

// A label with non-ASCII code points must be a U-label (RFC 5890 §2.3.2.1) whose A-label
// fits 63 octets. ASCII letters are taken case-insensitively, as in LDH labels.
bool add_unicode_label(std::string_view label, Name& name) {
  std::u32string u;
  for (std::size_t i = 0; i < label.size();) {
    if (u.size() == kMaxULabelCodePoints) return false;
    u.push_back(ascii_lower(decode_utf8(label, i)));
  }
  std::string encoded;
  if (!is_u_label(u) || !punycode_encode(u, encoded) || encoded.size() + 4 > kMaxLabel) return false;
  name.ascii_length += encoded.size() + 4;
  name.labels.push_back(std::move(u));
  return true;
}

// The length of the label separator starting at text[i], or 0. RFC 3490 §3.1 also
// recognizes U+3002, U+FF0E and U+FF61 when `ideographic_dots`.
std::size_t separator_at(std::string_view text, std::size_t i, bool ideographic_dots) {
  if (text[i] == '.') return 1;
  if (!ideographic_dots || text.size() - i < 3) return 0;
  std::string_view s = text.substr(i, 3);
  return s == "\u3002" || s == "\uFF0E" || s == "\uFF61" ? 3 : 0;
}

// The common case without code points: an all-ASCII name with no A-label ("xn--") has no
// right-to-left label, so the Bidi rule cannot apply and each label is an LDH label. Answers
// like the general path below, without its per-label u32strings (an e-mail domain was ~5
// allocations per check, on every form submission); nullopt hands other names to it.
std::optional<bool> plain_ascii_name(std::string_view text) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size()) {
      if (static_cast<unsigned char>(text[i]) >= 0x80) return std::nullopt;
      if (text[i] != '.') continue;
    }
    std::string_view label = text.substr(start, i - start);
    bool a_label = label.size() >= 4 && label[2] == '-' && label[3] == '-' && (label[0] | 0x20) == 'x' &&
                   (label[1] | 0x20) == 'n';
    if (a_label) return std::nullopt;
    if (label.empty() || label.size() > kMaxLabel || !is_ldh(label)) return false;
    if (label.front() == '-' || label.back() == '-') return false;
    start = i + 1;
  }
  return text.size() <= kMaxName;  // the A-label form is the text itself
}

// Shared by both formats: `idn` admits U-labels.
bool is_name(std::string_view text, bool idn, bool ideographic_dots) {
  if (text.empty()) return false;
  if (std::optional<bool> plain = plain_ascii_name(text)) return *plain;
  Name name;
  std::size_t start = 0;
  for (std::size_t i = 0;; ++i) {
    std::size_t sep = i < text.size() ? separator_at(text, i, ideographic_dots) : 0;
    if (i < text.size() && sep == 0) continue;
    std::string_view label = text.substr(start, i - start);
    bool ascii = true;
    for (char c : label) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    bool ok = ascii ? add_ascii_label(label, name) : idn && add_unicode_label(label, name);
    if (!ok || name.labels.size() > kMaxLabels) return false;  // empty labels fail: no leading/trailing dot
    if (i == text.size()) break;
    name.ascii_length += 1;
    i += sep - 1;
    start = i + 1;
  }
  if (name.ascii_length > kMaxName) return false;
  // RFC 5893 §1.4, §2: in a Bidi domain name every label must satisfy the Bidi rule.
  bool bidi = false;
  for (const auto& label : name.labels) bidi = bidi || has_rtl(label);
  if (!bidi) return true;
  for (const auto& label : name.labels) {
    if (!satisfies_bidi_rule(label)) return false;
  }
  return true;
}

}  // namespace

bool is_hostname(std::string_view text) { return is_name(text, false, false); }

bool is_idn_hostname(std::string_view text, bool ideographic_dots) { return is_name(text, true, ideographic_dots); }

// e.g. "www.example.com", "xn--bcher-kva.example"
FormatResult check_hostname(std::string_view value, const FormatContext&) { return verdict(is_hostname(value)); }

// e.g. "bücher.example", "실례.테스트"
FormatResult check_idn_hostname(std::string_view value, const FormatContext&) {
  return verdict(is_idn_hostname(value, true));
}

}  // namespace yushen::formats::detail
