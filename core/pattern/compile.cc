// compile_ast(): parsed pattern → Pike VM program, Thompson style (re2/compile.cc): x* =
// split/x/jump, x+ = x/split, x? = split/x, x{n,m} = n copies then m-n optional copies.
// The parser sized every node first, so emission never exceeds max_program_size; recursion
// follows the tree, whose depth is bounded by kMaxNesting groups.
// Tested by tests/pattern/compile_test.cc.
#include <bit>

#include "pattern/prog.h"

namespace yushen::pattern::detail {
namespace {

class Compiler {
 public:
  explicit Compiler(const Ast& ast) : ast_(ast) {}

  Prog run() {
    prog_.insts.reserve(ast_.nodes[ast_.root].size + 1);
    emit(ast_.root);
    push({Op::kControlMatch});
    for (const unicode::RangeSet& set : ast_.classes) prog_.classes.push_back(make_class(set));
    analyze_start();
    return std::move(prog_);
  }

 private:
  std::uint32_t pc() const { return static_cast<std::uint32_t>(prog_.insts.size()); }
  std::uint32_t push(Inst inst) {
    prog_.insts.push_back(inst);
    return pc() - 1;
  }

  void emit(std::uint32_t id) {
    const Node& node = ast_.nodes[id];
    switch (node.kind) {
      case NodeKind::kEmpty: return;
      case NodeKind::kClass: push({Op::kConsumeClass, node.class_id}); return;
      case NodeKind::kAssertion: push({assertion_op(node.assertion)}); return;
      case NodeKind::kConcat:
        for (std::uint32_t c : node.children) emit(c);
        return;
      case NodeKind::kAlternate: emit_alternate(node); return;
      case NodeKind::kRepeat: emit_repeat(node); return;
    }
  }

  static Op assertion_op(AssertionKind kind) {
    switch (kind) {
      case AssertionKind::kBegin: return Op::kAssertBegin;
      case AssertionKind::kEnd: return Op::kAssertEnd;
      case AssertionKind::kWordBoundary: return Op::kAssertWordBoundary;
      case AssertionKind::kNotWordBoundary: return Op::kAssertNotWordBoundary;
    }
    return Op::kAssertBegin;
  }

  // split L1, next; L1: a; jump end; next: split L2, next2; L2: b; jump end; ...; last.
  void emit_alternate(const Node& node) {
    std::vector<std::uint32_t> jumps;
    for (std::size_t i = 0; i < node.children.size(); ++i) {
      if (i + 1 == node.children.size()) {
        emit(node.children[i]);
        break;
      }
      std::uint32_t split = push({Op::kControlSplit, pc() + 1});
      emit(node.children[i]);
      jumps.push_back(push({Op::kControlJump}));
      prog_.insts[split].y = pc();
    }
    for (std::uint32_t j : jumps) prog_.insts[j].x = pc();
  }

  void emit_repeat(const Node& node) {
    const std::uint32_t child = node.children[0];
    if (node.max == kInfinite) {
      if (node.min == 0) {  // L0: split L1, out; L1: x; jump L0; out:
        std::uint32_t split = push({Op::kControlSplit, pc() + 1});
        emit(child);
        push({Op::kControlJump, split});
        prog_.insts[split].y = pc();
        return;
      }
      for (std::uint32_t i = 0; i + 1 < node.min; ++i) emit(child);
      std::uint32_t loop = pc();  // L0: x; split L0, out
      emit(child);
      push({Op::kControlSplit, loop, pc() + 1});
      return;
    }
    for (std::uint32_t i = 0; i < node.min; ++i) emit(child);
    std::vector<std::uint32_t> splits;  // each optional copy may be skipped to the end
    for (std::uint32_t i = node.min; i < node.max; ++i) {
      splits.push_back(push({Op::kControlSplit, pc() + 1}));
      emit(child);
    }
    for (std::uint32_t s : splits) prog_.insts[s].y = pc();
  }

  static CharClass make_class(const unicode::RangeSet& set) {
    CharClass out;
    out.ranges = set;
    for (const unicode::CodePointRange& r : set) {
      for (char32_t c = r.first; c <= r.last && c < 128; ++c) out.ascii[c >> 6] |= std::uint64_t{1} << (c & 63);
    }
    return out;
  }

  // Walks the epsilon closure of `start` twice, O(program size) each: once stopping at ^
  // (is every path anchored?), once passing every assertion (which lead bytes can begin a
  // match; a superset is safe, a missed byte is not).
  void analyze_start() {
    bool anchored = true;
    walk_start(true, [&](const Inst& inst) {
      if (inst.op == Op::kConsumeClass || inst.op == Op::kControlMatch) anchored = false;
    });
    bool can_skip = true;
    walk_start(false, [&](const Inst& inst) {
      if (inst.op == Op::kControlMatch) can_skip = false;
      if (inst.op == Op::kConsumeClass) add_lead_bytes(prog_.classes[inst.x].ranges);
    });
    prog_.anchored_start = anchored;
    std::size_t count = 0;
    for (std::uint64_t w : prog_.first_bytes) count += static_cast<std::size_t>(std::popcount(w));
    // Skip only when under three quarters of the 192 bytes that can begin a code point qualify.
    prog_.use_first_bytes = can_skip && !anchored && count < 144;
  }

  // Calls visit(inst) for each consume or match instruction reachable from `start` without
  // consuming input.
  template <class Visit>
  void walk_start(bool stop_at_begin, Visit visit) {
    std::vector<bool> seen(prog_.insts.size());
    std::vector<std::uint32_t> stack = {prog_.start};
    while (!stack.empty()) {
      std::uint32_t at = stack.back();
      stack.pop_back();
      if (seen[at]) continue;
      seen[at] = true;
      const Inst& inst = prog_.insts[at];
      switch (inst.op) {
        case Op::kConsumeClass:
        case Op::kControlMatch: visit(inst); break;
        case Op::kControlSplit:
          stack.push_back(inst.y);
          stack.push_back(inst.x);
          break;
        case Op::kControlJump: stack.push_back(inst.x); break;
        case Op::kAssertBegin:
          if (!stop_at_begin) stack.push_back(at + 1);
          break;
        default: stack.push_back(at + 1); break;
      }
    }
  }

  // UTF-8 lead bytes grow with the code point, so a range covers lead(first)..lead(last).
  void add_lead_bytes(const unicode::RangeSet& set) {
    auto lead = [](char32_t c) -> unsigned {
      if (c < 0x80) return c;
      if (c < 0x800) return 0xC0 | (c >> 6);
      if (c < 0x10000) return 0xE0 | (c >> 12);
      return 0xF0 | (c >> 18);
    };
    for (const unicode::CodePointRange& r : set) {
      for (unsigned b = lead(r.first); b <= lead(r.last); ++b) prog_.first_bytes[b >> 6] |= std::uint64_t{1} << (b & 63);
    }
    // A range such as U+007F-U+0800 spans lead bytes 0x7F..0xE0, which includes the
    // continuation bytes 0x80-0xBF; stopping the skip on one would decode U+FFFD mid-
    // character ("三" matched [-ࠀ�]). They never begin a code point.
    prog_.first_bytes[2] = 0;
  }

  const Ast& ast_;
  Prog prog_;
};

}  // namespace

Prog compile_ast(const Ast& ast) { return Compiler(ast).run(); }

}  // namespace yushen::pattern::detail
