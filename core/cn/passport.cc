// 中华人民共和国护照 numbers: E + 8 digits (electronic ordinary passport, 2012), E + letter
// (not I or O) + 7 digits (once the E range ran out), G + 8 digits (pre-2012, all expired:
// warning), D/S/P + 7–8 digits and DE/SE/PE + 7 digits (diplomatic, service, official
// ordinary); K/KJ/MA SAR forms get a warning. Entry point: check_passport() in cn/cn.h.
// Tested by tests/cn/passport_test.cc.
#include <string>

#include "cn/cn.h"
#include "cn/result.h"
#include "cn/text.h"

namespace yushen::cn {
namespace {

// `number` is `prefix` followed by exactly `digits` digits.
bool shaped(std::string_view number, std::string_view prefix, std::size_t digits) {
  return number.size() == prefix.size() + digits && number.starts_with(prefix) &&
         detail::all_digits(number.substr(prefix.size()));
}

bool is_second_letter(char c) { return detail::is_upper(c) && c != 'I' && c != 'O'; }

}  // namespace

CheckResult check_passport(std::string_view value, const CheckOptions&) {
  std::string number = detail::fold_input(value);
  std::string_view n = number;
  if (shaped(n, "E", 8)) return detail::pass(number);
  if (n.size() == 9 && n[0] == 'E' && is_second_letter(n[1]) && detail::all_digits(n.substr(2))) {
    return detail::pass(number);
  }
  for (std::string_view kind : {"D", "S", "P"}) {
    if (shaped(n, kind, 7) || shaped(n, kind, 8)) return detail::pass(number);
  }
  for (std::string_view kind : {"DE", "SE", "PE"}) {
    if (shaped(n, kind, 7)) return detail::pass(number);
  }
  if (shaped(n, "G", 8)) return detail::warn(Code::kCnPassportLegacy, number);
  if (shaped(n, "K", 8) || shaped(n, "KJ", 7) || shaped(n, "MA", 7)) {
    return detail::warn(Code::kCnPassportSar, number);
  }
  return detail::fail(Code::kCnPassportFormat, number);
}

}  // namespace yushen::cn
