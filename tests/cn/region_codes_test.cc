// Tests of the generated division list and the province prefixes (core/cn/region_codes.cc,
// core/cn/region_codes_data.cc from scripts/gen_region_codes.mjs).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cn/region_codes.h"

namespace yushen::cn::detail {
namespace {

TEST(RegionCodes, SortedUniqueSixDigit) {
  auto codes = listed_region_codes();
  ASSERT_GT(codes.size(), 3000u);
  EXPECT_TRUE(std::is_sorted(codes.begin(), codes.end()));
  EXPECT_EQ(std::adjacent_find(codes.begin(), codes.end()), codes.end());
  for (std::uint32_t code : codes) {
    EXPECT_GE(code, 110000u);
    EXPECT_LE(code, 829999u);
    EXPECT_TRUE(is_known_province_prefix(static_cast<int>(code / 10000))) << code;
  }
}

// Every county-level code's province is listed too.
TEST(RegionCodes, ParentsListed) {
  for (std::uint32_t code : listed_region_codes()) {
    EXPECT_TRUE(is_listed_region_code(code / 10000 * 10000)) << code;
  }
}

TEST(RegionCodes, Lookups) {
  EXPECT_TRUE(is_listed_region_code(110000));
  EXPECT_TRUE(is_listed_region_code(110101));
  EXPECT_TRUE(is_listed_region_code(650000));
  EXPECT_TRUE(is_listed_region_code(810000));
  EXPECT_FALSE(is_listed_region_code(110103));  // 崇文区, merged into 东城区 in 2010
  EXPECT_FALSE(is_listed_region_code(0));
  EXPECT_FALSE(is_listed_region_code(999999));
}

TEST(RegionCodes, DecodesToTheGeneratedCount) {
  EXPECT_EQ(listed_region_codes().size(), kRegionCodeCount);
  EXPECT_EQ(kRegionProvinces[0].offset, 0u);
  for (std::size_t i = 1; i < kRegionProvinceCount; ++i) {
    EXPECT_LT(kRegionProvinces[i - 1].prefix, kRegionProvinces[i].prefix);
    EXPECT_LT(kRegionProvinces[i - 1].offset, kRegionProvinces[i].offset);
  }
}

// The lookup (which decodes one province) agrees with the decoded list for every six-digit
// number from 000000 to 999999.
TEST(RegionCodes, LookupAgreesWithTheListEverywhere) {
  const std::vector<std::uint32_t> codes = listed_region_codes();
  std::size_t found = 0;
  for (std::uint32_t code = 0; code <= 999999; ++code) {
    const bool listed = std::binary_search(codes.begin(), codes.end(), code);
    ASSERT_EQ(is_listed_region_code(code), listed) << code;
    found += listed;
  }
  EXPECT_EQ(found, codes.size());
}

// The same divisions as the picker's tree (forms/regions/cn-regions.json), which the
// generator writes from the same source by another path.
TEST(RegionCodes, SameAsThePickerTree) {
  std::ifstream file(YUSHEN_SOURCE_DIR "/forms/regions/cn-regions.json");
  std::stringstream text;
  text << file.rdbuf();
  const nlohmann::json tree = nlohmann::json::parse(text.str(), nullptr, false);
  ASSERT_TRUE(tree.is_object());
  std::vector<std::uint32_t> in_tree;
  auto walk = [&in_tree](const nlohmann::json& nodes, auto& self) -> void {
    for (const auto& node : nodes) {
      in_tree.push_back(static_cast<std::uint32_t>(std::stoul(node[0].get<std::string>())));
      if (node.size() > 2) self(node[2], self);
    }
  };
  walk(tree["regions"], walk);
  std::sort(in_tree.begin(), in_tree.end());
  EXPECT_EQ(in_tree, listed_region_codes());
}

TEST(RegionCodes, ProvincePrefixes) {
  for (int p : {11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65, 71, 81, 82, 83}) {
    EXPECT_TRUE(is_known_province_prefix(p)) << p;
  }
  for (int p : {0, 10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 84, 90, 99}) {
    EXPECT_FALSE(is_known_province_prefix(p)) << p;
  }
}

}  // namespace
}  // namespace yushen::cn::detail
