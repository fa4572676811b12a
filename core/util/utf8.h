// UTF-8 helpers: validation, decoding, code point counting. Lengths in yushen are in
// code points ("张三🙂" is 3), never bytes or UTF-16 units.
// Tested by tests/util/utf8_test.cc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace yushen {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// The length (1-4) of the well-formed UTF-8 sequence at p (p < end), or 0 if it is
// ill-formed: no overlongs, no surrogates, nothing above U+10FFFF (RFC 3629). Inline: the
// instance reader and the result writer check every non-ASCII byte with it.
inline std::size_t utf8_sequence_length(const char* p, const char* end) {
  const auto byte = [p](int k) { return static_cast<unsigned char>(p[k]); };
  const auto cont = [&](int k) { return (byte(k) & 0xC0) == 0x80; };
  const auto n = static_cast<std::size_t>(end - p);
  const unsigned char b0 = byte(0);
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return n >= 2 && cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (n < 3) return 0;
    const unsigned char b1 = byte(1);
    if (b0 == 0xE0 && (b1 < 0xA0 || b1 > 0xBF)) return 0;  // overlong
    if (b0 == 0xED && (b1 < 0x80 || b1 > 0x9F)) return 0;  // surrogates
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (n < 4) return 0;
    const unsigned char b1 = byte(1);
    if (b0 == 0xF0 && (b1 < 0x90 || b1 > 0xBF)) return 0;  // overlong
    if (b0 == 0xF4 && (b1 < 0x80 || b1 > 0x8F)) return 0;  // above U+10FFFF
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

// True if `text` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
// On failure, *bad_offset (if given) receives the byte offset of the first bad sequence.
bool is_valid_utf8(std::string_view text, std::size_t* bad_offset = nullptr);

// Decodes the code point starting at text[i] and advances i past it. Ill-formed input
// yields U+FFFD and advances by one byte, so the loop always terminates.
char32_t decode_utf8(std::string_view text, std::size_t& i);

// Number of code points (ill-formed bytes count one each).
std::size_t count_code_points(std::string_view text);

void append_utf8(std::string& out, char32_t cp);

// A copy of `text` with every ill-formed sequence replaced by U+FFFD.
std::string sanitize_utf8(std::string_view text);

}  // namespace yushen
