// The format registry: lookup by name, unknown names, and the sorted table.
#include "formats/registry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace yushen::formats {
namespace {

TEST(Registry, FindsEveryStandardFormat) {
  for (std::string_view name : {"date", "time", "date-time", "duration", "email", "idn-email", "hostname",
                                "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference",
                                "uuid", "json-pointer", "relative-json-pointer"}) {
    const FormatEntry* entry = find_format(name);
    ASSERT_NE(entry, nullptr) << name;
    EXPECT_EQ(entry->name, name);
    EXPECT_NE(entry->check, nullptr);
  }
}

TEST(Registry, UnknownFormatsAreNull) {
  for (std::string_view name : {"", "Date", "date ", "Regex", "uri-template", "int64", "zzz", "a"}) {
    EXPECT_EQ(find_format(name), nullptr) << name;
  }
}

TEST(Registry, AllFormatsSortedAndUnique) {
  auto all = all_formats();
  ASSERT_GE(all.size(), 17u);
  for (std::size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].name, all[i].name);
  for (const FormatEntry& e : all) EXPECT_EQ(find_format(e.name), &e);
}

TEST(Registry, ResultCarriesCodeAndNoParams) {
  const FormatEntry* date = find_format("date");
  ASSERT_NE(date, nullptr);
  FormatResult bad = date->check("2023-02-29", FormatContext{});
  EXPECT_FALSE(bad.ok);
  EXPECT_FALSE(bad.warning);
  EXPECT_EQ(bad.code, Code::kFormat);
  EXPECT_TRUE(bad.params.empty());  // null: no extra params (format.h)
  FormatResult good = date->check("2024-02-29", FormatContext{});
  EXPECT_TRUE(good.ok);
}

}  // namespace
}  // namespace yushen::formats
