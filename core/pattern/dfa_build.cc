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
    starts_.push_back(0);
    dfa_.first_bytes = prog_.first_bytes;
    dfa_.skip_in_idle = prog_.use_first_bytes;

    std::vector<std::uint32_t> set;
    dfa_.empty_input_matches = closure_from_start(true, true, set);
    closure_from_start(true, false, set);
    if (!intern(set, &dfa_.start)) return std::nullopt;
    closure_from_start(false, false, set);
    if (!intern(set, &dfa_.idle)) return std::nullopt;

    // Breadth-first over the states as they are discovered; hashes_ grows inside the loop.
    std::vector<std::uint32_t> from;
    for (std::size_t s = 0; s < hashes_.size(); ++s) {
      dfa_.next.resize((s + 1) * dfa_.symbols, static_cast<std::uint8_t>(s));
      if (dfa_.flags[s] & Dfa::kMatch) continue;  // search stops here; no transitions needed
      from.assign(pool_.begin() + starts_[s], pool_.begin() + starts_[s + 1]);  // the pool may grow
      for (std::uint32_t sym = 0; sym < dfa_.symbols; ++sym) {
        if (!step(from, sym, set)) return std::nullopt;
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

  // States are few (form patterns: 10-40), so a linear scan over their hashes beats a map
  // and allocates nothing per lookup; all sets live in one pool.
  bool intern(const std::vector<std::uint32_t>& set, std::uint8_t* id) {
    std::uint64_t hash = 14695981039346656037u;  // FNV-1a over the pcs
    for (std::uint32_t pc : set) hash = (hash ^ pc) * 1099511628211u;
    for (std::size_t s = 0; s < hashes_.size(); ++s) {
      if (hashes_[s] == hash && set_size(s) == set.size() && std::equal(set.begin(), set.end(), pool_.begin() + starts_[s])) {
        *id = static_cast<std::uint8_t>(s);
        return true;
      }
    }
    if (hashes_.size() >= max_states_) return false;
    *id = static_cast<std::uint8_t>(hashes_.size());
    hashes_.push_back(hash);
    pool_.insert(pool_.end(), set.begin(), set.end());
    starts_.push_back(static_cast<std::uint32_t>(pool_.size()));
    dfa_.flags.push_back(flags_of(set));
    return true;
  }

  std::size_t set_size(std::size_t s) const { return starts_[s + 1] - starts_[s]; }

  // kMatch if the set holds the match instruction; kMatchAtEnd if it does once $ holds
  // (past position 0: the empty input is dfa_.empty_input_matches).
  std::uint8_t flags_of(const std::vector<std::uint32_t>& set) {
    std::uint8_t flags = 0;
    ++generation_;
    for (std::uint32_t pc : set) {
      if (prog_.insts[pc].op == Op::kControlMatch) flags |= Dfa::kMatch | Dfa::kMatchAtEnd;
      if (prog_.insts[pc].op != Op::kAssertEnd) continue;
      scratch_.clear();
      if (close(pc + 1, false, true, scratch_)) flags |= Dfa::kMatchAtEnd;
    }
    return flags;
  }

  // A state is dead when no path from it reaches a state that matches, now or at the end:
  // the search can stop with false there (an anchored pattern's first mismatch).
  void mark_dead_states() {
    const std::size_t n = hashes_.size();
    const std::size_t k = dfa_.symbols;
    std::vector<std::uint8_t> live(n, 0);
    std::vector<std::uint8_t> stack;
    for (std::size_t s = 0; s < n; ++s) {
      if (dfa_.flags[s] & (Dfa::kMatch | Dfa::kMatchAtEnd)) {
        live[s] = 1;
        stack.push_back(static_cast<std::uint8_t>(s));
      }
    }
    // Walk the transitions backwards from the live states; each edge is looked at once per
    // state that becomes live (at most 255 x 255 x 64, usually a few hundred).
    while (!stack.empty()) {
      std::uint8_t to = stack.back();
      stack.pop_back();
      for (std::size_t s = 0; s < n; ++s) {
        if (live[s]) continue;
        const std::uint8_t* row = dfa_.next.data() + s * k;
        if (std::find(row, row + k, to) != row + k) {
          live[s] = 1;
          stack.push_back(static_cast<std::uint8_t>(s));
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
  std::vector<std::uint32_t> scratch_;  // flags_of's closure output, unused
  std::vector<std::uint64_t> hashes_;   // per state
  std::vector<std::uint32_t> starts_;   // state s is pool_[starts_[s], starts_[s + 1])
  std::vector<std::uint32_t> pool_;
};

}  // namespace

std::optional<Dfa> build_dfa(const Prog& prog, std::size_t max_states) { return Builder(prog, max_states).run(); }

}  // namespace yushen::pattern::detail
