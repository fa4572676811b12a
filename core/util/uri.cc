// RFC 3986 URI reference parsing (§3, via the Appendix B split) and resolution (§5.2).
// Tested by tests/util/uri_test.cc.
#include "util/uri.h"

namespace yushen {
namespace {

// §5.2.4 remove_dot_segments.
std::string remove_dot_segments(std::string_view input) {
  std::string in(input);
  std::string out;
  while (!in.empty()) {
    if (in.rfind("../", 0) == 0) {
      in.erase(0, 3);
    } else if (in.rfind("./", 0) == 0) {
      in.erase(0, 2);
    } else if (in.rfind("/./", 0) == 0) {
      in = "/" + in.substr(3);  // (not replace(): g++ 12 -Wrestrict false positive)
    } else if (in == "/.") {
      in = "/";
    } else if (in.rfind("/../", 0) == 0 || in == "/..") {
      in = in.size() == 3 ? std::string("/") : in.substr(3);
      std::size_t last = out.rfind('/');
      out.erase(last == std::string::npos ? 0 : last);
    } else if (in == "." || in == "..") {
      in.clear();
    } else {
      std::size_t start = in[0] == '/' ? 1 : 0;
      std::size_t next = in.find('/', start);
      if (next == std::string::npos) next = in.size();
      out += in.substr(0, next);
      in.erase(0, next);
    }
  }
  return out;
}

// §5.2.3 merge.
std::string merge_paths(const UriParts& base, std::string_view ref_path) {
  if (base.has_authority && base.path.empty()) return "/" + std::string(ref_path);
  std::size_t last = base.path.rfind('/');
  if (last == std::string::npos) return std::string(ref_path);
  return base.path.substr(0, last + 1) + std::string(ref_path);
}

}  // namespace

UriParts parse_uri(std::string_view text) {
  UriParts parts;
  std::string_view rest = text;
  // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
  std::size_t colon = rest.find(':');
  if (colon != std::string_view::npos && colon > 0) {
    bool ok = (rest[0] >= 'a' && rest[0] <= 'z') || (rest[0] >= 'A' && rest[0] <= 'Z');
    for (std::size_t i = 1; ok && i < colon; ++i) {
      char c = rest[i];
      ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '-' || c == '.';
    }
    if (ok) {
      parts.scheme = std::string(rest.substr(0, colon));
      rest.remove_prefix(colon + 1);
    }
  }
  std::size_t hash = rest.find('#');
  if (hash != std::string_view::npos) {
    parts.has_fragment = true;
    parts.fragment = std::string(rest.substr(hash + 1));
    rest = rest.substr(0, hash);
  }
  std::size_t question = rest.find('?');
  if (question != std::string_view::npos) {
    parts.has_query = true;
    parts.query = std::string(rest.substr(question + 1));
    rest = rest.substr(0, question);
  }
  if (rest.rfind("//", 0) == 0) {
    parts.has_authority = true;
    rest.remove_prefix(2);
    std::size_t slash = rest.find('/');
    parts.authority = std::string(rest.substr(0, slash));
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
  }
  parts.path = std::string(rest);
  return parts;
}

std::string format_uri(const UriParts& parts) {
  std::string out;
  if (!parts.scheme.empty()) out += parts.scheme + ":";
  if (parts.has_authority) out += "//" + parts.authority;
  out += parts.path;
  if (parts.has_query) out += "?" + parts.query;
  if (parts.has_fragment) out += "#" + parts.fragment;
  return out;
}

std::string resolve_uri(std::string_view base_text, std::string_view reference) {
  UriParts ref = parse_uri(reference);
  UriParts base = parse_uri(base_text);
  UriParts target;
  if (!ref.scheme.empty()) {
    target = ref;
    target.path = remove_dot_segments(ref.path);
  } else {
    if (ref.has_authority) {
      target.has_authority = true;
      target.authority = ref.authority;
      target.path = remove_dot_segments(ref.path);
      target.has_query = ref.has_query;
      target.query = ref.query;
    } else {
      if (ref.path.empty()) {
        target.path = base.path;
        target.has_query = ref.has_query ? true : base.has_query;
        target.query = ref.has_query ? ref.query : base.query;
      } else {
        target.path = ref.path[0] == '/' ? remove_dot_segments(ref.path)
                                         : remove_dot_segments(merge_paths(base, ref.path));
        target.has_query = ref.has_query;
        target.query = ref.query;
      }
      target.has_authority = base.has_authority;
      target.authority = base.authority;
    }
    target.scheme = base.scheme;
  }
  target.has_fragment = ref.has_fragment;
  target.fragment = ref.fragment;
  return format_uri(target);
}

UriAndFragment split_fragment(std::string_view text) {
  UriAndFragment out;
  std::size_t hash = text.find('#');
  if (hash == std::string_view::npos) {
    out.uri = std::string(text);
    return out;
  }
  out.uri = std::string(text.substr(0, hash));
  out.fragment = std::string(text.substr(hash + 1));
  out.has_fragment = true;
  return out;
}

}  // namespace yushen
