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
  prog.dfa = detail::build_dfa(prog, limits.max_dfa_states);
  return Regex(std::make_shared<const detail::Prog>(std::move(prog)));
}

bool Regex::search(std::string_view text) const { return search(text, nullptr); }

bool Regex::search(std::string_view text, std::size_t* steps) const {
  if (steps) *steps = 0;
  if (prog_->dfa) return detail::run_dfa(*prog_->dfa, text, steps);
  return detail::run_pike_vm(*prog_, text, steps);
}

std::string_view Regex::engine() const { return prog_->dfa ? "dfa" : "pike_vm"; }

std::size_t Regex::program_size() const { return prog_->insts.size(); }

std::string Regex::dump() const { return detail::dump_prog(*prog_); }

}  // namespace yushen::pattern
