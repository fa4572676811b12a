// The keyword registry: name, vocabulary, dialects and compiler, in evaluation order.
// Adding a keyword that reuses existing opcodes = one function + one row here.
// unevaluated* stay last: they read the annotations of every other keyword (Core §11).
// Tested by tests/schema/compile_test.cc.
#include "schema/keywords.h"

#include <array>
#include <cstdint>

#include "schema/rows_by_name.h"

namespace yushen::schema {
namespace {

constexpr KeywordEntry kKeywords[] = {
    // name                  vocabulary          2020   d7     compiler
    {"$ref", kVocabCore, true, true, compile_ref},
    {"$dynamicRef", kVocabCore, true, false, compile_dynamic_ref},
    {"type", kVocabValidation, true, true, compile_type},
    {"enum", kVocabValidation, true, true, compile_enum},
    {"const", kVocabValidation, true, true, compile_const},
    {"multipleOf", kVocabValidation, true, true, compile_multiple_of},
    {"maximum", kVocabValidation, true, true, compile_maximum},
    {"exclusiveMaximum", kVocabValidation, true, true, compile_exclusive_maximum},
    {"minimum", kVocabValidation, true, true, compile_minimum},
    {"exclusiveMinimum", kVocabValidation, true, true, compile_exclusive_minimum},
    {"maxLength", kVocabValidation, true, true, compile_max_length},
    {"minLength", kVocabValidation, true, true, compile_min_length},
    {"pattern", kVocabValidation, true, true, compile_pattern},
    {"format", kVocabFormatAnnotation | kVocabFormatAssertion, true, true, compile_format},
    {"maxItems", kVocabValidation, true, true, compile_max_items},
    {"minItems", kVocabValidation, true, true, compile_min_items},
    {"uniqueItems", kVocabValidation, true, true, compile_unique_items},
    {"maxProperties", kVocabValidation, true, true, compile_max_properties},
    {"minProperties", kVocabValidation, true, true, compile_min_properties},
    {"required", kVocabValidation, true, true, compile_required},
    {"dependentRequired", kVocabValidation, true, false, compile_dependent_required},
    {"properties", kVocabApplicator, true, true, compile_properties},
    {"patternProperties", kVocabApplicator, true, true, compile_pattern_properties},
    {"additionalProperties", kVocabApplicator, true, true, compile_additional_properties},
    {"propertyNames", kVocabApplicator, true, true, compile_property_names},
    {"dependentSchemas", kVocabApplicator, true, false, compile_dependent_schemas},
    {"dependencies", kVocabApplicator, false, true, compile_dependencies},
    {"prefixItems", kVocabApplicator, true, false, compile_prefix_items},
    {"items", kVocabApplicator, true, true, compile_items},
    {"additionalItems", kVocabApplicator, false, true, compile_additional_items},
    {"contains", kVocabApplicator, true, true, compile_contains},
    {"allOf", kVocabApplicator, true, true, compile_all_of},
    {"anyOf", kVocabApplicator, true, true, compile_any_of},
    {"oneOf", kVocabApplicator, true, true, compile_one_of},
    {"not", kVocabApplicator, true, true, compile_not},
    {"if", kVocabApplicator, true, true, compile_if},
    {"unevaluatedItems", kVocabUnevaluated, true, false, compile_unevaluated_items},
    {"unevaluatedProperties", kVocabUnevaluated, true, false, compile_unevaluated_properties},
};

constexpr std::size_t kCount = std::size(kKeywords);

constexpr std::array<std::uint8_t, kCount> kRowsByName = rows_by_name(kKeywords);

constexpr bool names_unique() {
  for (std::size_t i = 1; i < kCount; ++i) {
    if (kKeywords[kRowsByName[i - 1]].name == kKeywords[kRowsByName[i]].name) return false;
  }
  return true;
}
static_assert(names_unique(), "a keyword is registered twice");
static_assert(kCount <= kMaxKeywords, "raise kMaxKeywords");

}  // namespace

std::span<const KeywordEntry> keyword_table() { return kKeywords; }

std::optional<std::size_t> keyword_row(std::string_view name) {
  const std::size_t at = lower_bound_by_name(kKeywords, kRowsByName, name);
  if (at == kCount || kKeywords[kRowsByName[at]].name != name) return std::nullopt;
  return kRowsByName[at];
}

std::size_t keyword_rows_of(const nlohmann::json& schema, KeywordRow* out) {
  std::size_t count = 0;
  for (auto member = schema.begin(); member != schema.end(); ++member) {
    auto row = keyword_row(member.key());
    if (!row) continue;
    // Insertion by row: a schema has a handful of keywords.
    std::size_t at = count++;
    for (; at > 0 && out[at - 1].row > *row; --at) out[at] = out[at - 1];
    out[at] = KeywordRow{*row, &member.value()};
  }
  return count;
}

}  // namespace yushen::schema
