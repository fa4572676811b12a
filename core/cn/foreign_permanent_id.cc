// 外国人永久居留身份证: the 2023 form (18 characters: 9, issuing province, 3-digit
// nationality, YYYYMMDD, sequence, GB 11643 MOD 11-2 check) and the older 15-character
// form (3 letters + 12 digits; shape only, with a warning). Entry point:
// check_foreign_permanent_id() in cn/cn.h. Tested by tests/cn/foreign_permanent_id_test.cc.
#include <optional>
#include <string>

#include "cn/birth_date.h"
#include "cn/check_digits.h"
#include "cn/cn.h"
#include "cn/region_codes.h"
#include "cn/result.h"
#include "cn/text.h"
#include "util/utf8.h"

namespace yushen::cn {
namespace {

using detail::fail;

// 国家移民管理局, 新版外国人永久居留身份证机读信息规则 (2023): 1 = "9"; 2–3 = province
// of the issuing office; 4–6 = nationality (numeric); 7–14 = birth date; 15–17 =
// sequence; 18 = MOD 11-2 check as in GB 11643-1999 §5.5.
CheckResult check_2023_form(const std::string& id, const CheckOptions& options) {
  std::size_t bad = detail::first_rejected(
      id, [](std::size_t i, char c) { return detail::is_digit(c) || (i == 17 && c == 'X'); });
  if (bad != 0) return fail(Code::kCnForeignPermanentIdCharset, id, {{"position", bad}});
  if (id[0] != '9') return fail(Code::kCnForeignPermanentIdPrefix, id);
  int province = detail::digits_value(id.substr(1, 2));
  if (!detail::is_known_province_prefix(province) || province > 65) {  // mainland offices only
    return fail(Code::kCnForeignPermanentIdRegion, id, {{"prefix", id.substr(1, 2)}});
  }
  int year = detail::digits_value(id.substr(6, 4));
  int month = detail::digits_value(id.substr(10, 2));
  int day = detail::digits_value(id.substr(12, 2));
  switch (detail::check_birth_date(year, month, day, options)) {
    case detail::DateVerdict::ok: break;
    case detail::DateVerdict::future: return fail(Code::kCnForeignPermanentIdFutureDate, id);
    case detail::DateVerdict::invalid:
    case detail::DateVerdict::too_early: return fail(Code::kCnForeignPermanentIdDate, id);
  }
  if (detail::resident_id_check_char(std::string_view(id).substr(0, 17)) != id[17]) {
    return fail(Code::kCnForeignPermanentIdChecksum, id);
  }
  return detail::pass(id);
}

// The 2004/2017 cards: 3 letters (ISO 3166-1 alpha-3 nationality) + 12 digits. The
// layout of the digits and their check are not in a public standard we could confirm,
// so only the shape is checked (docs/cn-formats.md).
CheckResult check_older_form(const std::string& id) {
  std::size_t bad = detail::first_rejected(
      id, [](std::size_t i, char c) { return i < 3 ? detail::is_upper(c) : detail::is_digit(c); });
  if (bad != 0) return fail(Code::kCnForeignPermanentIdCharset, id, {{"position", bad}});
  return detail::warn(Code::kCnForeignPermanentIdLegacy15, id);
}

}  // namespace

CheckResult check_foreign_permanent_id(std::string_view value, const CheckOptions& options) {
  std::string id = detail::fold_input(value);
  std::size_t length = count_code_points(id);
  if (length == 18) return check_2023_form(id, options);
  if (length == 15) return check_older_form(id);
  return fail(Code::kCnForeignPermanentIdLength, id, {{"actual", length}});
}

}  // namespace yushen::cn
