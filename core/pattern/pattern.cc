// The public entry points: compile() runs parse → compile_ast and wraps the program in a
// Regex, with the DFA fast path when it fits; Regex::search() runs whichever was built.
// Tested by tests/pattern/pattern_test.cc.
#include "pattern/pattern.h"

#include "pattern/prog.h"

namespace yushen::pattern {

std::string_view error_kind_name(PatternErrorKind kind) {
  switch (kind) {
    case PatternErrorKind::syntax: return "syntax";
    case PatternErrorKind::unsupported: return "unsupported";
    case PatternErrorKind::too_large: return "too_large";
  }
  return "syntax";
}

std::variant<Regex, PatternError> compile(std::string_view pattern, const PatternLimits& limits) {
  std::variant<detail::Ast, PatternError> parsed = detail::parse(pattern, limits);
  if (auto* error = std::get_if<PatternError>(&parsed)) return std::move(*error);
  detail::Prog prog = detail::compile_ast(std::get<detail::Ast>(parsed));
  prog.lazy_dfa = std::make_unique<detail::LazyDfa>();
  prog.lazy_dfa->max_states = limits.max_dfa_states;
  return Regex(std::make_shared<const detail::Prog>(std::move(prog)));
}

namespace detail {

const Dfa* dfa_of(const Prog& prog) {
  LazyDfa* lazy = prog.lazy_dfa.get();
  if (!lazy) return nullptr;
  std::call_once(lazy->once, [&] {
    lazy->dfa = build_dfa(prog, lazy->max_states);
    lazy->state.store(lazy->dfa ? LazyDfa::kReady : LazyDfa::kNone, std::memory_order_release);
  });
  return lazy->dfa ? &*lazy->dfa : nullptr;
}

}  // namespace detail

bool Regex::search(std::string_view text) const { return search(text, nullptr); }

bool Regex::search(std::string_view text, std::size_t* steps) const {
  if (steps) *steps = 0;
  if (detail::LazyDfa* lazy = prog_->lazy_dfa.get()) {
    int state = lazy->state.load(std::memory_order_acquire);
    if (state == detail::LazyDfa::kReady) return detail::run_dfa(*lazy->dfa, text, steps);
    if (state == detail::LazyDfa::kCounting &&
        lazy->searches.fetch_add(1, std::memory_order_relaxed) + 1 >= detail::kDfaAfterSearches) {
      if (const detail::Dfa* dfa = detail::dfa_of(*prog_)) return detail::run_dfa(*dfa, text, steps);
    }
  }
  return detail::run_pike_vm(*prog_, text, steps);
}

std::string_view Regex::engine() const { return detail::dfa_of(*prog_) ? "dfa" : "pike_vm"; }

std::size_t Regex::program_size() const { return prog_->insts.size(); }

std::string Regex::dump() const { return detail::dump_prog(*prog_); }

}  // namespace yushen::pattern
