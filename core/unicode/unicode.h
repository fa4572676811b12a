// Unicode character data for the pattern engine: code point range sets and the ECMA-262
// property lookup behind \p{…} (General_Category, Script, Script_Extensions, binary
// properties), from the Unicode Character Database (version: unicode_version()).
// Tested by tests/unicode/unicode_test.cc and tests/unicode/range_set_test.cc.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace yushen::unicode {

inline constexpr char32_t kMaxCodePoint = 0x10FFFF;

// An inclusive range of code points.
struct CodePointRange {
  char32_t first;
  char32_t last;
  friend bool operator==(const CodePointRange&, const CodePointRange&) = default;
};

// A set of code points as ranges sorted by `first`, disjoint and non-adjacent (canonical).
using RangeSet = std::vector<CodePointRange>;

// --- range sets (range_set.cc) ------------------------------------------------------------

// Sorts and merges overlapping or adjacent ranges in place, making `set` canonical.
// Example: {{'c','d'}, {'a','b'}} becomes {{'a','d'}}.
void normalize(RangeSet& set);

// Every code point in [0, kMaxCodePoint] that is not in the canonical `set`.
RangeSet complement(std::span<const CodePointRange> set);

// Code points in canonical `a` but not in canonical `b`.
RangeSet subtract(std::span<const CodePointRange> a, std::span<const CodePointRange> b);

// True if `cp` is in the canonical `set` (binary search).
bool contains(std::span<const CodePointRange> set, char32_t cp);

// --- properties (unicode.cc) --------------------------------------------------------------

enum class LookupStatus {
  ok,           // `ranges` holds the property's code points
  unknown,      // ECMA-262 does not define this name or value (a syntax error there)
  unsupported,  // ECMA-262 defines it but this build has no table for it (e.g. Emoji)
};

struct PropertyLookup {
  LookupStatus status = LookupStatus::unknown;
  RangeSet ranges;  // canonical; empty unless status == ok
};

// Resolves \p{name=value} (or the lone form \p{name} when `value` is empty) with ECMA-262
// UnicodeMatchProperty rules: exact, case-sensitive names and aliases.
// Example: lookup_property("Script", "Han"), lookup_property("Lu", ""),
//          lookup_property("scx", "Hira"), lookup_property("Alphabetic", "").
PropertyLookup lookup_property(std::string_view name, std::string_view value);

// The short General_Category of `cp`, e.g. "Lu", "Lo", "Cn" for unassigned.
std::string_view general_category(char32_t cp);

// The long Script name of `cp`, e.g. "Han", "Latin", "Common", "Unknown".
std::string_view script(char32_t cp);

// The Unicode version of the tables, e.g. "15.0.0".
std::string_view unicode_version();

}  // namespace yushen::unicode
