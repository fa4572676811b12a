// run_dfa(): one table lookup per code point, no scratch memory (nothing to zero per
// search, which matters in WASM without bulk memory). Stops as soon as the state says the
// answer is known: matched, or dead (an anchored pattern's first mismatch).
// Tested by tests/pattern/dfa_test.cc.
#include <algorithm>

#include "pattern/dfa.h"
#include "util/utf8.h"

namespace yushen::pattern::detail {
namespace {

// The symbol of a code point above ASCII, remembering the range it fell in: form values
// are runs of CJK characters that share one range, so most lookups skip the search.
struct SymbolCache {
  char32_t low = 1;  // empty range [1, 0)
  char32_t high = 0;
  std::uint32_t symbol = 0;
};

std::uint32_t symbol_of(const Dfa& dfa, char32_t cp, SymbolCache& cache) {
  if (cp >= cache.low && cp < cache.high) return cache.symbol;
  auto it = std::upper_bound(dfa.bounds.begin(), dfa.bounds.end(), cp);
  const auto index = static_cast<std::size_t>(it - dfa.bounds.begin()) - 1;
  cache.low = dfa.bounds[index];
  cache.high = it == dfa.bounds.end() ? char32_t{0x110000} : *it;
  cache.symbol = dfa.symbol_of[index];
  return cache.symbol;
}

// decode_utf8() with the well-formed three-byte case (all of CJK) decoded inline; anything
// else, ill-formed bytes included, goes to decode_utf8 so the answer is the same.
char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const char* p = text.data() + pos;
  if (utf8_sequence_length(p, text.data() + text.size()) != 3) return decode_utf8(text, pos);
  const auto byte = [p](int k) { return char32_t{static_cast<unsigned char>(p[k])}; };
  pos += 3;
  return (byte(0) & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
}

bool is_first_byte(const Dfa& dfa, char c) {
  auto b = static_cast<unsigned char>(c);
  return (dfa.first_bytes[b >> 6] >> (b & 63)) & 1u;
}

}  // namespace

bool run_dfa(const Dfa& dfa, std::string_view text, std::size_t* steps) {
  std::size_t taken = 1;
  bool matched = dfa.empty_input_matches;
  if (!text.empty()) {
    std::uint32_t state = dfa.start;
    std::uint8_t flags = dfa.flags[state];
    std::size_t pos = 0;
    SymbolCache cache;
    while (!(flags & (Dfa::kMatch | Dfa::kDead))) {
      if (state == dfa.idle && dfa.skip_in_idle) {
        // Bytes that cannot begin a match leave the idle state where it is.
        while (pos < text.size() && !is_first_byte(dfa, text[pos])) ++pos;
      }
      if (pos == text.size()) break;
      auto byte = static_cast<unsigned char>(text[pos]);
      std::uint32_t symbol;
      if (byte < 0x80) {
        symbol = dfa.ascii_symbol[byte];
        ++pos;
      } else {
        symbol = symbol_of(dfa, next_code_point(text, pos), cache);
      }
      state = dfa.next[state * dfa.symbols + symbol];
      flags = dfa.flags[state];
      ++taken;
    }
    matched = (flags & Dfa::kMatch) || (pos == text.size() && (flags & Dfa::kMatchAtEnd));
  }
  if (steps) *steps += taken;
  return matched;
}

}  // namespace yushen::pattern::detail
