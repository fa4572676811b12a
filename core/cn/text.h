// Internal to core/cn (use cn/cn.h): input clean-up shared by every check, and the
// small character helpers. Entry points: fold_input(), remove_separators().
// Tested by tests/cn/text_test.cc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace yushen::cn::detail {

// Trims surrounding white space (ASCII, U+00A0, U+3000), folds full-width forms
// U+FF01–FF5E to ASCII (digits, letters, "（）－＋"), U+3000 and U+00A0 inside to ' ',
// dash look-alikes (U+2010–2015, U+2212, U+FE63) to '-', and upper-cases a–z. Ill-formed
// UTF-8 becomes U+FFFD, so the result is always valid UTF-8.
std::string fold_input(std::string_view raw);

// `text` without any of the ASCII characters in `separators`.
std::string remove_separators(std::string_view text, std::string_view separators);

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool all_digits(std::string_view text) {
  for (char c : text) {
    if (!is_digit(c)) return false;
  }
  return !text.empty();
}

// The value of the digits in `text` (at most 9 of them; the caller checked they are digits).
int digits_value(std::string_view text);

// 1-based code point position of the first code point in `text` for which
// `accept(index_in_code_points, ascii_char_or_0)` is false; 0 if all are accepted.
// Non-ASCII code points are passed as '\0'.
template <class Accept>
std::size_t first_rejected(std::string_view text, Accept accept) {
  std::size_t position = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;  // continuation byte: same code point
    char c = byte < 0x80 ? static_cast<char>(byte) : '\0';
    if (!accept(position, c)) return position + 1;
    ++position;
  }
  return 0;
}

}  // namespace yushen::cn::detail
