// 公民身份号码 (GB 11643-1999): length, characters, province prefix, birth date, MOD 11-2
// check; the 15-digit GB 11643-1989 form is converted to 18 digits with a warning.
// Entry point: check_resident_id() in cn/cn.h. Tested by tests/cn/resident_id_test.cc.
#include <cstdint>
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

// GB 11643-1999 §5.2: the address code of a residence permit (国办发〔2018〕81号) is
// exactly 810000 香港, 820000 澳门 or 830000 台湾; those count as listed.
bool address_code_listed(std::string_view code6) {
  int code = detail::digits_value(code6);
  return code == 810000 || code == 820000 || code == 830000 ||
         detail::is_listed_region_code(static_cast<std::uint32_t>(code));
}

// GB 11643-1999 §5.3 (18 digits, YYYYMMDD at 7–14) or GB 11643-1989 (15 digits, YYMMDD
// at 7–12, century 19). Returns an error result, or nothing when the date is acceptable.
std::optional<CheckResult> check_date(const std::string& id, bool legacy, const CheckOptions& options) {
  int year = legacy ? 1900 + detail::digits_value(id.substr(6, 2)) : detail::digits_value(id.substr(6, 4));
  std::size_t at = legacy ? 8 : 10;
  int month = detail::digits_value(id.substr(at, 2));
  int day = detail::digits_value(id.substr(at + 2, 2));
  switch (detail::check_birth_date(year, month, day, options)) {
    case detail::DateVerdict::ok: return std::nullopt;
    case detail::DateVerdict::invalid: return fail(Code::kCnResidentIdDate, id);
    case detail::DateVerdict::too_early: return fail(Code::kCnResidentIdEarlyDate, id);
    case detail::DateVerdict::future: return fail(Code::kCnResidentIdFutureDate, id);
  }
  return std::nullopt;
}

}  // namespace

CheckResult check_resident_id(std::string_view value, const CheckOptions& options) {
  std::string id = detail::fold_input(value);
  std::size_t length = count_code_points(id);
  if (length != 18 && length != 15) return fail(Code::kCnResidentIdLength, id, {{"actual", length}});
  const bool legacy = length == 15;
  std::size_t bad = detail::first_rejected(id, [legacy](std::size_t i, char c) {
    return detail::is_digit(c) || (!legacy && i == 17 && c == 'X');  // §5.5: 'X' only last
  });
  if (bad != 0) return fail(Code::kCnResidentIdCharset, id, {{"position", bad}});

  // From here `id` is ASCII. A 2023 foreign permanent resident ID also passes MOD 11-2
  // but starts with 9 and a mainland province (国家移民管理局 2023 rules); say so
  // instead of "bad province".
  const int office = detail::digits_value(id.substr(1, 2));
  if (!legacy && id[0] == '9' && detail::is_known_province_prefix(office) && office <= 65 &&
      detail::resident_id_check_char(id.substr(0, 17)) == id[17]) {
    return fail(Code::kCnResidentIdForeignPermanent, id);
  }
  if (!detail::is_known_province_prefix(detail::digits_value(id.substr(0, 2)))) {
    return fail(Code::kCnResidentIdRegion, id, {{"prefix", id.substr(0, 2)}});
  }
  if (auto date_error = check_date(id, legacy, options)) return *date_error;

  if (legacy) {
    // 15 → 18 digits (升位): insert the century "19" and append the §5.5 check char.
    std::string id18 = id.substr(0, 6) + "19" + id.substr(6);
    id18.push_back(detail::resident_id_check_char(id18));
    return detail::warn(Code::kCnResidentIdLegacy15, id18);
  }
  if (detail::resident_id_check_char(id.substr(0, 17)) != id[17]) {
    return fail(Code::kCnResidentIdChecksum, id);
  }
  // Address codes never change after issue, so a code missing from today's list is at
  // most advisory, and only in strict mode (docs/cn-formats.md).
  if (options.strict && !address_code_listed(id.substr(0, 6))) {
    return detail::warn(Code::kCnResidentIdRegionUnlisted, id, {{"region", id.substr(0, 6)}});
  }
  return detail::pass(id);
}

}  // namespace yushen::cn
