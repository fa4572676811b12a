// The code table built from codes.def, and lookups by code and by id.
// Tested by tests/report/codes_test.cc.
#include "report/codes.h"

#include <array>

namespace yushen {
namespace {

// YUSHEN_LEAN_MESSAGES (CMake option YUSHEN_LEAN_MESSAGES, on for the WASM builds) leaves the
// zh-TW and en text out: it comes from locale packs at run time (report/locale_pack.h).
#ifdef YUSHEN_LEAN_MESSAGES
#define YS_MESSAGES(zh_cn, zh_tw, en) {zh_cn, {}, {}}
#else
#define YS_MESSAGES(zh_cn, zh_tw, en) {zh_cn, zh_tw, en}
#endif

constexpr CodeInfo kTable[] = {
#define YS_CODE(name, id, keyword, severity, params, zh_cn, zh_tw, en) \
  {Code::name, id, keyword, Severity::severity, params, YS_MESSAGES(zh_cn, zh_tw, en)},
#include "report/codes.def"
#undef YS_CODE
};
#undef YS_MESSAGES

}  // namespace

std::span<const CodeInfo> all_codes() { return kTable; }

const CodeInfo& code_info(Code code) { return kTable[static_cast<std::size_t>(code)]; }

std::string_view code_id(Code code) { return code_info(code).id; }

std::optional<Code> find_code(std::string_view id) {
  for (const CodeInfo& row : kTable) {
    if (row.id == id) return row.code;
  }
  return std::nullopt;
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::block: return "block";
    case Severity::warning: return "warning";
    case Severity::fatal: return "fatal";
    case Severity::retired: return "retired";
  }
  return "error";
}

std::optional<Locale> parse_locale(std::string_view tag) {
  if (tag == "zh-CN" || tag == "zh-Hans" || tag == "zh") return Locale::zh_CN;
  if (tag == "zh-TW" || tag == "zh-Hant" || tag == "zh-HK") return Locale::zh_TW;
  if (tag == "en" || tag == "en-US" || tag == "en-GB") return Locale::en;
  return std::nullopt;
}

std::string_view locale_tag(Locale locale) {
  switch (locale) {
    case Locale::zh_CN: return "zh-CN";
    case Locale::zh_TW: return "zh-TW";
    case Locale::en: return "en";
  }
  return "zh-CN";
}

}  // namespace yushen
