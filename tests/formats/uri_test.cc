// uri, uri-reference, iri and iri-reference beyond the vectors: the flavour inclusions on the
// vector values of all four files, and large inputs.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "formats/registry.h"

namespace yushen::formats {
namespace {

bool check(std::string_view format, std::string_view value) { return find_format(format)->check(value, {}).ok; }

TEST(Uri, FlavoursNest) {
  for (const char* file : {"uri", "uri-reference", "iri", "iri-reference"}) {
    std::ifstream in(std::string(YUSHEN_SOURCE_DIR "/tests/formats/vectors/") + file + ".json");
    nlohmann::json rows = nlohmann::json::parse(in, nullptr, false);
    ASSERT_TRUE(rows.is_array()) << file;
    for (const auto& row : rows) {
      std::string v = row["value"];
      if (check("uri", v)) {
        EXPECT_TRUE(check("iri", v) && check("uri-reference", v)) << v;
      }
      if (check("uri-reference", v) || check("iri", v)) {
        EXPECT_TRUE(check("iri-reference", v)) << v;
      }
    }
  }
}

TEST(Uri, LargeInputs) {
  std::string path(1 << 20, 'a');
  EXPECT_TRUE(check("uri", "http://example.com/" + path));
  EXPECT_FALSE(check("uri", "http://example.com/" + path + " "));
  EXPECT_TRUE(check("iri-reference", std::string(1 << 20, '/')));
}

}  // namespace
}  // namespace yushen::formats
