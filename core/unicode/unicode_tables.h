// Internal: the shapes of the generated Unicode tables (unicode_tables.cc, written by
// scripts/gen_unicode_tables.py). Use unicode/unicode.h instead; only unicode.cc reads these.
// Tested by tests/unicode/unicode_tables_test.cc and tests/unicode/unicode_test.cc.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "unicode/unicode.h"

namespace yushen::unicode::detail {

// Names are const char* rather than string_view: half the size in WASM (4 bytes, not 8).
struct NamedMask {
  const char* name;
  std::uint32_t mask;  // bit i = General_Category number i (Cc=0 ... Zs=29)
};

struct ScriptName {
  const char* long_name;   // e.g. "Han"
  const char* short_name;  // e.g. "Hani"
  const char* alias;       // a third ECMA-262 name ("Qaac", "Qaai") or empty
};

struct ScriptExtensionRange {
  char32_t first;
  char32_t last;
  std::uint16_t set;  // index into kScriptSetOffsets
};

// A binary property is (code points whose category is in `categories`) ∪ `plus`, minus `minus`.
struct BinaryProperty {
  const char* name;
  const char* alias;  // empty if none
  std::uint32_t categories;
  std::span<const CodePointRange> plus;
  std::span<const CodePointRange> minus;
};

extern const std::string_view kUnicodeVersion;
extern const std::span<const std::uint16_t> kCategoryRuns;  // (category << 11) | (length - 1)
extern const std::span<const char* const> kCategoryCodes;  // "Cc" ... "Zs" by bit
extern const std::span<const NamedMask> kCategoryNames;     // sorted by name
extern const std::span<const std::uint16_t> kScriptRunLengths;  // length - 1 of each run
extern const std::span<const std::uint8_t> kScriptRunScripts;    // script index of each run
extern const std::span<const ScriptName> kScriptNames;      // sorted by long name
extern const std::span<const std::uint8_t> kScriptSetMembers;
extern const std::span<const std::uint16_t> kScriptSetOffsets;
extern const std::span<const ScriptExtensionRange> kScriptExtensions;  // sorted by first
extern const std::span<const BinaryProperty> kBinaryProperties;        // sorted by name

}  // namespace yushen::unicode::detail
