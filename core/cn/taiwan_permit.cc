// 台湾居民来往大陆通行证 (台胞证): 8 digits on the card issued since 2015. Older booklet
// numbers (10 digits, optionally a letter in brackets, or 8 digits + the 2-digit issue
// count) and single-entry permits (a letter + 9 digits) are accepted with a warning.
// Entry point: check_taiwan_permit() in cn/cn.h. Tested by tests/cn/taiwan_permit_test.cc.
#include <string>

#include "cn/cn.h"
#include "cn/result.h"
#include "cn/text.h"

namespace yushen::cn {

CheckResult check_taiwan_permit(std::string_view value, const CheckOptions&) {
  std::string number = detail::fold_input(value);
  std::string_view n = number;
  if (n.size() == 8 && detail::all_digits(n)) return detail::pass(number);
  if (n.size() == 10 && detail::all_digits(n)) return detail::warn(Code::kCnTaiwanPermitLegacy, number);
  // Booklet form "1234567890(B)": the bracketed letter counts re-issues.
  if (n.size() == 13 && detail::all_digits(n.substr(0, 10)) && n[10] == '(' && detail::is_upper(n[11]) &&
      n[12] == ')') {
    return detail::warn(Code::kCnTaiwanPermitLegacy, number);
  }
  if (n.size() == 10 && detail::is_upper(n[0]) && detail::all_digits(n.substr(1))) {
    return detail::warn(Code::kCnTaiwanPermitOneTime, number);
  }
  return detail::fail(Code::kCnTaiwanPermitFormat, number);
}

}  // namespace yushen::cn
