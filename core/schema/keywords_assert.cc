// Keyword compilers for the assertion family (Validation vocabulary, 2020-12 §6; draft-07
// Validation §6): type, const, enum, numeric and string limits, pattern, format, array and
// object counts, required, dependentRequired. One function per keyword.
// Tested by tests/schema/compile_test.cc and the JSON Schema suite.
#include "schema/keywords.h"

#include <algorithm>
#include <cmath>

#include "formats/registry.h"

namespace yushen::schema {
namespace {

using plan::Instruction;
using plan::Op;

std::optional<std::uint32_t> type_bit(std::string_view name) {
  if (name == "null") return plan::kTypeNull;
  if (name == "boolean") return plan::kTypeBoolean;
  if (name == "object") return plan::kTypeObject;
  if (name == "array") return plan::kTypeArray;
  if (name == "number") return plan::kTypeNumber;
  if (name == "string") return plan::kTypeString;
  if (name == "integer") return plan::kTypeInteger;
  return std::nullopt;
}

bool is_non_negative_integer(const nlohmann::json& value) {
  if (value.is_number_unsigned()) return true;
  if (value.is_number_integer()) return value.get<std::int64_t>() >= 0;
  if (value.is_number_float()) {
    double d = value.get<double>();
    return d >= 0 && std::floor(d) == d && d < 9.0e15;
  }
  return false;
}

double as_double(const nlohmann::json& value) { return value.get<double>(); }

// Whether `num` can stand for the limit in exact integer comparisons (plan::NumKind).
plan::NumKind num_kind(const nlohmann::json& value) {
  constexpr std::uint64_t kExactInDouble = std::uint64_t{1} << 53;
  if (value.is_number_unsigned()) {
    return value.get<std::uint64_t>() <= kExactInDouble ? plan::NumKind::integer : plan::NumKind::big_integer;
  }
  if (value.is_number_integer()) {
    std::int64_t v = value.get<std::int64_t>();
    bool exact = v >= -static_cast<std::int64_t>(kExactInDouble) && v <= static_cast<std::int64_t>(kExactInDouble);
    return exact ? plan::NumKind::integer : plan::NumKind::big_integer;
  }
  return plan::NumKind::floating;
}

std::optional<Error> count_limit(KeywordContext& context, std::string_view keyword, const nlohmann::json& value,
                                 Op op) {
  if (!is_non_negative_integer(value)) return context.bad_keyword(keyword, "a non-negative integer");
  Instruction in{op};
  in.num = as_double(value);
  context.emit(in, keyword, params_of("limit", value));
  return std::nullopt;
}

std::optional<Error> number_limit(KeywordContext& context, std::string_view keyword, const nlohmann::json& value,
                                  Op op, std::string_view comparison) {
  if (!value.is_number()) return context.bad_keyword(keyword, "a number");
  Instruction in{op};
  in.num = as_double(value);
  in.num_kind = num_kind(value);
  nlohmann::json params = params_of("comparison", std::string(comparison));
  params.emplace("limit", value);
  context.emit(in, keyword, std::move(params));
  return std::nullopt;
}

std::optional<Error> string_list(KeywordContext& context, std::string_view keyword, const nlohmann::json& value,
                                 std::uint32_t& first, std::uint32_t& count) {
  if (!value.is_array()) return context.bad_keyword(keyword, "an array of strings");
  plan::Plan& plan = context.plan();
  first = static_cast<std::uint32_t>(plan.strings.size());
  for (const nlohmann::json& item : value) {
    if (!item.is_string()) return context.bad_keyword(keyword, "an array of strings");
    plan.strings.push_back(item.get<std::string>());
  }
  count = static_cast<std::uint32_t>(value.size());
  return std::nullopt;
}

}  // namespace

std::optional<Error> compile_type(KeywordContext& context, const nlohmann::json& value) {
  std::uint32_t mask = 0;
  if (value.is_string()) {
    auto bit = type_bit(value.get_ref<const std::string&>());
    if (!bit) return context.bad_keyword("type", "a JSON Schema type name");
    mask = *bit;
  } else if (value.is_array()) {
    for (const nlohmann::json& item : value) {
      auto bit = item.is_string() ? type_bit(item.get_ref<const std::string&>()) : std::nullopt;
      if (!bit) return context.bad_keyword("type", "JSON Schema type names");
      mask |= *bit;
    }
  } else {
    return context.bad_keyword("type", "a type name or an array of type names");
  }
  Instruction in{Op::AssertType};
  in.a = mask;
  context.emit(in, "type", params_of("type", value));
  return std::nullopt;
}

std::optional<Error> compile_const(KeywordContext& context, const nlohmann::json& value) {
  Instruction in{Op::AssertConst};
  in.a = static_cast<std::uint32_t>(context.plan().values.size());
  context.plan().values.push_back(value);
  context.emit(in, "const", params_of("allowedValue", value));
  return std::nullopt;
}

std::optional<Error> compile_enum(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_array()) return context.bad_keyword("enum", "an array");
  Instruction in{Op::AssertEnum};
  in.a = static_cast<std::uint32_t>(context.plan().values.size());
  in.b = static_cast<std::uint32_t>(value.size());
  for (const nlohmann::json& item : value) context.plan().values.push_back(item);
  context.emit(in, "enum", params_of("allowedValues", value));
  return std::nullopt;
}

std::optional<Error> compile_multiple_of(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_number() || !(as_double(value) > 0)) return context.bad_keyword("multipleOf", "a number > 0");
  Instruction in{Op::AssertMultipleOf};
  in.num = as_double(value);
  in.num_kind = num_kind(value);
  context.emit(in, "multipleOf", params_of("multipleOf", value));
  return std::nullopt;
}

std::optional<Error> compile_maximum(KeywordContext& c, const nlohmann::json& v) {
  return number_limit(c, "maximum", v, Op::AssertMaximum, "<=");
}
std::optional<Error> compile_exclusive_maximum(KeywordContext& c, const nlohmann::json& v) {
  return number_limit(c, "exclusiveMaximum", v, Op::AssertExclusiveMaximum, "<");
}
std::optional<Error> compile_minimum(KeywordContext& c, const nlohmann::json& v) {
  return number_limit(c, "minimum", v, Op::AssertMinimum, ">=");
}
std::optional<Error> compile_exclusive_minimum(KeywordContext& c, const nlohmann::json& v) {
  return number_limit(c, "exclusiveMinimum", v, Op::AssertExclusiveMinimum, ">");
}
std::optional<Error> compile_max_length(KeywordContext& c, const nlohmann::json& v) {
  return count_limit(c, "maxLength", v, Op::AssertMaxLength);
}
std::optional<Error> compile_min_length(KeywordContext& c, const nlohmann::json& v) {
  return count_limit(c, "minLength", v, Op::AssertMinLength);
}
std::optional<Error> compile_max_items(KeywordContext& c, const nlohmann::json& v) {
  return count_limit(c, "maxItems", v, Op::AssertMaxItems);
}
std::optional<Error> compile_min_items(KeywordContext& c, const nlohmann::json& v) {
  return count_limit(c, "minItems", v, Op::AssertMinItems);
}
std::optional<Error> compile_max_properties(KeywordContext& c, const nlohmann::json& v) {
  return count_limit(c, "maxProperties", v, Op::AssertMaxProperties);
}
std::optional<Error> compile_min_properties(KeywordContext& c, const nlohmann::json& v) {
  return count_limit(c, "minProperties", v, Op::AssertMinProperties);
}

std::optional<Error> compile_unique_items(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_boolean()) return context.bad_keyword("uniqueItems", "true or false");
  if (value.get<bool>()) context.emit(Instruction{Op::AssertUniqueItems}, "uniqueItems");
  return std::nullopt;
}

std::optional<Error> compile_pattern(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_string()) return context.bad_keyword("pattern", "a regular expression string");
  auto regex = compile_regex(context, "pattern", value.get_ref<const std::string&>());
  if (!regex.ok()) return regex.error();
  Instruction in{Op::AssertPattern};
  in.a = regex.value();
  context.emit(in, "pattern", params_of("pattern", value));
  return std::nullopt;
}

std::optional<Error> compile_format(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_string()) return context.bad_keyword("format", "a format name");
  const bool asserting = context.options().assert_formats || context.has_vocabulary(kVocabFormatAssertion);
  if (!asserting) return std::nullopt;  // an annotation only (2020-12 Validation §7.2.1)
  const formats::FormatEntry* entry = formats::find_format(value.get_ref<const std::string&>());
  if (!entry) return std::nullopt;  // unknown formats are ignored (§7.2.3)
  Instruction in{Op::AssertFormat};
  in.a = static_cast<std::uint32_t>(context.plan().formats.size());
  context.plan().formats.push_back(entry);
  context.emit(in, "format", params_of("format", value));
  return std::nullopt;
}

std::optional<Error> compile_required(KeywordContext& context, const nlohmann::json& value) {
  Instruction in{Op::AssertRequired};
  if (auto error = string_list(context, "required", value, in.a, in.b)) return error;
  if (in.b == 0) return std::nullopt;
  // The same names sorted by bytes and without repeats, for the evaluator's one-merge check
  // that all are present (an object's members are sorted the same way); the list in schema
  // order stays for reporting the missing ones in that order.
  plan::Plan& plan = context.plan();
  std::vector<std::string> sorted(plan.strings.begin() + in.a, plan.strings.begin() + in.a + in.b);
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  in.c = static_cast<std::uint32_t>(plan.strings.size());
  in.d = static_cast<std::uint32_t>(sorted.size());
  for (std::string& name : sorted) plan.strings.push_back(std::move(name));
  context.emit(in, "required");
  return std::nullopt;
}

std::optional<Error> compile_dependent_required(KeywordContext& context, const nlohmann::json& value) {
  if (!value.is_object()) return context.bad_keyword("dependentRequired", "an object of string arrays");
  plan::Plan& plan = context.plan();
  Instruction in{Op::AssertDependentRequired};
  in.a = static_cast<std::uint32_t>(plan.dependencies.size());
  for (auto member = value.begin(); member != value.end(); ++member) {
    plan::DependencyEntry entry;
    entry.property = member.key();
    if (auto error = string_list(context, "dependentRequired", member.value(), entry.first, entry.count)) return error;
    plan.dependencies.push_back(std::move(entry));
  }
  in.b = static_cast<std::uint32_t>(plan.dependencies.size()) - in.a;
  context.emit(in, "dependentRequired");
  return std::nullopt;
}

Result<std::uint32_t> compile_regex(KeywordContext& context, std::string_view keyword, const std::string& source) {
  if (std::optional<std::uint32_t> known = context.known_regex(source)) return *known;
  auto compiled = pattern::compile(source, context.options().limits.pattern);
  if (auto* failure = std::get_if<pattern::PatternError>(&compiled)) {
    return context.error_at(Code::kSchemaBadPattern, keyword,
                            {{"pattern", source}, {"reason", failure->construct}, {"offset", failure->offset}});
  }
  plan::Plan& plan = context.plan();
  plan.regexes.push_back(std::move(std::get<pattern::Regex>(compiled)));
  const auto index = static_cast<std::uint32_t>(plan.regexes.size() - 1);
  context.remember_regex(source, index);
  return index;
}

}  // namespace yushen::schema
