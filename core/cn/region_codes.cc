// Lookups in the generated division list, and the GB 11643 province prefixes.
// Tested by tests/cn/region_codes_test.cc.
#include "cn/region_codes.h"


namespace yushen::cn::detail {

namespace {

// Calls `visit(code)` for each code of province `index` in ascending order, until it
// returns false.
template <class Visit>
void for_each_code(std::size_t index, Visit visit) {
  const RegionProvince& province = kRegionProvinces[index];
  const std::size_t end = index + 1 < kRegionProvinceCount ? kRegionProvinces[index + 1].offset : kRegionCodeDeltaBytes;
  std::uint32_t code = province.prefix * 10000u;
  std::size_t at = province.offset;
  while (at < end) {
    std::uint32_t delta = 0;
    for (int shift = 0; at < end; shift += 7) {
      const std::uint8_t byte = kRegionCodeDeltas[at++];
      delta |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
      if (!(byte & 0x80)) break;
    }
    code += delta;
    if (!visit(code)) return;
  }
}

}  // namespace

std::vector<std::uint32_t> listed_region_codes() {
  std::vector<std::uint32_t> codes;
  codes.reserve(kRegionCodeCount);
  for (std::size_t i = 0; i < kRegionProvinceCount; ++i) {
    for_each_code(i, [&codes](std::uint32_t code) {
      codes.push_back(code);
      return true;
    });
  }
  return codes;
}

bool is_listed_region_code(std::uint32_t code) {
  const std::uint32_t prefix = code / 10000;
  for (std::size_t i = 0; i < kRegionProvinceCount; ++i) {
    if (kRegionProvinces[i].prefix != prefix) continue;
    bool found = false;
    for_each_code(i, [code, &found](std::uint32_t listed) {
      found = listed == code;
      return listed < code;
    });
    return found;
  }
  return false;
}

bool is_known_province_prefix(int prefix) {
  auto in = [prefix](int lo, int hi) { return prefix >= lo && prefix <= hi; };
  return in(11, 15) || in(21, 23) || in(31, 37) || in(41, 46) || in(50, 54) || in(61, 65) ||
         prefix == 71 || in(81, 83);
}

}  // namespace yushen::cn::detail
