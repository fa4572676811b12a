// JSON Schema dialects (draft 2020-12, draft-07) and vocabularies: which `$schema` URIs we
// know, which keywords hold subschemas, and which vocabulary each keyword belongs to.
// Internal to core/schema; use schema/compiler.h.
// Tested by tests/schema/dialect_test.cc.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace yushen::schema {

enum class Dialect : std::uint8_t { draft2020_12, draft7 };

enum Vocabulary : std::uint32_t {
  kVocabCore = 1,
  kVocabApplicator = 2,
  kVocabUnevaluated = 4,
  kVocabValidation = 8,
  kVocabMetaData = 16,
  kVocabFormatAnnotation = 32,
  kVocabFormatAssertion = 64,
  kVocabContent = 128,
};

inline constexpr std::uint32_t kVocab2020Default = kVocabCore | kVocabApplicator | kVocabUnevaluated |
                                                   kVocabValidation | kVocabMetaData |
                                                   kVocabFormatAnnotation | kVocabContent;
inline constexpr std::uint32_t kVocabDraft7 = kVocab2020Default;

// The dialect named by a `$schema` URI we know (with or without a trailing '#').
std::optional<Dialect> known_dialect(std::string_view schema_uri);

// The vocabulary bit for a 2020-12 vocabulary URI; nullopt if unknown.
std::optional<std::uint32_t> known_vocabulary(std::string_view vocabulary_uri);

std::string_view dialect_name(Dialect dialect);

// Calls visit(keyword, token_or_empty, subschema) for every subschema directly inside
// `schema` under `dialect` (e.g. ("properties", "name", {...}), ("not", "", {...})).
// Values of unknown keywords and of const/enum are never treated as schemas.
using SubschemaVisitor =
    std::function<void(std::string_view keyword, std::string_view token, bool indexed, const nlohmann::json& sub)>;
void for_each_subschema(const nlohmann::json& schema, Dialect dialect, const SubschemaVisitor& visit);

}  // namespace yushen::schema
