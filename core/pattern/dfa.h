// Internal: the fast path for Regex::search(), a small DFA built eagerly from the Pike VM's
// program at compile time (dfa_build.cc) and run in one table lookup per code point
// (dfa_search.cc). Built only when it fits a hard state cap, so memory and build time stay
// bounded; otherwise the Pike VM runs. Use pattern/pattern.h instead. Why a DFA and not a
// one-pass matcher: docs/patterns.md, "The fast path".
// Tested by tests/pattern/dfa_test.cc (differential against the Pike VM).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace yushen::pattern::detail {

struct Prog;

struct Dfa {
  // State flags.
  static constexpr std::uint8_t kMatch = 1;        // the program has matched: search is true
  static constexpr std::uint8_t kMatchAtEnd = 2;   // true if the input ends here ($ holds)
  static constexpr std::uint8_t kDead = 4;         // no match can follow: search is false

  // The alphabet: code points the program cannot tell apart share one symbol. ASCII maps
  // through a table; above it, symbol_of[i] covers [bounds[i], bounds[i + 1]).
  std::array<std::uint8_t, 128> ascii_symbol{};
  std::vector<char32_t> bounds;  // starts at 128, ascending
  std::vector<std::uint8_t> symbol_of;
  std::uint32_t symbols = 0;

  std::vector<std::uint8_t> next;   // next[state * symbols + symbol]; states <= 255
  std::vector<std::uint8_t> flags;  // per state
  std::uint8_t start = 0;           // the state at position 0 of a non-empty input
  bool empty_input_matches = false;
  // The state with no thread alive but the one started at this position; while in it,
  // bytes that cannot begin a match are skipped (as in the Pike VM).
  std::uint8_t idle = 0;
  bool skip_in_idle = false;
  std::array<std::uint64_t, 4> first_bytes{};  // Prog::first_bytes
};

// Hard caps of the fast path: beyond them the pattern runs on the Pike VM.
inline constexpr std::size_t kDfaMaxProgram = 600;   // instructions considered at all
inline constexpr std::size_t kDfaMaxSymbols = 64;    // alphabet size
inline constexpr std::size_t kDfaMaxWork = 200000;   // instruction visits while building

// Builds the DFA, or nothing when the program uses \b or \B, or a cap is exceeded
// (max_states <= 255 states; 0 disables the fast path).
std::optional<Dfa> build_dfa(const Prog& prog, std::size_t max_states);

// Same answer as run_pike_vm(); adds the steps taken (1 + transitions) to *steps.
bool run_dfa(const Dfa& dfa, std::string_view text, std::size_t* steps);

}  // namespace yushen::pattern::detail
