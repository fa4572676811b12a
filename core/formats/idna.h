// Internal to core/formats: IDNA2008 checks on one U-label (RFC 5891 §5.4 with the rules of
// RFC 5892 and RFC 5893). Use formats/registry.h instead. Tested by tests/formats/idna_test.cc.
#pragma once

#include <string_view>

namespace yushen::formats::detail {

// U-labels longer than this cannot fit an A-label of 63 octets ("xn--" plus at least one
// octet per code point, RFC 3492 §6.3), so longer input is refused before any table work.
inline constexpr std::size_t kMaxULabelCodePoints = 59;

// RFC 5891 §5.4 (the §4.2.2-4.2.3.3 tests): non-empty and at most kMaxULabelCodePoints, in
// NFC, no "--" in positions 3-4, no leading or trailing hyphen, no leading combining mark,
// every code point PVALID, or CONTEXTJ/CONTEXTO with its RFC 5892 Appendix A rule met.
// Does not apply the Bidi rule, which depends on the whole domain name.
bool is_u_label(std::u32string_view label);

// RFC 5893 §1.4: a label holding a code point of Bidi_Class R, AL or AN makes its domain
// name a "Bidi domain name".
bool has_rtl(std::u32string_view label);

// RFC 5893 §2: the six conditions of the Bidi rule, for one label of a Bidi domain name.
bool satisfies_bidi_rule(std::u32string_view label);

// UAX #15: true if `label` equals its NFC form (only for PVALID/CONTEXT code points; Hangul
// jamo are DISALLOWED, so Hangul composition never applies).
bool is_nfc(std::u32string_view label);

}  // namespace yushen::formats::detail
