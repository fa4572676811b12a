// run_pike_vm(): Thompson NFA simulation (re2/nfa.cc without captures; test() needs yes/no).
// One left-to-right pass keeps the set of live pcs; a pc enters a list at most once per
// position, so a search takes at most (code points + 1) × 2 × program size steps for any
// pattern and input. Scratch space is per call (on the stack for small programs).
// Tested by tests/pattern/pike_vm_test.cc.
#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "pattern/prog.h"
#include "util/utf8.h"

namespace yushen::pattern::detail {
namespace {

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A sparse set of pcs (Briggs & Torczon): O(1) insert, membership and clear, and iteration
// in insertion order. The storage belongs to the Vm.
struct SparseSet {
  std::uint32_t* dense;
  std::uint32_t* sparse;
  std::uint32_t size = 0;

  bool contains(std::uint32_t pc) const { return sparse[pc] < size && dense[sparse[pc]] == pc; }
  void insert(std::uint32_t pc) {
    sparse[pc] = size;
    dense[size++] = pc;
  }
};

class Vm {
 public:
  Vm(const Prog& prog, std::string_view text) : prog_(prog), text_(text) {
    const std::size_t n = prog.insts.size();
    std::uint32_t* p = small_.data();
    if (6 * n + 1 > small_.size()) {
      large_.resize(6 * n + 1);
      p = large_.data();
    }
    // Zero only what this program uses (the sparse-set trick tolerates stale values, but
    // reading indeterminate memory is undefined behaviour); zeroing all 4 KB per search
    // cost 17% of WASM validation time (docs/performance.md).
    std::fill_n(p, 6 * n + 1, 0u);
    lists_[0] = {p, p + n};
    lists_[1] = {p + 2 * n, p + 3 * n};
    stack_ = p + 4 * n;  // 2n + 1: each inserted pc pushes at most two more
  }

  bool run() {
    SparseSet* current = &lists_[0];
    SparseSet* next = &lists_[1];
    std::size_t pos = 0;
    while (true) {
      if (current->size == 0) {
        if (prog_.anchored_start && pos > 0) return false;
        if (prog_.use_first_bytes) {
          while (pos < text_.size() && !is_first_byte(text_[pos])) ++pos;
          if (pos == text_.size()) return false;
        }
      }
      if ((!prog_.anchored_start || pos == 0) && add(*current, prog_.start, pos)) return true;
      if (pos == text_.size()) return false;
      std::size_t after = pos;
      char32_t cp = static_cast<unsigned char>(text_[pos]);
      if (cp < 0x80) {
        ++after;
      } else {
        cp = decode_utf8(text_, after);
      }
      next->size = 0;
      for (std::uint32_t i = 0; i < current->size; ++i) {
        const Inst& inst = prog_.insts[current->dense[i]];
        if (inst.op != Op::kConsumeClass) continue;
        ++steps;
        if (prog_.classes[inst.x].matches(cp) && add(*next, current->dense[i] + 1, after)) return true;
      }
      std::swap(current, next);
      pos = after;
    }
  }

  std::size_t steps = 0;

 private:
  bool is_first_byte(char c) const {
    auto b = static_cast<unsigned char>(c);
    return (prog_.first_bytes[b >> 6] >> (b & 63)) & 1u;
  }

  bool assertion_holds(Op op, std::size_t pos) const {
    switch (op) {
      case Op::kAssertBegin: return pos == 0;
      case Op::kAssertEnd: return pos == text_.size();
      default: {
        // \w is ASCII, and an ASCII byte in UTF-8 is always a whole code point.
        bool before = pos > 0 && is_word_byte(text_[pos - 1]);
        bool after = pos < text_.size() && is_word_byte(text_[pos]);
        return (before != after) == (op == Op::kAssertWordBoundary);
      }
    }
  }

  // Adds the epsilon closure of `pc` at input position `pos` to `list` (an explicit stack,
  // no recursion). True as soon as the closure reaches kControlMatch.
  bool add(SparseSet& list, std::uint32_t pc, std::size_t pos) {
    std::size_t top = 0;
    stack_[top++] = pc;
    while (top > 0) {
      pc = stack_[--top];
      if (list.contains(pc)) continue;
      list.insert(pc);
      ++steps;
      const Inst& inst = prog_.insts[pc];
      switch (inst.op) {
        case Op::kConsumeClass: break;
        case Op::kControlMatch: return true;
        case Op::kControlJump: stack_[top++] = inst.x; break;
        case Op::kControlSplit:
          stack_[top++] = inst.y;
          stack_[top++] = inst.x;
          break;
        default:
          if (assertion_holds(inst.op, pos)) stack_[top++] = pc + 1;
          break;
      }
    }
    return false;
  }

  const Prog& prog_;
  std::string_view text_;
  // Two sparse sets (2n each) and the closure stack (2n + 1). Programs of up to 170
  // instructions (most form patterns) use the 4 KB on the stack; larger ones allocate once.
  std::array<std::uint32_t, 1024> small_;  // zeroed per use in the constructor
  std::vector<std::uint32_t> large_;
  SparseSet lists_[2] = {};
  std::uint32_t* stack_ = nullptr;
};

}  // namespace

bool run_pike_vm(const Prog& prog, std::string_view text, std::size_t* steps) {
  Vm vm(prog, text);
  bool matched = vm.run();
  if (steps) *steps += vm.steps;
  return matched;
}

}  // namespace yushen::pattern::detail
