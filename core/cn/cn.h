// Chinese identifier and value checks behind one uniform signature, and the table that
// maps JSON Schema format names ("cn-resident-id", "bank-card", …) to them. Use this
// header; the other headers in core/cn/ are internal (mask.h is included from here).
// Tested by tests/cn/registry_test.cc (and tests/cn/resident_id_test.cc etc., one per check).
// Rules, sources and vintages: docs/cn-formats.md.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cn/mask.h"
#include "report/codes.h"

namespace yushen::cn {

// What the caller knows. The core reads no clock: "today" is an input, and 0 means
// "not given" (then no date is rejected for being in the future).
struct CheckOptions {
  int today_year = 0;
  int today_month = 0;
  int today_day = 0;
  // Extra checks that some real values fail (see docs/cn-formats.md, "strict").
  bool strict = false;
};

// The verdict on one value.
// - ok && !warning: accepted; `code` is empty.
// - ok && warning:  accepted, with an advisory finding in `code` (severity warning).
// - !ok:            rejected; `code` says why.
// `params` fills the message placeholders of `code` and never holds a full identifier.
// `normalized` is the value after clean-up (trimmed, full-width folded, upper-cased,
// separators removed, a 15-digit resident id converted to 18 digits).
struct CheckResult {
  bool ok = false;
  bool warning = false;
  std::optional<Code> code;
  nlohmann::json params = nlohmann::json::object();
  std::string normalized;
};

using CheckFn = CheckResult (*)(std::string_view value, const CheckOptions& options);

// 公民身份号码 (GB 11643-1999), 18 digits; the 15-digit 1989 form is converted (warning).
// check_resident_id("11010519491231002x", {}) → ok, normalized "11010519491231002X".
CheckResult check_resident_id(std::string_view value, const CheckOptions& options);

// 统一社会信用代码 (GB 32100-2015). check_uscc("91350100M000100Y43", {}) → ok.
CheckResult check_uscc(std::string_view value, const CheckOptions& options);

// 组织机构代码 (GB 11714-1997), with or without the hyphen. "d2143569-x" → "D2143569X".
CheckResult check_org_code(std::string_view value, const CheckOptions& options);

// Mainland mobile number, +86/0086 and separators removed. "+86 138-0013-8000" → "13800138000".
CheckResult check_mobile(std::string_view value, const CheckOptions& options);

// Fixed-line number with area code and optional extension. "(0755)8765432" → "0755-8765432".
CheckResult check_phone(std::string_view value, const CheckOptions& options);

// 邮政编码: 6 digits in China Post's 01–86 range. check_postal_code("100080", {}) → ok.
CheckResult check_postal_code(std::string_view value, const CheckOptions& options);

// 行政区划代码 listed in the current division list. check_region_code("110101", {}) → ok.
CheckResult check_region_code(std::string_view value, const CheckOptions& options);

// 港澳居民来往内地通行证 (回乡证): H/M + 8 digits. "h12345678" → "H12345678".
CheckResult check_hk_macao_permit(std::string_view value, const CheckOptions& options);

// 台湾居民来往大陆通行证 (台胞证): 8 digits. check_taiwan_permit("12345678", {}) → ok.
CheckResult check_taiwan_permit(std::string_view value, const CheckOptions& options);

// 外国人永久居留身份证: 2023 form (18 digits starting 9) or the 15-character older form.
CheckResult check_foreign_permanent_id(std::string_view value, const CheckOptions& options);

// 中国护照: E + 8 digits, E + letter + 7 digits, G/D/S/P forms. "e12345678" → "E12345678".
CheckResult check_passport(std::string_view value, const CheckOptions& options);

// Bank card: 16–19 digits; a Luhn failure is only a warning. "6228 4800 0000 0007" → "6228480000000007".
CheckResult check_bank_card(std::string_view value, const CheckOptions& options);

// One JSON Schema format backed by a check.
struct FormatEntry {
  std::string_view name;  // e.g. "cn-resident-id"
  CheckFn check;
};

// Every format of this stage, in a fixed order.
std::span<const FormatEntry> all_formats();

// The check for a format name, or nullptr. find_format("cn-uscc") == &check_uscc.
CheckFn find_format(std::string_view name);

}  // namespace yushen::cn
