// Tests for the code table: ids unique and well-formed, every row has three messages whose
// placeholders are declared parameters, enum order matches rows, lookups round-trip.
#include "report/codes.h"
#include "report/message.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace yushen {
namespace {

std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> names;
  std::size_t i = 0;
  while ((i = text.find('{', i)) != std::string_view::npos) {
    std::size_t close = text.find('}', i);
    if (close == std::string_view::npos) break;
    names.insert(std::string(placeholder_name(text.substr(i + 1, close - i - 1))));
    i = close + 1;
  }
  return names;
}

std::set<std::string> declared(std::string_view params) {
  std::set<std::string> names;
  std::size_t start = 0;
  while (start < params.size()) {
    std::size_t comma = params.find(',', start);
    if (comma == std::string_view::npos) comma = params.size();
    names.insert(std::string(params.substr(start, comma - start)));
    start = comma + 1;
  }
  return names;
}

TEST(Codes, IdsAreUniqueAndDotted) {
  std::set<std::string_view> seen;
  for (const CodeInfo& row : all_codes()) {
    EXPECT_TRUE(seen.insert(row.id).second) << "duplicate id " << row.id;
    EXPECT_NE(row.id.find('.'), std::string_view::npos) << row.id;
    for (char c : row.id) EXPECT_TRUE(c == '.' || c == '_' || c == '-' || std::isalnum(static_cast<unsigned char>(c))) << row.id;
  }
}

TEST(Codes, EveryRowHasThreeMessagesUsingDeclaredParams) {
  for (const CodeInfo& row : all_codes()) {
    std::set<std::string> params = declared(row.params);
    for (std::string_view message : row.message) {
      EXPECT_FALSE(message.empty()) << row.id;
      for (const std::string& name : placeholders(message)) {
        EXPECT_TRUE(params.count(name)) << row.id << " uses undeclared {" << name << "}";
      }
    }
    EXPECT_NE(row.message[0], row.message[2]) << row.id << ": en must be translated";
  }
}

TEST(Codes, EnumOrderMatchesTableAndLookupsRoundTrip) {
  std::size_t index = 0;
  for (const CodeInfo& row : all_codes()) {
    EXPECT_EQ(static_cast<std::size_t>(row.code), index++);
    EXPECT_EQ(&code_info(row.code), &row);
    EXPECT_EQ(find_code(row.id), row.code);
  }
  EXPECT_FALSE(find_code("no.such.code"));
}

TEST(Codes, Locales) {
  EXPECT_EQ(parse_locale("zh-CN"), Locale::zh_CN);
  EXPECT_EQ(parse_locale("zh-TW"), Locale::zh_TW);
  EXPECT_EQ(parse_locale("en"), Locale::en);
  EXPECT_FALSE(parse_locale("fr"));
  EXPECT_EQ(locale_tag(Locale::zh_TW), "zh-TW");
}

}  // namespace
}  // namespace yushen
