// ipv4 and ipv6 address text forms, also used by uri.cc (IP-literal) and email.cc.
// Entry points: check_ipv4, check_ipv6, is_ipv4, is_ipv6 (formats/checks.h).
// Tested by tests/formats/format_vectors_test.cc (vectors/ipv4.json, vectors/ipv6.json).
#include "formats/checks.h"

namespace yushen::formats::detail {
namespace {

// h16 = 1*4HEXDIG (RFC 3986 §3.2.2).
bool is_h16(std::string_view piece) {
  if (piece.empty() || piece.size() > 4) return false;
  for (char c : piece) {
    if (!is_ascii_hex(c)) return false;
  }
  return true;
}

// Counts the 16-bit groups of a ':'-separated run of h16 pieces; with `ls32_last` the last
// piece may be an IPv4address worth two groups. Returns -1 on a bad or empty piece.
int count_groups(std::string_view run, bool ls32_last) {
  if (run.empty()) return 0;
  int groups = 0;
  while (true) {
    std::size_t colon = run.find(':');
    std::string_view piece = run.substr(0, colon);
    if (colon == std::string_view::npos) {
      if (ls32_last && piece.find('.') != std::string_view::npos) return is_ipv4(piece) ? groups + 2 : -1;
      return is_h16(piece) ? groups + 1 : -1;
    }
    if (!is_h16(piece) || ++groups > 8) return -1;
    run.remove_prefix(colon + 1);
  }
}

}  // namespace

// IPv4address = dec-octet "." dec-octet "." dec-octet "." dec-octet, where dec-octet is
// 0-255 without leading zeros and in ASCII digits only (RFC 3986 §3.2.2; RFC 2673 §3.2
// dotted-quad). Octal-looking "01.2.3.4" is rejected.
bool is_ipv4(std::string_view text) {
  int octets = 0;
  std::size_t pos = 0;
  while (true) {
    std::size_t start = pos;
    int value = 0;
    while (pos < text.size() && is_ascii_digit(text[pos]) && pos - start < 3) {
      value = value * 10 + (text[pos] - '0');
      ++pos;
    }
    std::size_t len = pos - start;
    if (len == 0 || value > 255 || (len > 1 && text[start] == '0')) return false;
    if (++octets == 4) return pos == text.size();
    if (pos >= text.size() || text[pos] != '.') return false;
    ++pos;
  }
}

// RFC 4291 §2.2 forms 1-3 as written in RFC 3986 §3.2.2 IPv6address: eight h16 groups, or
// at most seven around one "::", with an optional trailing IPv4 address for the low 32 bits.
// Zone ids (RFC 6874 "%eth0") are not part of the address and are rejected.
bool is_ipv6(std::string_view text) {
  std::size_t gap = text.find("::");
  if (gap == std::string_view::npos) return count_groups(text, true) == 8;
  if (text.find("::", gap + 1) != std::string_view::npos) return false;  // two gaps, or ":::"
  int head = count_groups(text.substr(0, gap), false);
  int tail = count_groups(text.substr(gap + 2), true);
  return head >= 0 && tail >= 0 && head + tail <= 7;
}

FormatResult check_ipv4(std::string_view value, const FormatContext&) { return verdict(is_ipv4(value)); }

FormatResult check_ipv6(std::string_view value, const FormatContext&) { return verdict(is_ipv6(value)); }

}  // namespace yushen::formats::detail
