// 组织机构代码 (GB 11714-1997): 8 body characters (digits, capital letters) and a check
// character, written with or without the hyphen (XXXXXXXX-X); normalised without it.
// Entry point: check_org_code() in cn/cn.h. Tested by tests/cn/org_code_test.cc.
#include <string>

#include "cn/check_digits.h"
#include "cn/cn.h"
#include "cn/result.h"
#include "cn/text.h"
#include "util/utf8.h"

namespace yushen::cn {

CheckResult check_org_code(std::string_view value, const CheckOptions&) {
  std::string code = detail::fold_input(value);
  if (code.size() == 10 && code[8] == '-') code.erase(8, 1);
  std::size_t length = count_code_points(code);
  if (length != 9) return detail::fail(Code::kCnOrgCodeLength, code, {{"actual", length}});
  std::size_t bad = detail::first_rejected(code, [](std::size_t i, char c) {
    return detail::is_digit(c) || (i < 8 && detail::is_upper(c)) || (i == 8 && c == 'X');
  });
  if (bad != 0) return detail::fail(Code::kCnOrgCodeCharset, code, {{"position", bad}});
  if (detail::org_code_check_char(std::string_view(code).substr(0, 8)) != code[8]) {
    return detail::fail(Code::kCnOrgCodeChecksum, code);
  }
  return detail::pass(code);
}

}  // namespace yushen::cn
