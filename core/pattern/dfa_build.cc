// build_dfa(): subset construction over the Pike VM's program. A DFA state is exactly the
// set of threads the Pike VM would hold at a position (the pcs that matter: consumers, $
// and match), so the DFA answers what the Pike VM answers; test() needs no thread
// priority, which is what makes a plain subset construction exact here. Built eagerly and
// under hard caps (states, alphabet, instruction visits), so a Regex stays immutable and
// thread-safe and no pattern can make compile time or memory blow up; over a cap the
// Pike VM runs instead. Tested by tests/pattern/dfa_test.cc.
#include <algorithm>
#include <map>
#include <string>

#include "pattern/dfa.h"
#include "pattern/prog.h"

namespace yushen::pattern::detail {
namespace {

constexpr char32_t kEndOfCodePoints = 0x110000;

class Builder {
 public:
  Builder(const Prog& prog, std::size_t max_states) : prog_(prog), max_states_(std::min<std::size_t>(max_states, 255)) {}

  std::optional<Dfa> run() {
    if (max_states_ == 0 || prog_.insts.size() > kDfaMaxProgram) return std::nullopt;
    for (const Inst& inst : prog_.insts) {
      if (inst.op == Op::kAssertWordBoundary || inst.op == Op::kAssertNotWordBoundary) return std::nullopt;
    }
    if (!build_alphabet()) return std::nullopt;
    mark_.assign(prog_.insts.size(), 0);
    dfa_.first_bytes = prog_.first_bytes;
    dfa_.skip_in_idle = prog_.use_first_bytes;

    std::vector<std::uint32_t> set;
    dfa_.empty_input_matches = closure_from_start(true, true, set);
    closure_from_start(true, false, set);
    if (!intern(set, &dfa_.start)) return std::nullopt;
    closure_from_start(false, false, set);
    if (!intern(set, &dfa_.idle)) return std::nullopt;

    // Breadth-first over the states as they are discovered; sets_ grows inside the loop.
    for (std::size_t s = 0; s < sets_.size(); ++s) {
      dfa_.next.resize((s + 1) * dfa_.symbols, static_cast<std::uint8_t>(s));
      if (dfa_.flags[s] & Dfa::kMatch) continue;  // search stops here; no transitions needed
      for (std::uint32_t sym = 0; sym < dfa_.symbols; ++sym) {
        if (!step(sets_[s], sym, set)) return std::nullopt;
        std::uint8_t to = 0;
        if (!intern(set, &to)) return std::nullopt;
        dfa_.next[s * dfa_.symbols + sym] = to;
      }
    }
    mark_dead_states();
    return std::move(dfa_);
  }

 private:
  // Splits the code points into symbols: two code points share a symbol when every class
  // the program consumes either holds both or neither (re2's byte classes, over code points).
  bool build_alphabet() {
    std::vector<std::uint32_t> used;  // class ids, each once
    for (const Inst& inst : prog_.insts) {
      if (inst.op == Op::kConsumeClass) used.push_back(inst.x);
    }
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());

    std::vector<char32_t> cuts = {0, 128};
    for (std::uint32_t c : used) {
      for (const unicode::CodePointRange& r : prog_.classes[c].ranges) {
        cuts.push_back(r.first);
        if (r.last + 1 < kEndOfCodePoints) cuts.push_back(r.last + 1);
      }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    if (!charge(cuts.size() * used.size())) return false;

    // One signature (a '0'/'1' per used class) per elementary interval [cuts[i], cuts[i+1]).
    std::vector<std::string> signature(cuts.size(), std::string(used.size(), '0'));
    for (std::size_t k = 0; k < used.size(); ++k) {
      for (const unicode::CodePointRange& r : prog_.classes[used[k]].ranges) {
        auto i = static_cast<std::size_t>(std::lower_bound(cuts.begin(), cuts.end(), r.first) - cuts.begin());
        for (; i < cuts.size() && cuts[i] <= r.last; ++i) signature[i][k] = '1';
      }
    }
    std::map<std::string, std::uint8_t> symbol_by_signature;
    std::vector<std::uint8_t> symbol(cuts.size());
    for (std::size_t i = 0; i < cuts.size(); ++i) {
      auto [it, added] = symbol_by_signature.try_emplace(signature[i], static_cast<std::uint8_t>(dfa_.symbols));
      if (added && ++dfa_.symbols > kDfaMaxSymbols) return false;
      symbol[i] = it->second;
    }

    // Which symbols each used class holds.
    member_.assign(prog_.classes.size(), 0);
    for (std::size_t k = 0; k < used.size(); ++k) {
      for (std::size_t i = 0; i < cuts.size(); ++i) {
        if (signature[i][k] == '1') member_[used[k]] |= std::uint64_t{1} << symbol[i];
      }
    }
    // ASCII (cuts include 128, so no interval straddles it), then merged runs above it.
    for (std::size_t i = 0; i < cuts.size() && cuts[i] < 128; ++i) {
      char32_t end = i + 1 < cuts.size() ? cuts[i + 1] : kEndOfCodePoints;
      for (char32_t c = cuts[i]; c < end; ++c) dfa_.ascii_symbol[c] = symbol[i];
    }
    for (std::size_t i = 0; i < cuts.size(); ++i) {
      if (cuts[i] < 128 || (!dfa_.symbol_of.empty() && dfa_.symbol_of.back() == symbol[i])) continue;
      dfa_.bounds.push_back(cuts[i]);
      dfa_.symbol_of.push_back(symbol[i]);
    }
    return true;
  }

  bool charge(std::size_t work) {
    work_ += work;
    return work_ <= kDfaMaxWork;
  }

  // Adds to `out` the pcs that matter (consumers, $ and match) reachable from `pc` without
  // consuming input, with ^ and $ holding as told. Visits each pc once per generation, like
  // the Pike VM's add(). True if the match instruction was reached.
  bool close(std::uint32_t pc, bool begin, bool end, std::vector<std::uint32_t>& out) {
    bool matched = false;
    stack_.assign(1, pc);
    while (!stack_.empty()) {
      pc = stack_.back();
      stack_.pop_back();
      if (mark_[pc] == generation_) continue;
      mark_[pc] = generation_;
      ++work_;
      const Inst& inst = prog_.insts[pc];
      switch (inst.op) {
        case Op::kConsumeClass: out.push_back(pc); break;
        case Op::kControlMatch:
          out.push_back(pc);
          matched = true;
          break;
        case Op::kControlJump: stack_.push_back(inst.x); break;
        case Op::kControlSplit:
          stack_.push_back(inst.y);
          stack_.push_back(inst.x);
          break;
        case Op::kAssertBegin:
          if (begin) stack_.push_back(pc + 1);
          break;
        case Op::kAssertEnd:
          out.push_back(pc);  // kept: the end-of-input check continues from here
          if (end) stack_.push_back(pc + 1);
          break;
        default: break;  // \b \B: refused in run()
      }
    }
    return matched;
  }

  bool closure_from_start(bool begin, bool end, std::vector<std::uint32_t>& out) {
    out.clear();
    ++generation_;
    bool matched = close(prog_.start, begin, end, out);
    std::sort(out.begin(), out.end());
    return matched;
  }

  // The set after consuming a code point of symbol `sym` from `from`: the threads that
  // consumed it, plus the thread the unanchored search starts at the new position (for an
  // anchored program that thread stops at ^ and adds nothing).
  bool step(const std::vector<std::uint32_t>& from, std::uint32_t sym, std::vector<std::uint32_t>& out) {
    out.clear();
    ++generation_;
    for (std::uint32_t pc : from) {
      const Inst& inst = prog_.insts[pc];
      if (inst.op == Op::kConsumeClass && ((member_[inst.x] >> sym) & 1u)) close(pc + 1, false, false, out);
    }
    close(prog_.start, false, false, out);
    std::sort(out.begin(), out.end());
    return work_ <= kDfaMaxWork;
  }

  bool intern(const std::vector<std::uint32_t>& set, std::uint8_t* id) {
    auto found = ids_.find(set);
    if (found != ids_.end()) {
      *id = found->second;
      return true;
    }
    if (sets_.size() >= max_states_) return false;
    *id = static_cast<std::uint8_t>(sets_.size());
    ids_.emplace(set, *id);
    sets_.push_back(set);
    dfa_.flags.push_back(flags_of(set));
    return true;
  }

  // kMatch if the set holds the match instruction; kMatchAtEnd if it does once $ holds
  // (past position 0: the empty input is dfa_.empty_input_matches).
  std::uint8_t flags_of(const std::vector<std::uint32_t>& set) {
    std::uint8_t flags = 0;
    std::vector<std::uint32_t> ignored;
    ++generation_;
    for (std::uint32_t pc : set) {
      if (prog_.insts[pc].op == Op::kControlMatch) flags |= Dfa::kMatch | Dfa::kMatchAtEnd;
      if (prog_.insts[pc].op == Op::kAssertEnd && close(pc + 1, false, true, ignored)) flags |= Dfa::kMatchAtEnd;
    }
    return flags;
  }

  // A state is dead when no path from it reaches a state that matches, now or at the end:
  // the search can stop with false there (an anchored pattern's first mismatch).
  void mark_dead_states() {
    const std::size_t n = sets_.size();
    std::vector<std::vector<std::uint8_t>> into(n);
    std::vector<std::uint8_t> stack;
    std::vector<bool> live(n);
    for (std::size_t s = 0; s < n; ++s) {
      if (dfa_.flags[s] & (Dfa::kMatch | Dfa::kMatchAtEnd)) {
        live[s] = true;
        stack.push_back(static_cast<std::uint8_t>(s));
        continue;
      }
      for (std::uint32_t sym = 0; sym < dfa_.symbols; ++sym) into[dfa_.next[s * dfa_.symbols + sym]].push_back(static_cast<std::uint8_t>(s));
    }
    while (!stack.empty()) {
      std::uint8_t s = stack.back();
      stack.pop_back();
      for (std::uint8_t from : into[s]) {
        if (!live[from]) {
          live[from] = true;
          stack.push_back(from);
        }
      }
    }
    for (std::size_t s = 0; s < n; ++s) {
      if (!live[s]) dfa_.flags[s] |= Dfa::kDead;
    }
  }

  const Prog& prog_;
  const std::size_t max_states_;
  Dfa dfa_;
  std::vector<std::uint64_t> member_;  // per class id: the symbols it holds
  std::vector<std::uint32_t> mark_;    // per pc: the generation that last visited it
  std::uint32_t generation_ = 0;
  std::vector<std::uint32_t> stack_;
  std::size_t work_ = 0;
  std::map<std::vector<std::uint32_t>, std::uint8_t> ids_;
  std::vector<std::vector<std::uint32_t>> sets_;
};

}  // namespace

std::optional<Dfa> build_dfa(const Prog& prog, std::size_t max_states) { return Builder(prog, max_states).run(); }

}  // namespace yushen::pattern::detail
