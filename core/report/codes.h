// The stable codes of yushen, generated from codes.def: the enum, the lookup table and the
// id <-> code mapping. Use this header; codes.def is its data.
// Tested by tests/report/codes_test.cc.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace yushen {

enum class Code : std::uint16_t {
#define YS_CODE(name, id, keyword, severity, params, zh_cn, zh_tw, en) name,
#include "report/codes.def"
#undef YS_CODE
};

enum class Severity : std::uint8_t { error, block, warning, fatal, retired };

enum class Locale : std::uint8_t { zh_CN, zh_TW, en };

struct CodeInfo {
  Code code;
  std::string_view id;          // stable public id, e.g. "schema.required"
  std::string_view keyword;     // ajv keyword where one applies, else empty
  Severity severity;
  std::string_view params;      // comma-separated parameter names
  std::string_view message[3];  // indexed by Locale; zh-TW/en empty in lean builds: use message_text()
};

// All rows of the table, in table order.
std::span<const CodeInfo> all_codes();

// The row for a code. Every enumerator has exactly one row.
const CodeInfo& code_info(Code code);

// The public id of a code, e.g. "json.syntax".
std::string_view code_id(Code code);

// The code with this public id, if any.
std::optional<Code> find_code(std::string_view id);

std::string_view severity_name(Severity severity);

// "zh-CN" | "zh-TW" | "en" (also "zh-Hans"/"zh-Hant"); nullopt for anything else.
std::optional<Locale> parse_locale(std::string_view tag);
std::string_view locale_tag(Locale locale);

}  // namespace yushen
