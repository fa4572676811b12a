// 统一社会信用代码 (GB 32100-2015): length, code set, registration area digits, MOD 31
// check; strict mode adds the embedded GB 11714 organisation code check and advisory
// authority/type checks. Entry point: check_uscc() in cn/cn.h.
// Tested by tests/cn/uscc_test.cc.
#include <string>

#include "cn/check_digits.h"
#include "cn/cn.h"
#include "cn/result.h"
#include "cn/text.h"
#include "util/utf8.h"

namespace yushen::cn {
namespace {

using detail::fail;
using detail::warn;

// GB 32100-2015 附录 A (登记管理部门代码 and 机构类别代码), as published with the
// standard: authority → the organisation types it uses. Later notices may add more, so
// an unknown pair is only a strict-mode warning (docs/cn-formats.md).
struct Authority {
  char code;
  std::string_view categories;
};
constexpr Authority kAuthorities[] = {
    {'1', "1239"},    // 机构编制: 机关, 事业单位, 中央编办管理的群众团体, 其他
    {'2', "19"},      // 外交: 外国常驻新闻机构, 其他
    {'3', "123459"},  // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
    {'4', "19"},      // 文化: 外国在华文化中心, 其他
    {'5', "1239"},    // 民政: 社会团体, 民办非企业单位, 基金会, 其他
    {'6', "129"},     // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地代表机构, 其他
    {'7', "129"},     // 宗教: 宗教活动场所, 宗教院校, 其他
    {'8', "19"},      // 工会: 基层工会, 其他
    {'9', "123"},     // 工商: 企业, 个体工商户, 农民专业合作社
    {'A', "19"},      // 中央军委改革和编制办公室: 军队事业单位, 其他
    {'N', "1239"},    // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
    {'Y', "1"},       // 其他: 不再细分
};

const Authority* find_authority(char code) {
  for (const Authority& authority : kAuthorities) {
    if (authority.code == code) return &authority;
  }
  return nullptr;
}

// Strict-only checks, after the code passed everything else.
CheckResult check_strict(const std::string& code) {
  // Positions 9–17 are the 组织机构代码 (GB 11714-1997: 8 characters + check character).
  if (detail::org_code_check_char(code.substr(8, 8)) != code[16]) return fail(Code::kCnUsccOrgCode, code);
  const Authority* authority = find_authority(code[0]);
  if (authority == nullptr) return warn(Code::kCnUsccAuthority, code, {{"authority", code.substr(0, 1)}});
  if (authority->categories.find(code[1]) == std::string_view::npos) {
    return warn(Code::kCnUsccCategory, code, {{"authority", code.substr(0, 1)}, {"category", code.substr(1, 1)}});
  }
  return detail::pass(code);
}

}  // namespace

CheckResult check_uscc(std::string_view value, const CheckOptions& options) {
  std::string code = detail::fold_input(value);
  std::size_t length = count_code_points(code);
  if (length != 18) return fail(Code::kCnUsccLength, code, {{"actual", length}});
  std::size_t bad = detail::first_rejected(code, [](std::size_t, char c) { return detail::uscc_char_value(c) >= 0; });
  if (bad != 0) return fail(Code::kCnUsccCharset, code, {{"position", bad}});
  // Positions 3–8: 登记管理机关行政区划码, numeric per GB/T 2260.
  if (!detail::all_digits(std::string_view(code).substr(2, 6))) return fail(Code::kCnUsccRegion, code);
  // Position 18: the MOD 31 check character. Some early codes fail it, hence its own code.
  if (detail::uscc_check_char(std::string_view(code).substr(0, 17)) != code[17]) {
    return fail(Code::kCnUsccChecksum, code);
  }
  return options.strict ? check_strict(code) : detail::pass(code);
}

}  // namespace yushen::cn
