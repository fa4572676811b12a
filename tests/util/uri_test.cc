// Tests for core/util/uri: RFC 3986 §5.4 reference resolution examples.
#include "util/uri.h"

#include <gtest/gtest.h>

namespace yushen {
namespace {

TEST(Uri, Rfc3986NormalExamples) {
  const std::string base = "http://a/b/c/d;p?q";
  const std::pair<const char*, const char*> rows[] = {
      {"g:h", "g:h"},           {"g", "http://a/b/c/g"},       {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"}, {"/g", "http://a/g"},          {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"}, {"g?y", "http://a/b/c/g?y"}, {"#s", "http://a/b/c/d;p?q#s"},
      {"g#s", "http://a/b/c/g#s"}, {"", "http://a/b/c/d;p?q"},  {".", "http://a/b/c/"},
      {"..", "http://a/b/"},     {"../g", "http://a/b/g"},      {"../..", "http://a/"},
      {"../../g", "http://a/g"}, {"../../../g", "http://a/g"},  {"/./g", "http://a/g"},
  };
  for (const auto& [ref, expected] : rows) EXPECT_EQ(resolve_uri(base, ref), expected) << ref;
}

TEST(Uri, UrnBasesAndFragments) {
  EXPECT_EQ(resolve_uri("urn:uuid:deadbeef-1234", "#foo"), "urn:uuid:deadbeef-1234#foo");
  UriAndFragment split = split_fragment("http://x/y.json#/a/b");
  EXPECT_EQ(split.uri, "http://x/y.json");
  EXPECT_EQ(split.fragment, "/a/b");
  EXPECT_TRUE(split.has_fragment);
}

}  // namespace
}  // namespace yushen
