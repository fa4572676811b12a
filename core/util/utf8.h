// UTF-8 helpers: validation, decoding, code point counting. Lengths in yushen are in
// code points ("张三🙂" is 3), never bytes or UTF-16 units.
// Tested by tests/util/utf8_test.cc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace yushen {

inline constexpr char32_t kReplacementChar = 0xFFFD;

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
