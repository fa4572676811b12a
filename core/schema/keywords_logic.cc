// Keyword compilers for in-place applicators and references (2020-12 Core §8.2.3, §10.2;
// draft-07 Core §8.3, Validation §6.6-6.7): allOf, anyOf, oneOf, not, if/then/else,
// $ref, $dynamicRef.
// Tested by tests/schema/compile_test.cc and the JSON Schema suite.
#include "schema/keywords.h"

#include "util/uri.h"

namespace yushen::schema {

using plan::Instruction;
using plan::Op;

namespace {

KeywordResult schema_list(KeywordContext& context, std::string_view keyword, const nlohmann::json& value, Op op) {
  if (!value.is_array() || value.empty()) return context.bad_keyword(keyword, "a non-empty array of schemas");
  std::vector<plan::NodeId> nodes;
  for (std::size_t i = 0; i < value.size(); ++i) nodes.push_back(context.child(keyword, std::to_string(i)));
  Instruction in{op};
  in.a = static_cast<std::uint32_t>(context.plan().node_lists.size());
  in.b = static_cast<std::uint32_t>(nodes.size());
  context.plan().node_lists.insert(context.plan().node_lists.end(), nodes.begin(), nodes.end());
  context.emit(in, keyword);
  return std::nullopt;
}

}  // namespace

KeywordResult compile_all_of(KeywordContext& c, const nlohmann::json& v) {
  return schema_list(c, "allOf", v, Op::LogicalAllOf);
}
KeywordResult compile_any_of(KeywordContext& c, const nlohmann::json& v) {
  return schema_list(c, "anyOf", v, Op::LogicalAnyOf);
}
KeywordResult compile_one_of(KeywordContext& c, const nlohmann::json& v) {
  return schema_list(c, "oneOf", v, Op::LogicalOneOf);
}

KeywordResult compile_not(KeywordContext& context, const nlohmann::json& value) {
  Instruction in{Op::LogicalNot};
  in.a = context.child("not");
  context.emit(in, "not");
  return std::nullopt;
}

KeywordResult compile_if(KeywordContext& context, const nlohmann::json& value) {
  Instruction in{Op::LogicalCondition};
  in.a = context.child("if");
  in.b = context.schema().contains("then") ? context.child("then") : plan::kNoNode;
  in.c = context.schema().contains("else") ? context.child("else") : plan::kNoNode;
  if (in.b == plan::kNoNode && in.c == plan::kNoNode) {
    // Without then/else, `if` only contributes annotations; evaluate it for those alone.
    in.op = Op::LogicalCondition;
  }
  context.emit(in, "if");
  return std::nullopt;
}

KeywordResult compile_ref(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_string()) return context.bad_keyword("$ref", "a URI reference");
  auto target = context.reference(value.get_ref<const std::string&>());
  if (!target.ok()) {
    Error error = target.error();
    if (error.where.empty()) error.where = context.pointer_to("$ref");
    return error;
  }
  Instruction in{Op::ControlRef};
  in.a = target.value();
  context.emit(in, "$ref");
  return std::nullopt;
}

// 2020-12 Core §8.2.3.2: resolve like $ref; if that initial target is a $dynamicAnchor of
// the same name ("bookending"), evaluation picks the outermost dynamic anchor in scope.
KeywordResult compile_dynamic_ref(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_string()) return context.bad_keyword("$dynamicRef", "a URI reference");
  std::string absolute;
  auto target = context.reference(value.get_ref<const std::string&>(), &absolute);
  if (!target.ok()) {
    Error error = target.error();
    if (error.where.empty()) error.where = context.pointer_to("$dynamicRef");
    return error;
  }
  Instruction in{Op::ControlDynamicRef};
  in.a = target.value();
  in.b = plan::kNoNode;
  UriAndFragment split = split_fragment(absolute);
  if (!split.fragment.empty() && split.fragment[0] != '/' && context.registry().is_dynamic_anchor(absolute)) {
    in.b = static_cast<std::uint32_t>(context.plan().strings.size());
    context.plan().strings.push_back(split.fragment);
  }
  context.emit(in, "$dynamicRef");
  return std::nullopt;
}

}  // namespace yushen::schema
