// Tests of the format table (core/cn/registry.cc): names, lookups, uniform behaviour.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "cn/cn.h"
#include "cn/vector_runner.h"

namespace yushen::cn {
namespace {

TEST(Registry, NamesAreUniqueAndFound) {
  std::set<std::string_view> names;
  for (const FormatEntry& entry : all_formats()) {
    EXPECT_TRUE(names.insert(entry.name).second) << entry.name;
    EXPECT_EQ(find_format(entry.name), entry.check) << entry.name;
  }
  EXPECT_EQ(names.size(), 12u);
  EXPECT_EQ(find_format("cn-resident-id"), &check_resident_id);
  EXPECT_EQ(find_format("bank-card"), &check_bank_card);
  EXPECT_EQ(find_format("cn-unknown"), nullptr);
  EXPECT_EQ(find_format(""), nullptr);
}

// Every check rejects junk with an error code of the cn section, and never crashes on
// empty, huge or ill-formed input.
TEST(Registry, EveryCheckRejectsJunk) {
  const std::string junk[] = {"", " ", "\xff\xfe", "??", std::string(10000, '9'), "１", "\xe3\x80\x80"};
  for (const FormatEntry& entry : all_formats()) {
    for (const std::string& value : junk) {
      CheckResult result = entry.check(value, {});
      EXPECT_FALSE(result.ok) << entry.name;
      ASSERT_TRUE(result.code.has_value()) << entry.name;
      EXPECT_TRUE(code_id(*result.code).starts_with("cn.")) << entry.name;
      EXPECT_TRUE(result.params.is_object()) << entry.name;
    }
  }
}

// The cn section of the code table: every row has a format keyword, a cn. id and a
// severity of error or warning, and its three messages are distinct and non-empty.
TEST(Registry, CodeRows) {
  int rows = 0;
  for (const CodeInfo& row : all_codes()) {
    if (!row.id.starts_with("cn.")) continue;
    ++rows;
    EXPECT_EQ(row.keyword, "format") << row.id;
    EXPECT_TRUE(row.severity == Severity::error || row.severity == Severity::warning) << row.id;
    for (std::string_view message : row.message) EXPECT_FALSE(message.empty()) << row.id;
    EXPECT_NE(row.message[0], row.message[2]) << row.id;
  }
  EXPECT_GE(rows, 50);
}

// Every cn.* code is produced by at least one case in tests/cn/vectors/ (the vector file
// of format "cn-foo-bar" is foo_bar.json, of "bank-card" bank_card.json).
TEST(Registry, EveryCodeHasAVector) {
  std::set<std::string> used;
  for (const FormatEntry& entry : all_formats()) {
    std::string file(entry.name.starts_with("cn-") ? entry.name.substr(3) : entry.name);
    for (char& c : file) c = c == '-' ? '_' : c;
    const nlohmann::json vectors = testing::load_vectors(file);
    for (const nlohmann::json& row : vectors["cases"]) {
      if (row["code"].is_string()) used.insert(row["code"].get<std::string>());
    }
  }
  for (const CodeInfo& row : all_codes()) {
    if (row.id.starts_with("cn.")) {
      EXPECT_TRUE(used.count(std::string(row.id))) << row.id;
    }
  }
}

}  // namespace
}  // namespace yushen::cn
