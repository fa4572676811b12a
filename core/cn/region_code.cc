// 行政区划代码 (GB/T 2260): 6 digits present in the current division list (province,
// prefecture or county level). Entry point: check_region_code() in cn/cn.h.
// Tested by tests/cn/region_code_test.cc.
#include <cstdint>
#include <string>

#include "cn/cn.h"
#include "cn/region_codes.h"
#include "cn/result.h"
#include "cn/text.h"

namespace yushen::cn {

CheckResult check_region_code(std::string_view value, const CheckOptions&) {
  std::string code = detail::fold_input(value);
  if (code.size() != 6 || !detail::all_digits(code)) return detail::fail(Code::kCnRegionCodeFormat, code);
  if (!detail::is_listed_region_code(static_cast<std::uint32_t>(detail::digits_value(code)))) {
    return detail::fail(Code::kCnRegionCodeUnknown, code, {{"code", code}});
  }
  return detail::pass(code);
}

}  // namespace yushen::cn
