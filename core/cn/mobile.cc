// Mainland mobile numbers: +86/0086 and separators removed, 11 digits in an allocated
// segment; 13-digit IoT numbers get their own code. Entry point: check_mobile() in
// cn/cn.h. Tested by tests/cn/mobile_test.cc.
#include <string>

#include "cn/cn.h"
#include "cn/result.h"
#include "cn/text.h"

namespace yushen::cn {
namespace {

using detail::fail;

// Public mobile segments (first three digits) allocated by MIIT (工业和信息化部 电信网码号
// 资源), as in service in 2024: 13x; 145–149; 150–153, 155–159; 162, 165–167; 170–178;
// 18x; 190–193, 195–199 (190/196/197 issued 2019, 192 中国广电). 140–144 are data/IoT
// only, 154 and 194 unallocated. Vintage and sources: docs/cn-formats.md.
bool is_mobile_segment(std::string_view d) {
  char second = d[1], third = d[2];
  auto among = [third](std::string_view set) { return set.find(third) != std::string_view::npos; };
  if (d[0] != '1') return false;
  switch (second) {
    case '3': case '8': return true;
    case '4': return among("56789");
    case '5': return among("012356789");
    case '6': return among("2567");
    case '7': return among("012345678");
    case '9': return among("012356789");
    default: return false;
  }
}

// MIIT 13-digit machine-to-machine numbering (物联网号码): 140/141/144/146/148 + 10 digits
// and the older 1064x ranges. Any 13-digit number starting 14 or 1064 is treated as IoT.
bool is_iot_number(std::string_view d) {
  return d.size() == 13 && (d.substr(0, 2) == "14" || d.substr(0, 4) == "1064");
}

}  // namespace

CheckResult check_mobile(std::string_view value, const CheckOptions&) {
  std::string number = detail::remove_separators(detail::fold_input(value), " -()");
  if (number.starts_with("+86")) {
    number.erase(0, 3);
  } else if (number.starts_with("0086")) {
    number.erase(0, 4);
  } else if (number.starts_with("+") || number.starts_with("00")) {
    return fail(Code::kCnMobileCountryCode, number);
  } else if (number.size() == 13 && number.starts_with("861")) {
    number.erase(0, 2);  // "86" without the plus, as some forms paste it
  }
  if (!number.empty() && !detail::all_digits(number)) return fail(Code::kCnMobileCharset, number);
  if (is_iot_number(number)) return fail(Code::kCnMobileIot, number);
  if (number.size() != 11) return fail(Code::kCnMobileLength, number, {{"actual", number.size()}});
  if (!is_mobile_segment(number)) return fail(Code::kCnMobileSegment, number, {{"segment", number.substr(0, 3)}});
  return detail::pass(number);
}

}  // namespace yushen::cn
