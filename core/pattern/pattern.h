// yushen's linear-time regular expressions for JSON Schema `pattern`/`patternProperties`
// and template rules: ECMA-262 syntax with u-flag semantics, matched by a Pike VM in
// O(input length × program size) time. Patterns are untrusted; anything that cannot run in
// linear time (lookaround, backreferences) is refused at compile time. Most form patterns
// also get a small DFA built at compile time, which gives the same answers faster (dfa.h).
// See docs/patterns.md.
// Tested by tests/pattern/pattern_test.cc (and parse_test, compile_test, pike_vm_test).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace yushen::pattern {

struct PatternLimits {
  std::size_t max_pattern_bytes = 4096;  // longer patterns are refused
  std::size_t max_program_size = 10000;  // instructions after expanding {m,n}; bigger is refused
  // The fast path: a DFA of at most this many states (at most 255) is built at compile time
  // when the pattern allows it (docs/patterns.md, "The fast path"); 0 always uses the Pike VM.
  std::size_t max_dfa_states = 128;
};

enum class PatternErrorKind {
  syntax,       // not a valid ECMA-262 u-mode pattern (JS would throw SyntaxError)
  unsupported,  // valid in JS but refused here: lookaround, backreferences, untabled \p{…}
  too_large,    // over a PatternLimits cap or the group nesting cap
};

struct PatternError {
  PatternErrorKind kind;
  std::size_t offset;     // byte offset in the pattern where the problem starts
  std::string construct;  // short English name, e.g. "lookahead (?=", "quantifier {1000}"
};

// "syntax", "unsupported" or "too_large".
std::string_view error_kind_name(PatternErrorKind kind);

namespace detail {
struct Prog;
}

// A compiled pattern. Its results never change; copies share the program; search() is const
// and thread-safe (scratch space is local to the call; the lazily built DFA is built once
// under std::call_once).
class Regex {
 public:
  // Unanchored search like JS `new RegExp(p, "u").test(s)`; `text` is valid UTF-8.
  // Example: std::get<Regex>(compile("^\\p{Script=Han}+$")).search("张三") is true.
  bool search(std::string_view text) const;

  // Same, and sets *steps to the number of steps taken (DFA: 1 + code points read): at most
  // (code points + 1) × 2 × program_size(), for linear-time tests and cost budgets.
  bool search(std::string_view text, std::size_t* steps) const;

  // Which engine search() runs once the pattern has been searched a few times: "dfa" or
  // "pike_vm" (the DFA is built lazily, pattern/prog.h LazyDfa; asking builds it now).
  std::string_view engine() const;

  // Number of instructions in the compiled program (what max_program_size limits).
  std::size_t program_size() const;

  // A stable text listing of the program, one instruction per line (for tests and docs).
  std::string dump() const;

 private:
  friend std::variant<Regex, PatternError> compile(std::string_view, const PatternLimits&);
  explicit Regex(std::shared_ptr<const detail::Prog> prog) : prog_(std::move(prog)) {}
  std::shared_ptr<const detail::Prog> prog_;
};

// Compiles an ECMA-262 pattern with u-flag semantics, or says why it cannot.
// Example: compile("^[\\u4e00-\\u9fa5]{2,20}$"); compile("(?=a)") gives
// PatternError{unsupported, 0, "lookahead (?="}.
std::variant<Regex, PatternError> compile(std::string_view pattern, const PatternLimits& limits = {});

}  // namespace yushen::pattern
