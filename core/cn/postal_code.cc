// 邮政编码: 6 digits whose first two fall in China Post's allocated range 01–86.
// Entry point: check_postal_code() in cn/cn.h. Tested by tests/cn/postal_code_test.cc.
#include <string>

#include "cn/cn.h"
#include "cn/result.h"
#include "cn/text.h"

namespace yushen::cn {

CheckResult check_postal_code(std::string_view value, const CheckOptions&) {
  std::string code = detail::fold_input(value);
  if (code.size() != 6 || !detail::all_digits(code)) return detail::fail(Code::kCnPostalCodeFormat, code);
  // China Post's 邮政编码 scheme (1980): the first two digits name a province-level
  // area, 01 (内蒙古) to 86 (西藏); 00 and 87–99 are not used on the mainland.
  int prefix = detail::digits_value(code.substr(0, 2));
  if (prefix < 1 || prefix > 86) return detail::fail(Code::kCnPostalCodeRegion, code, {{"prefix", code.substr(0, 2)}});
  return detail::pass(code);
}

}  // namespace yushen::cn
