// Internal: the compiled program the Pike VM runs (compile.cc writes it, pike_vm.cc runs
// it, dump.cc prints it). Use pattern/pattern.h instead. Eight opcodes, as in re2/prog.h.
// Tested by tests/pattern/compile_test.cc and tests/pattern/pike_vm_test.cc.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "pattern/ast.h"
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
  // The fast path, when the program fits its caps (dfa.h); search() runs it instead of
  // the Pike VM. Decided once, at compile time.
  std::optional<Dfa> dfa;
};

// Compiles a parsed pattern; the parser has already checked that the size fits.
Prog compile_ast(const Ast& ast);

// Runs the program over `text`; adds the steps taken to *steps.
bool run_pike_vm(const Prog& prog, std::string_view text, std::size_t* steps);

// Stable text forms for tests: a class as "[a-z\u{4E00}]", a program one line per instruction.
std::string dump_class(const unicode::RangeSet& set);
std::string dump_prog(const Prog& prog);

}  // namespace yushen::pattern::detail
