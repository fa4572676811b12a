// Internal to core/formats: Punycode (RFC 3492), the encoding of U-labels as A-labels.
// Use formats/registry.h instead. Tested by tests/formats/punycode_test.cc.
#pragma once

#include <string>
#include <string_view>

namespace yushen::formats::detail {

// Inputs longer than this are refused: a DNS label is at most 63 octets (RFC 1035 §2.3.4),
// and both directions cost O(n^2), so the cap bounds the work on untrusted input.
inline constexpr std::size_t kMaxPunycodeLength = 256;

// Decodes the part of an A-label after "xn--" (RFC 3492 §6.2), e.g. "bcher-kva" -> U"bücher".
// False on a bad digit, overflow, a decoded basic or non-scalar code point, or a long input.
bool punycode_decode(std::string_view input, std::u32string& output);

// Encodes code points (RFC 3492 §6.3), e.g. U"bücher" -> "bcher-kva". False on overflow or
// a long input.
bool punycode_encode(std::u32string_view input, std::string& output);

}  // namespace yushen::formats::detail
