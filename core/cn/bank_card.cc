// Bank card numbers (ISO/IEC 7812, 银联 cards): separators removed, 16–19 digits; a Luhn
// failure is only a warning because some issued cards fail it. Entry point:
// check_bank_card() in cn/cn.h. Tested by tests/cn/bank_card_test.cc.
#include <string>

#include "cn/check_digits.h"
#include "cn/cn.h"
#include "cn/result.h"
#include "cn/text.h"

namespace yushen::cn {

CheckResult check_bank_card(std::string_view value, const CheckOptions&) {
  std::string number = detail::remove_separators(detail::fold_input(value), " -");
  if (!number.empty() && !detail::all_digits(number)) return detail::fail(Code::kCnBankCardCharset, number);
  if (number.size() < 16 || number.size() > 19) {
    return detail::fail(Code::kCnBankCardLength, number, {{"actual", number.size()}});
  }
  if (!detail::luhn_ok(number)) return detail::warn(Code::kCnBankCardLuhn, number);
  return detail::pass(number);
}

}  // namespace yushen::cn
