// run_dfa(): one table lookup per code point, no scratch memory (nothing to zero per
// search, which matters in WASM without bulk memory). Stops as soon as the state says the
// answer is known: matched, or dead (an anchored pattern's first mismatch).
// Tested by tests/pattern/dfa_test.cc.
#include <algorithm>

#include "pattern/dfa.h"
#include "util/utf8.h"

namespace yushen::pattern::detail {
namespace {

std::uint32_t symbol_of(const Dfa& dfa, char32_t cp) {
  auto it = std::upper_bound(dfa.bounds.begin(), dfa.bounds.end(), cp);
  return dfa.symbol_of[static_cast<std::size_t>(it - dfa.bounds.begin()) - 1];
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
        symbol = symbol_of(dfa, decode_utf8(text, pos));
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
