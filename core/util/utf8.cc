// UTF-8 validation and decoding per RFC 3629 (Unicode 15, table 3-7 well-formed sequences).
// Tested by tests/util/utf8_test.cc.
#include "util/utf8.h"

#include <cstdint>
#include <cstring>

namespace yushen {

bool is_valid_utf8(std::string_view text, std::size_t* bad_offset) {
  std::size_t i = 0;
  while (i < text.size()) {
    // Fast path for ASCII runs.
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = utf8_sequence_length(text.data() + i, text.data() + text.size());
    if (len == 0) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

char32_t decode_utf8(std::string_view text, std::size_t& i) {
  std::size_t len = utf8_sequence_length(text.data() + i, text.data() + text.size());
  const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[i + k])); };
  char32_t cp;
  switch (len) {
    case 1: cp = byte(0); break;
    case 2: cp = ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F); break;
    case 3: cp = ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F); break;
    case 4:
      cp = ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
      break;
    default: ++i; return kReplacementChar;
  }
  i += len;
  return cp;
}

std::size_t count_code_points(std::string_view text) {
  // Every byte that is not a continuation byte (10xxxxxx) starts a code point. Eight bytes
  // at a time: a byte is a continuation byte when its bit 7 is set and bit 6 is clear, and
  // `word << 1` moves each byte's bit 6 under its bit 7 (minLength/maxLength count every
  // checked string; the byte loop was 5% of evaluation).
  constexpr std::uint64_t kHigh = 0x8080808080808080u;
  std::size_t continuation = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    // At most one bit per byte: summing the bytes by a multiply beats a popcount, which
    // is a libgcc call without -mpopcnt.
    const std::uint64_t ones = (word & ~(word << 1) & kHigh) >> 7;
    continuation += static_cast<std::size_t>((ones * 0x0101010101010101u) >> 56);
  }
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++continuation;
  }
  return text.size() - continuation;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t cp = decode_utf8(text, i);
    if (cp == kReplacementChar && i == start + 1 && static_cast<unsigned char>(text[start]) >= 0x80) {
      append_utf8(out, kReplacementChar);
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace yushen
