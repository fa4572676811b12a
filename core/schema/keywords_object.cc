// Keyword compilers for objects (Applicator vocabulary, 2020-12 Core §10.3.2; draft-07
// Validation §6.5): properties, patternProperties, additionalProperties, propertyNames,
// dependentSchemas, draft-07 dependencies, unevaluatedProperties.
// Tested by tests/schema/compile_test.cc and the JSON Schema suite.
#include "schema/keywords.h"

namespace yushen::schema {

using plan::Instruction;
using plan::Op;

KeywordResult compile_properties(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_object()) return context.bad_keyword("properties", "an object of schemas");
  plan::Plan& plan = context.plan();
  Instruction in{Op::LoopProperties};
  in.a = static_cast<std::uint32_t>(plan.properties.size());
  for (auto member = value.begin(); member != value.end(); ++member) {
    plan::NodeId node = context.child("properties", member.key());
    context.plan().properties.push_back(plan::PropertyEntry{member.key(), node});
  }
  in.b = static_cast<std::uint32_t>(context.plan().properties.size()) - in.a;
  context.emit(in, "properties");
  return std::nullopt;
}

KeywordResult compile_pattern_properties(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_object()) return context.bad_keyword("patternProperties", "an object of schemas");
  std::vector<plan::PatternEntry> entries;
  for (auto member = value.begin(); member != value.end(); ++member) {
    auto regex = compile_regex(context, "patternProperties", member.key());
    if (!regex.ok()) return regex.error();
    entries.push_back(plan::PatternEntry{regex.value(), context.child("patternProperties", member.key()), member.key()});
  }
  plan::Plan& plan = context.plan();
  Instruction in{Op::LoopPatternProperties};
  in.a = static_cast<std::uint32_t>(plan.patterns.size());
  in.b = static_cast<std::uint32_t>(entries.size());
  plan.patterns.insert(plan.patterns.end(), entries.begin(), entries.end());
  context.emit(in, "patternProperties");
  return std::nullopt;
}

KeywordResult compile_additional_properties(KeywordContext& context, const nlohmann::json& value) {
  Instruction in{Op::LoopAdditionalProperties};
  in.a = context.child("additionalProperties");
  if (const Instruction* properties = context.emitted(Op::LoopProperties)) {
    in.b = properties->a;
    in.c = properties->b;
  }
  if (const Instruction* patterns = context.emitted(Op::LoopPatternProperties)) {
    in.d = patterns->a;
    in.e = patterns->b;
  }
  context.emit(in, "additionalProperties");
  return std::nullopt;
}

KeywordResult compile_property_names(KeywordContext& context, const nlohmann::json& value) {
  Instruction in{Op::LoopPropertyNames};
  in.a = context.child("propertyNames");
  context.emit(in, "propertyNames");
  return std::nullopt;
}

KeywordResult compile_dependent_schemas(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_object()) return context.bad_keyword("dependentSchemas", "an object of schemas");
  Instruction in{Op::LogicalDependentSchemas};
  in.a = static_cast<std::uint32_t>(context.plan().dependencies.size());
  for (auto member = value.begin(); member != value.end(); ++member) {
    plan::DependencyEntry entry;
    entry.property = member.key();
    entry.node = context.child("dependentSchemas", member.key());
    context.plan().dependencies.push_back(std::move(entry));
  }
  in.b = static_cast<std::uint32_t>(context.plan().dependencies.size()) - in.a;
  context.emit(in, "dependentSchemas");
  return std::nullopt;
}

// draft-07 §6.5.7: each value is a schema (like dependentSchemas) or an array of names
// (like dependentRequired). Errors keep the keyword "dependencies".
KeywordResult compile_dependencies(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_object()) return context.bad_keyword("dependencies", "an object");
  std::vector<plan::DependencyEntry> names;
  std::vector<plan::DependencyEntry> schemas;
  for (auto member = value.begin(); member != value.end(); ++member) {
    plan::DependencyEntry entry;
    entry.property = member.key();
    if (member.value().is_array()) {
      entry.first = static_cast<std::uint32_t>(context.plan().strings.size());
      for (const nlohmann::json& name : member.value()) {
        if (!name.is_string()) return context.bad_keyword("dependencies", "schemas or arrays of names");
        context.plan().strings.push_back(name.get<std::string>());
      }
      entry.count = static_cast<std::uint32_t>(member.value().size());
      names.push_back(std::move(entry));
    } else if (member.value().is_object() || member.value().is_boolean()) {
      entry.node = context.child("dependencies", member.key());
      schemas.push_back(std::move(entry));
    } else {
      return context.bad_keyword("dependencies", "schemas or arrays of names");
    }
  }
  plan::Plan& plan = context.plan();
  if (!names.empty()) {
    Instruction in{Op::AssertDependentRequired};
    in.a = static_cast<std::uint32_t>(plan.dependencies.size());
    in.b = static_cast<std::uint32_t>(names.size());
    plan.dependencies.insert(plan.dependencies.end(), names.begin(), names.end());
    context.emit(in, "dependencies");
  }
  if (!schemas.empty()) {
    Instruction in{Op::LogicalDependentSchemas};
    in.a = static_cast<std::uint32_t>(plan.dependencies.size());
    in.b = static_cast<std::uint32_t>(schemas.size());
    plan.dependencies.insert(plan.dependencies.end(), schemas.begin(), schemas.end());
    context.emit(in, "dependencies");
  }
  return std::nullopt;
}

KeywordResult compile_unevaluated_properties(KeywordContext& context, const nlohmann::json& value) {
  Instruction in{Op::LoopUnevaluatedProperties};
  in.a = context.child("unevaluatedProperties");
  context.emit(in, "unevaluatedProperties");
  return std::nullopt;
}

}  // namespace yushen::schema
