// Scanning the bytes of a JSON string for the writer (util/json_write): the bytes a string
// cannot hold as they are ('"', '\\', controls) are found eight at a time, and runs of CJK
// three at a time, as the reader (core/doc/document.cc) does. The reader keeps its own copy of
// these loops: calling these from it measured 1.02-1.03x slower schema validation in WASM
// (bench/ab_wasm.mjs, 9 rounds), where the writer gained 0.97x.
// Tested through tests/util/json_write_test.cc.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace yushen {

// Skips plain ASCII bytes eight at a time (SWAR: WASM has 64-bit integers but this build no
// SIMD) and returns a position in the word holding the first '"', '\\', control or non-ASCII
// byte, or where fewer than eight bytes are left: the caller's byte loop takes it from there.
// In a word the lowest flagged byte is always a true hit (a borrow only runs upwards from
// one), so countr_zero finds it.
inline const char* skip_plain_ascii_words(const char* p, const char* end) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t highs = 0x8080808080808080u;
    while (end - p >= 8) {
      std::uint64_t x;
      std::memcpy(&x, p, 8);
      const std::uint64_t quote = x ^ (ones * '"');
      const std::uint64_t backslash = x ^ (ones * '\\');
      const std::uint64_t hits =
          (((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | x) & highs;
      if (hits) return p + std::countr_zero(hits) / 8;
      p += 8;
    }
  }
  return p;
}

// Skips a run of three-byte UTF-8 sequences led by E1-EC or EE-EF (most of CJK), which need
// no overlong or surrogate check, only two continuation bytes; E0 and ED, and anything else,
// are left to utf8_sequence_length.
inline const char* skip_common_three_byte_runs(const char* p, const char* end) {
  while (end - p >= 3) {
    const auto b0 = static_cast<unsigned char>(p[0]);
    if (b0 < 0xE1 || b0 == 0xED || b0 > 0xEF) break;
    if ((static_cast<unsigned char>(p[1]) & 0xC0) != 0x80 || (static_cast<unsigned char>(p[2]) & 0xC0) != 0x80) break;
    p += 3;
  }
  return p;
}

}  // namespace yushen
