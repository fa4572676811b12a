// ECMA-262 Unicode property lookup (UnicodeMatchProperty / UnicodeMatchPropertyValue,
// ECMA-262 §22.2.2.9) over the generated tables in unicode_tables.cc. Each lookup decodes
// one table in O(table size) and returns a canonical range set.
// Tested by tests/unicode/unicode_test.cc.
#include <algorithm>
#include <iterator>
#include <optional>

#include "unicode/unicode.h"
#include "unicode/unicode_tables.h"

namespace yushen::unicode {
namespace {

using detail::kBinaryProperties;
using detail::kCategoryNames;
using detail::kCategoryRuns;
using detail::kScriptExtensions;
using detail::kScriptNames;
using detail::kScriptRunLengths;
using detail::kScriptRunScripts;
using detail::kScriptSetMembers;
using detail::kScriptSetOffsets;

// ECMA-262 binary properties (table "Binary Unicode property aliases") that have no table
// in this build; \p{…} of these is refused as unsupported rather than called unknown.
constexpr std::string_view kUntabledBinaryProperties[] = {
    "Bidi_M", "Bidi_Mirrored", "CI", "CWCF", "CWCM", "CWKCF", "CWL", "CWT", "CWU",
    "Case_Ignorable", "Cased", "Changes_When_Casefolded", "Changes_When_Casemapped",
    "Changes_When_Lowercased", "Changes_When_NFKC_Casefolded", "Changes_When_Titlecased",
    "Changes_When_Uppercased", "DI", "Default_Ignorable_Code_Point", "EBase", "EComp", "EMod",
    "EPres", "Emoji", "Emoji_Component", "Emoji_Modifier", "Emoji_Modifier_Base",
    "Emoji_Presentation", "ExtPict", "Extended_Pictographic", "Gr_Base", "Gr_Ext",
    "Grapheme_Base", "Grapheme_Extend", "XIDC", "XIDS", "XID_Continue", "XID_Start",
    // Left out of the tables for size (scripts/gen_unicode_tables.py says why).
    "Diacritic", "Dia", "Extender", "Ext", "Math", "Sentence_Terminal", "STerm", "Soft_Dotted", "SD",
    "Terminal_Punctuation", "Term"};

void append(RangeSet& out, char32_t first, char32_t last) {
  if (!out.empty() && out.back().last + 1 == first) {
    out.back().last = last;
  } else {
    out.push_back({first, last});
  }
}

RangeSet categories(std::uint32_t mask) {
  RangeSet out;
  char32_t cp = 0;
  for (std::uint16_t run : kCategoryRuns) {
    char32_t length = (run & 0x7FFu) + 1;
    if (mask & (1u << (run >> 11))) append(out, cp, cp + length - 1);
    cp += length;
  }
  return out;
}

// Script runs as ranges for one script index.
RangeSet script_ranges(std::size_t script) {
  RangeSet out;
  char32_t cp = 0;
  for (std::size_t i = 0; i < kScriptRunLengths.size(); ++i) {
    char32_t length = kScriptRunLengths[i] + 1u;
    if (kScriptRunScripts[i] == script) append(out, cp, cp + length - 1);
    cp += length;
  }
  return out;
}

// Script_Extensions=X: sc=X outside the listed ranges, plus listed ranges whose set has X.
RangeSet script_extension_ranges(std::size_t script) {
  RangeSet listed;
  RangeSet extra;
  for (const detail::ScriptExtensionRange& r : kScriptExtensions) {
    listed.push_back({r.first, r.last});
    auto begin = kScriptSetMembers.begin() + kScriptSetOffsets[r.set];
    auto end = kScriptSetMembers.begin() + kScriptSetOffsets[r.set + 1];
    if (std::find(begin, end, script) != end) extra.push_back({r.first, r.last});
  }
  normalize(listed);
  RangeSet out = subtract(script_ranges(script), listed);
  out.insert(out.end(), extra.begin(), extra.end());
  normalize(out);
  return out;
}

std::optional<std::size_t> find_script(std::string_view value) {
  for (std::size_t i = 0; i < kScriptNames.size(); ++i) {
    const detail::ScriptName& s = kScriptNames[i];
    if (value == s.long_name || value == s.short_name || (*s.alias != '\0' && value == s.alias)) {
      return i;
    }
  }
  return std::nullopt;
}

std::optional<std::uint32_t> find_category(std::string_view value) {
  auto it = std::lower_bound(kCategoryNames.begin(), kCategoryNames.end(), value,
                             [](const detail::NamedMask& m, std::string_view v) { return std::string_view(m.name) < v; });
  if (it == kCategoryNames.end() || it->name != value) return std::nullopt;
  return it->mask;
}

PropertyLookup binary_property(std::string_view name) {
  for (const detail::BinaryProperty& p : kBinaryProperties) {
    if (name != p.name && (*p.alias == '\0' || name != p.alias)) continue;
    RangeSet out = categories(p.categories);
    out.insert(out.end(), p.plus.begin(), p.plus.end());
    normalize(out);
    if (!p.minus.empty()) out = subtract(out, p.minus);
    return {LookupStatus::ok, std::move(out)};
  }
  bool known = std::find(std::begin(kUntabledBinaryProperties), std::end(kUntabledBinaryProperties),
                         name) != std::end(kUntabledBinaryProperties);
  return {known ? LookupStatus::unsupported : LookupStatus::unknown, {}};
}

PropertyLookup ok(RangeSet ranges) { return {LookupStatus::ok, std::move(ranges)}; }

}  // namespace

PropertyLookup lookup_property(std::string_view name, std::string_view value) {
  if (value.empty()) {
    if (auto mask = find_category(name)) return ok(categories(*mask));
    return binary_property(name);
  }
  if (name == "General_Category" || name == "gc") {
    if (auto mask = find_category(value)) return ok(categories(*mask));
  } else if (name == "Script" || name == "sc") {
    if (auto s = find_script(value)) return ok(script_ranges(*s));
  } else if (name == "Script_Extensions" || name == "scx") {
    if (auto s = find_script(value)) return ok(script_extension_ranges(*s));
  }
  return {};
}

std::string_view general_category(char32_t cp) {
  char32_t start = 0;
  for (std::uint16_t run : kCategoryRuns) {
    start += (run & 0x7FFu) + 1;
    if (cp < start) return detail::kCategoryCodes[run >> 11];
  }
  return "Cn";
}

std::string_view script(char32_t cp) {
  char32_t start = 0;
  for (std::size_t i = 0; i < kScriptRunLengths.size(); ++i) {
    start += kScriptRunLengths[i] + 1u;
    if (cp < start) return kScriptNames[kScriptRunScripts[i]].long_name;
  }
  return "Unknown";
}

std::string_view unicode_version() { return detail::kUnicodeVersion; }

}  // namespace yushen::unicode
