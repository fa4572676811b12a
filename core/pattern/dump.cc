// Stable text forms of the parse tree (dump) and the program (dump_prog) for table tests:
// printable ASCII stays as is, everything else is \u{HEX}; long classes are abbreviated.
// Tested by tests/pattern/parse_test.cc and tests/pattern/compile_test.cc.
#include <cstdio>

#include "pattern/prog.h"

namespace yushen::pattern::detail {
namespace {

std::string code_point(char32_t cp) {
  if (cp > 0x20 && cp < 0x7F && cp != '\\' && cp != ']' && cp != '[' && cp != '-' && cp != '^') {
    return std::string(1, static_cast<char>(cp));
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\u{%X}", static_cast<unsigned>(cp));
  return buf;
}

void dump_node(const Ast& ast, std::uint32_t id, std::string& out) {
  const Node& node = ast.nodes[id];
  switch (node.kind) {
    case NodeKind::kEmpty: out += "empty"; return;
    case NodeKind::kClass: out += dump_class(ast.classes[node.class_id]); return;
    case NodeKind::kAssertion: {
      const char* names[] = {"^", "$", "\\b", "\\B"};
      out += names[static_cast<int>(node.assertion)];
      return;
    }
    case NodeKind::kConcat:
    case NodeKind::kAlternate: {
      bool cat = node.kind == NodeKind::kConcat;
      out += cat ? "cat{" : "alt{";
      for (std::size_t i = 0; i < node.children.size(); ++i) {
        if (i > 0) out += cat ? " " : "|";
        dump_node(ast, node.children[i], out);
      }
      out += "}";
      return;
    }
    case NodeKind::kRepeat:
      out += "rep{" + std::to_string(node.min) + "," + (node.max == kInfinite ? "inf" : std::to_string(node.max)) + "}{";
      dump_node(ast, node.children[0], out);
      out += "}";
      return;
  }
}

}  // namespace

std::string dump_class(const unicode::RangeSet& set) {
  constexpr std::size_t kShown = 6;
  std::string out = "[";
  for (std::size_t i = 0; i < set.size() && i < kShown; ++i) {
    out += code_point(set[i].first);
    if (set[i].last != set[i].first) out += "-" + code_point(set[i].last);
  }
  if (set.size() > kShown) out += "...(" + std::to_string(set.size()) + " ranges)";
  return out + "]";
}

std::string dump(const Ast& ast) {
  std::string out;
  dump_node(ast, ast.root, out);
  return out;
}

std::string dump_prog(const Prog& prog) {
  std::string out;
  for (std::size_t pc = 0; pc < prog.insts.size(); ++pc) {
    const Inst& inst = prog.insts[pc];
    out += std::to_string(pc) + ": ";
    switch (inst.op) {
      case Op::kConsumeClass: out += "class " + dump_class(prog.classes[inst.x].ranges); break;
      case Op::kControlSplit: out += "split " + std::to_string(inst.x) + ", " + std::to_string(inst.y); break;
      case Op::kControlJump: out += "jump " + std::to_string(inst.x); break;
      case Op::kControlMatch: out += "match"; break;
      case Op::kAssertBegin: out += "assert ^"; break;
      case Op::kAssertEnd: out += "assert $"; break;
      case Op::kAssertWordBoundary: out += "assert \\b"; break;
      case Op::kAssertNotWordBoundary: out += "assert \\B"; break;
    }
    out += "\n";
  }
  return out;
}

}  // namespace yushen::pattern::detail
