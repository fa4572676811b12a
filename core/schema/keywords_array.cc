// Keyword compilers for arrays (Applicator vocabulary, 2020-12 Core §10.3.1; draft-07
// Validation §6.4): prefixItems, items, draft-07 additionalItems, contains with
// min/maxContains, unevaluatedItems.
// Tested by tests/schema/compile_test.cc and the JSON Schema suite.
#include "schema/keywords.h"

namespace yushen::schema {

using plan::Instruction;
using plan::Op;

namespace {

std::optional<Error> node_list(KeywordContext& context, std::string_view keyword, const nlohmann::json& value,
                               Instruction& in) {
  if (!value.is_array()) return context.bad_keyword(keyword, "an array of schemas");
  std::vector<plan::NodeId> nodes;
  for (std::size_t i = 0; i < value.size(); ++i) {
    nodes.push_back(context.child(keyword, std::to_string(i)));
  }
  in.a = static_cast<std::uint32_t>(context.plan().node_lists.size());
  in.b = static_cast<std::uint32_t>(nodes.size());
  context.plan().node_lists.insert(context.plan().node_lists.end(), nodes.begin(), nodes.end());
  return std::nullopt;
}

std::optional<double> count_value(const nlohmann::json& schema, std::string_view keyword) {
  auto it = schema.find(keyword);
  if (it == schema.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

}  // namespace

KeywordResult compile_prefix_items(KeywordContext& context, const nlohmann::json& value) {
  Instruction in{Op::LoopPrefixItems};
  if (auto error = node_list(context, "prefixItems", value, in)) return error;
  context.emit(in, "prefixItems");
  return std::nullopt;
}

KeywordResult compile_items(KeywordContext& context, const nlohmann::json& value) {
  if (context.dialect() == Dialect::draft7 && value.is_array()) {
    Instruction in{Op::LoopPrefixItems};
    if (auto error = node_list(context, "items", value, in)) return error;
    context.emit(in, "items");
    return std::nullopt;
  }
  Instruction in{Op::LoopItems};
  in.a = context.child("items");
  if (context.dialect() == Dialect::draft2020_12) {
    auto prefix = context.schema().find("prefixItems");
    if (prefix != context.schema().end() && prefix->is_array()) in.b = static_cast<std::uint32_t>(prefix->size());
  }
  context.emit(in, "items", params_of("limit", in.b));
  return std::nullopt;
}

KeywordResult compile_additional_items(KeywordContext& context, const nlohmann::json& value) {
  auto items = context.schema().find("items");
  // draft-07 §6.4.2: without an array-form `items`, additionalItems is ignored.
  if (items == context.schema().end() || !items->is_array()) return std::nullopt;
  Instruction in{Op::LoopItems};
  in.a = context.child("additionalItems");
  in.b = static_cast<std::uint32_t>(items->size());
  context.emit(in, "additionalItems", params_of("limit", in.b));
  return std::nullopt;
}

KeywordResult compile_contains(KeywordContext& context, const nlohmann::json& value) {
  Instruction in{Op::LoopContains};
  in.a = context.child("contains");
  in.num = 1;
  in.num2 = -1;
  if (context.dialect() == Dialect::draft2020_12 && context.has_vocabulary(kVocabValidation)) {
    if (auto min = count_value(context.schema(), "minContains")) in.num = *min;
    if (auto max = count_value(context.schema(), "maxContains")) in.num2 = *max;
  }
  nlohmann::json params = {{"minContains", 1}, {"maxContains", nullptr}};
  if (context.dialect() == Dialect::draft2020_12 && context.has_vocabulary(kVocabValidation)) {
    for (std::string_view key : {"minContains", "maxContains"}) {
      auto it = context.schema().find(key);
      if (it != context.schema().end() && it->is_number()) params[std::string(key)] = *it;
    }
  }
  context.emit(in, "contains", std::move(params));
  return std::nullopt;
}

KeywordResult compile_unevaluated_items(KeywordContext& context, const nlohmann::json& value) {
  Instruction in{Op::LoopUnevaluatedItems};
  in.a = context.child("unevaluatedItems");
  context.emit(in, "unevaluatedItems");
  return std::nullopt;
}

}  // namespace yushen::schema
