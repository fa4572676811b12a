// Opcode names and the stable text dump of a plan (used by compile tests and --dump-plan).
// Tested by tests/schema/compile_test.cc.
#include "plan/plan.h"

#include <sstream>

namespace yushen::plan {

const char* op_name(Op op) {
  switch (op) {
    case Op::AssertFail: return "AssertFail";
    case Op::AssertType: return "AssertType";
    case Op::AssertConst: return "AssertConst";
    case Op::AssertEnum: return "AssertEnum";
    case Op::AssertMinLength: return "AssertMinLength";
    case Op::AssertMaxLength: return "AssertMaxLength";
    case Op::AssertPattern: return "AssertPattern";
    case Op::AssertFormat: return "AssertFormat";
    case Op::AssertMinimum: return "AssertMinimum";
    case Op::AssertMaximum: return "AssertMaximum";
    case Op::AssertExclusiveMinimum: return "AssertExclusiveMinimum";
    case Op::AssertExclusiveMaximum: return "AssertExclusiveMaximum";
    case Op::AssertMultipleOf: return "AssertMultipleOf";
    case Op::AssertMinItems: return "AssertMinItems";
    case Op::AssertMaxItems: return "AssertMaxItems";
    case Op::AssertUniqueItems: return "AssertUniqueItems";
    case Op::AssertMinProperties: return "AssertMinProperties";
    case Op::AssertMaxProperties: return "AssertMaxProperties";
    case Op::AssertRequired: return "AssertRequired";
    case Op::AssertDependentRequired: return "AssertDependentRequired";
    case Op::LoopProperties: return "LoopProperties";
    case Op::LoopPatternProperties: return "LoopPatternProperties";
    case Op::LoopAdditionalProperties: return "LoopAdditionalProperties";
    case Op::LoopPropertyNames: return "LoopPropertyNames";
    case Op::LoopPrefixItems: return "LoopPrefixItems";
    case Op::LoopItems: return "LoopItems";
    case Op::LoopContains: return "LoopContains";
    case Op::LoopUnevaluatedProperties: return "LoopUnevaluatedProperties";
    case Op::LoopUnevaluatedItems: return "LoopUnevaluatedItems";
    case Op::LogicalAllOf: return "LogicalAllOf";
    case Op::LogicalAnyOf: return "LogicalAnyOf";
    case Op::LogicalOneOf: return "LogicalOneOf";
    case Op::LogicalNot: return "LogicalNot";
    case Op::LogicalCondition: return "LogicalCondition";
    case Op::LogicalDependentSchemas: return "LogicalDependentSchemas";
    case Op::ControlRef: return "ControlRef";
    case Op::ControlDynamicRef: return "ControlDynamicRef";
  }
  return "?";
}

std::string dump_plan(const Plan& plan) {
  std::ostringstream out;
  out << "plan v" << plan.version << " root=" << plan.root << "\n";
  for (std::size_t id = 0; id < plan.nodes.size(); ++id) {
    const Node& node = plan.nodes[id];
    out << "node " << id << " " << node.location;
    if (node.collects_properties) out << " +props";
    if (node.collects_items) out << " +items";
    out << "\n";
    for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
      const Instruction& in = plan.code[i];
      out << "  " << op_name(in.op) << " " << plan.meta[in.meta].keyword;
      out << " a=" << static_cast<long long>(in.a == kNoNode ? -1 : in.a);
      out << " b=" << static_cast<long long>(in.b == kNoNode ? -1 : in.b);
      if (in.c) out << " c=" << static_cast<long long>(in.c == kNoNode ? -1 : in.c);
      if (in.d) out << " d=" << static_cast<long long>(in.d == kNoNode ? -1 : in.d);
      if (in.num != 0) out << " num=" << in.num;
      out << "\n";
    }
  }
  return out.str();
}

}  // namespace yushen::plan
