// Runs every tests/formats/vectors/<format>.json file: an array of {"value", "valid", "note"}
// rows checked against the registered format of that name.
#include <gtest/gtest.h>

#include "cn/cn.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "formats/registry.h"

namespace yushen::formats {
namespace {

const std::filesystem::path kVectors = YUSHEN_SOURCE_DIR "/tests/formats/vectors";

nlohmann::json load(const std::filesystem::path& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
}

TEST(FormatVectors, EveryVectorFilePasses) {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kVectors)) {
    if (entry.path().extension() != ".json") continue;
    ++files;
    std::string name = entry.path().stem().string();
    const FormatEntry* format = find_format(name);
    ASSERT_NE(format, nullptr) << "no format named " << name;
    nlohmann::json cases = load(entry.path());
    ASSERT_TRUE(cases.is_array() && !cases.empty()) << entry.path();
    int valid = 0, invalid = 0;
    for (const auto& row : cases) {
      ASSERT_TRUE(row.contains("value") && row["value"].is_string()) << name << ": " << row.dump();
      ASSERT_TRUE(row.contains("valid") && row["valid"].is_boolean()) << name << ": " << row.dump();
      ASSERT_TRUE(row.contains("note") && row["note"].is_string()) << name << ": " << row.dump();
      std::string value = row["value"];
      bool expected = row["valid"];
      FormatResult result = format->check(value, FormatContext{});
      EXPECT_EQ(result.ok, expected) << name << " " << nlohmann::json(value).dump() << " (" << row["note"].get<std::string>()
                                     << ")";
      if (!result.ok) {
        EXPECT_EQ(result.code, Code::kFormat) << name << " " << value;
      }
      ++(expected ? valid : invalid);
    }
    EXPECT_GT(valid, 0) << name << " has no valid case";
    EXPECT_GT(invalid, 0) << name << " has no invalid case";
  }
  EXPECT_GT(files, 0u);
}

TEST(FormatVectors, EveryStandardFormatHasVectors) {
  for (const FormatEntry& format : all_formats()) {
    if (cn::find_format(format.name)) continue;  // Chinese formats: vectors live in tests/cn/
    EXPECT_TRUE(std::filesystem::exists(kVectors / (std::string(format.name) + ".json"))) << format.name;
  }
}

}  // namespace
}  // namespace yushen::formats
