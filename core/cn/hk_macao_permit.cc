// 港澳居民来往内地通行证 (回乡证): H (香港) or M (澳门) + 8 digits on the card issued since
// 2013; H/M + 10 digits (older permits, or the 2-digit issue count appended) is accepted
// with a warning. Entry point: check_hk_macao_permit() in cn/cn.h.
// Tested by tests/cn/hk_macao_permit_test.cc.
#include <string>

#include "cn/cn.h"
#include "cn/result.h"
#include "cn/text.h"

namespace yushen::cn {

CheckResult check_hk_macao_permit(std::string_view value, const CheckOptions&) {
  std::string number = detail::fold_input(value);
  if (number.empty() || (number[0] != 'H' && number[0] != 'M')) {
    // Includes the mainland residents' 往来港澳通行证 (C…), a different document.
    return detail::fail(Code::kCnHkMacaoPermitPrefix, number);
  }
  std::string_view digits = std::string_view(number).substr(1);
  if (!detail::all_digits(digits)) return detail::fail(Code::kCnHkMacaoPermitFormat, number);
  if (digits.size() == 8) return detail::pass(number);
  if (digits.size() == 10) return detail::warn(Code::kCnHkMacaoPermitLegacy, number);
  return detail::fail(Code::kCnHkMacaoPermitFormat, number);
}

}  // namespace yushen::cn
