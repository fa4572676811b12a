// Dialect and vocabulary tables, and the keyword shapes that hold subschemas
// (JSON Schema 2020-12 Core §10 and Validation §6; draft-07 Validation §6).
// Tested by tests/schema/dialect_test.cc.
#include "schema/dialect.h"

#include <array>
#include <cstdint>

#include "schema/rows_by_name.h"

namespace yushen::schema {
namespace {

enum class Shape { single, array, map, single_or_array, map_of_schema_or_strings };

struct SubschemaKeyword {
  std::string_view name;
  Shape shape;
  bool in_2020;
  bool in_draft7;
};

// Where subschemas live. `items` is one schema in 2020-12 and schema-or-array in draft-07;
// `dependencies` (draft-07) maps to a schema or an array of names.
constexpr SubschemaKeyword kSubschemaKeywords[] = {
    {"$defs", Shape::map, true, false},
    {"definitions", Shape::map, false, true},
    {"additionalItems", Shape::single, false, true},
    {"additionalProperties", Shape::single, true, true},
    {"allOf", Shape::array, true, true},
    {"anyOf", Shape::array, true, true},
    {"contains", Shape::single, true, true},
    {"contentSchema", Shape::single, true, false},
    {"dependencies", Shape::map_of_schema_or_strings, false, true},
    {"dependentSchemas", Shape::map, true, false},
    {"else", Shape::single, true, true},
    {"if", Shape::single, true, true},
    {"items", Shape::single, true, false},
    {"items", Shape::single_or_array, false, true},
    {"not", Shape::single, true, true},
    {"oneOf", Shape::array, true, true},
    {"patternProperties", Shape::map, true, true},
    {"prefixItems", Shape::array, true, false},
    {"properties", Shape::map, true, true},
    {"propertyNames", Shape::single, true, true},
    {"then", Shape::single, true, true},
    {"unevaluatedItems", Shape::single, true, false},
    {"unevaluatedProperties", Shape::single, true, false},
};

constexpr std::size_t kRows = std::size(kSubschemaKeywords);

constexpr std::array<std::uint8_t, kRows> kRowsByName = rows_by_name(kSubschemaKeywords);

bool is_schema_value(const nlohmann::json& value) { return value.is_object() || value.is_boolean(); }

void visit_keyword(const SubschemaKeyword& kw, const nlohmann::json& value, const SubschemaVisitor& visit) {
  switch (kw.shape) {
    case Shape::single:
      if (is_schema_value(value)) visit(kw.name, "", false, value);
      break;
    case Shape::single_or_array:
      if (is_schema_value(value)) {
        visit(kw.name, "", false, value);
        break;
      }
      [[fallthrough]];
    case Shape::array:
      if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
          if (is_schema_value(value[i])) visit(kw.name, std::to_string(i), true, value[i]);
        }
      }
      break;
    case Shape::map:
    case Shape::map_of_schema_or_strings:
      if (value.is_object()) {
        for (auto member = value.begin(); member != value.end(); ++member) {
          if (is_schema_value(member.value())) visit(kw.name, member.key(), true, member.value());
        }
      }
      break;
  }
}

}  // namespace

std::optional<Dialect> known_dialect(std::string_view uri) {
  if (!uri.empty() && uri.back() == '#') uri.remove_suffix(1);
  if (uri == "https://json-schema.org/draft/2020-12/schema") return Dialect::draft2020_12;
  if (uri == "http://json-schema.org/draft-07/schema" || uri == "https://json-schema.org/draft-07/schema") {
    return Dialect::draft7;
  }
  return std::nullopt;
}

std::optional<std::uint32_t> known_vocabulary(std::string_view uri) {
  constexpr std::string_view kPrefix = "https://json-schema.org/draft/2020-12/vocab/";
  if (uri.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  std::string_view name = uri.substr(kPrefix.size());
  if (name == "core") return kVocabCore;
  if (name == "applicator") return kVocabApplicator;
  if (name == "unevaluated") return kVocabUnevaluated;
  if (name == "validation") return kVocabValidation;
  if (name == "meta-data") return kVocabMetaData;
  if (name == "format-annotation") return kVocabFormatAnnotation;
  if (name == "format-assertion") return kVocabFormatAssertion;
  if (name == "content") return kVocabContent;
  return std::nullopt;
}

std::string_view dialect_name(Dialect dialect) {
  return dialect == Dialect::draft7 ? "draft-07" : "draft2020-12";
}

// Visits in the table's order (it decides which of two equal `$id`s is indexed first). A
// schema object has a few members: each finds its rows by binary search, and only those
// rows are visited, instead of every row being looked up in the object.
void for_each_subschema(const nlohmann::json& schema, Dialect dialect, const SubschemaVisitor& visit) {
  if (!schema.is_object()) return;
  struct Present {
    std::size_t row;
    const nlohmann::json* value;
  };
  Present present[kRows];  // each row has one name and member names are unique: one member per row at most
  std::size_t count = 0;
  for (auto member = schema.begin(); member != schema.end(); ++member) {
    const std::string& key = member.key();
    for (std::size_t at = lower_bound_by_name(kSubschemaKeywords, kRowsByName, key); at < kRows && kSubschemaKeywords[kRowsByName[at]].name == key; ++at) {
      const std::size_t row = kRowsByName[at];
      if (dialect == Dialect::draft2020_12 ? !kSubschemaKeywords[row].in_2020 : !kSubschemaKeywords[row].in_draft7) {
        continue;
      }
      std::size_t slot = count++;
      for (; slot > 0 && present[slot - 1].row > row; --slot) present[slot] = present[slot - 1];
      present[slot] = Present{row, &member.value()};
    }
  }
  for (std::size_t i = 0; i < count; ++i) visit_keyword(kSubschemaKeywords[present[i].row], *present[i].value, visit);
}

}  // namespace yushen::schema
