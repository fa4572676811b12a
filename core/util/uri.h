// URI references (RFC 3986): parsing into parts, resolving a reference against a base
// (§5.2), and splitting off the fragment. Enough for JSON Schema $id/$ref resolution.
// Tested by tests/util/uri_test.cc.
#pragma once

#include <string>
#include <string_view>

namespace yushen {

struct UriParts {
  std::string scheme;     // without ':'
  bool has_authority = false;
  std::string authority;  // without '//'
  std::string path;
  bool has_query = false;
  std::string query;      // without '?'
  bool has_fragment = false;
  std::string fragment;   // without '#'
};

UriParts parse_uri(std::string_view text);
std::string format_uri(const UriParts& parts);

// Resolves `reference` against `base` (RFC 3986 §5.2.2, strict), removing dot segments.
std::string resolve_uri(std::string_view base, std::string_view reference);

// Splits "a#b" into "a" and "b" (fragment without '#'); has_fragment tells if '#' existed.
struct UriAndFragment {
  std::string uri;
  std::string fragment;
  bool has_fragment = false;
};
UriAndFragment split_fragment(std::string_view text);

}  // namespace yushen
