// Input clean-up shared by the core/cn checks: trimming, full-width folding, upper-casing.
// Tested by tests/cn/text_test.cc.
#include "cn/text.h"

#include "util/utf8.h"

namespace yushen::cn::detail {
namespace {

bool is_space(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == U'\v' ||
         cp == 0x00A0 || cp == 0x3000;
}

char32_t fold(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFF01 - 0x21;  // full-width ASCII forms
  if (cp == 0x3000 || cp == 0x00A0) cp = U' ';
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63) cp = U'-';
  if (cp >= U'a' && cp <= U'z') cp -= 0x20;
  return cp;
}

}  // namespace

std::string fold_input(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  std::size_t keep = 0;  // length of `out` up to its last non-space code point
  for (std::size_t i = 0; i < raw.size();) {
    char32_t cp = decode_utf8(raw, i);
    bool space = is_space(cp);
    if (space && out.empty()) continue;  // leading white space
    append_utf8(out, fold(cp));
    if (!space) keep = out.size();
  }
  out.resize(keep);  // trailing white space
  return out;
}

std::string remove_separators(std::string_view text, std::string_view separators) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (separators.find(c) == std::string_view::npos) out.push_back(c);
  }
  return out;
}

int digits_value(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

}  // namespace yushen::cn::detail
