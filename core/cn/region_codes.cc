// Lookups in the generated division list, and the GB 11643 province prefixes.
// Tested by tests/cn/region_codes_test.cc.
#include "cn/region_codes.h"

#include <algorithm>

namespace yushen::cn::detail {

std::span<const std::uint32_t> listed_region_codes() { return {kRegionCodes, kRegionCodeCount}; }

bool is_listed_region_code(std::uint32_t code) {
  auto codes = listed_region_codes();
  return std::binary_search(codes.begin(), codes.end(), code);
}

bool is_known_province_prefix(int prefix) {
  auto in = [prefix](int lo, int hi) { return prefix >= lo && prefix <= hi; };
  return in(11, 15) || in(21, 23) || in(31, 37) || in(41, 46) || in(50, 54) || in(61, 65) ||
         prefix == 71 || in(81, 83);
}

}  // namespace yushen::cn::detail
