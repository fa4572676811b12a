// Internal: the compiled program the Pike VM runs (compile.cc writes it, pike_vm.cc runs
// it, dump.cc prints it). Use pattern/pattern.h instead. Eight opcodes, as in re2/prog.h.
// Tested by tests/pattern/compile_test.cc and tests/pattern/pike_vm_test.cc.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "pattern/ast.h"
#include <atomic>
#include <memory>
#include <mutex>

#include "pattern/dfa.h"
#include "unicode/unicode.h"

namespace yushen::pattern::detail {

enum class Op : std::uint8_t {
  kConsumeClass,           // consume one code point in classes[arg], then go to pc + 1
  kControlSplit,           // continue at both x and y
  kControlJump,            // continue at x
  kControlMatch,           // the pattern matched
  kAssertBegin,            // ^: at the start of the input, then pc + 1
  kAssertEnd,              // $: at the end of the input, then pc + 1
  kAssertWordBoundary,     // \b: ASCII \w on exactly one side, then pc + 1
  kAssertNotWordBoundary,  // \B
};

struct Inst {
  Op op;
  std::uint32_t x = 0;  // class index (kConsumeClass) or first target
  std::uint32_t y = 0;  // second target (kControlSplit)
};

// A set of code points for kConsumeClass: a 128-bit ASCII bitmap in front of the ranges.
struct CharClass {
  std::array<std::uint64_t, 2> ascii{};
  unicode::RangeSet ranges;  // canonical; all of the set, including its ASCII part

  bool matches(char32_t cp) const {
    if (cp < 128) return (ascii[cp >> 6] >> (cp & 63)) & 1u;
    return unicode::contains(ranges, cp);
  }
};

// The DFA of a program, built on its kDfaAfterSearches-th search rather than at compile time:
// in WASM a form pattern's DFA took ~75 µs to build against ~0.1 µs saved per search, so
// building every pattern up front made a 50-field schema compile 3x slower for patterns a
// page may search a handful of times (docs/performance.md). Until then, and when the program
// does not fit the DFA's caps, search() runs the Pike VM. When the switch happens changes no
// result: the engines are equivalent (tests/pattern/dfa_test.cc) and the evaluator charges
// no work budget by engine. Thread-safe: the count and the state are atomic, the build runs
// under std::call_once, and `dfa` is read only after `state` says it is written.
struct LazyDfa {
  enum State : int { kCounting = 0, kReady = 1, kNone = 2 };
  std::size_t max_states = 0;           // PatternLimits::max_dfa_states (0: never)
  std::atomic<std::uint32_t> searches{0};
  std::atomic<int> state{kCounting};
  std::once_flag once;
  std::optional<Dfa> dfa;
};
inline constexpr std::uint32_t kDfaAfterSearches = 3;

struct Prog {
  std::vector<Inst> insts;
  std::vector<CharClass> classes;
  std::uint32_t start = 0;
  // Every path from `start` passes ^ before consuming anything: only position 0 can match.
  bool anchored_start = false;
  // Bytes that can start a match (lead bytes of the first code point, ignoring assertions).
  // When no thread is alive the VM skips ahead to the next such byte.
  std::array<std::uint64_t, 4> first_bytes{};
  bool use_first_bytes = false;
  // The fast path (dfa.h), built lazily by Regex::search() (LazyDfa). Null for programs
  // made outside pattern::compile() (tests).
  std::unique_ptr<LazyDfa> lazy_dfa;
};

// Compiles a parsed pattern; the parser has already checked that the size fits.
Prog compile_ast(const Ast& ast);

// The program's DFA, building it now if it was not built yet (nullptr: none; over its caps, or
// a program made outside pattern::compile()). Thread-safe.
const Dfa* dfa_of(const Prog& prog);

// Runs the program over `text`; adds the steps taken to *steps.
bool run_pike_vm(const Prog& prog, std::string_view text, std::size_t* steps);

// Stable text forms for tests: a class as "[a-z\u{4E00}]", a program one line per instruction.
std::string dump_class(const unicode::RangeSet& set);
std::string dump_prog(const Prog& prog);

}  // namespace yushen::pattern::detail
