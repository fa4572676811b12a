// JSON Pointer escaping and splitting per RFC 6901; URI fragment percent-decoding per RFC 3986.
// Tested by tests/util/json_pointer_test.cc.
#include "util/json_pointer.h"

namespace yushen {

void append_pointer_token(std::string& pointer, std::string_view token) {
  // Runs between escapes are appended whole: every error's instancePath is built here, and
  // a character at a time was a call per byte in WASM (libc++ keeps push_back out of line).
  pointer += '/';
  std::size_t run = 0;
  for (std::size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    if (c != '~' && c != '/') continue;
    pointer.append(token.data() + run, i - run);
    pointer.append(c == '~' ? "~0" : "~1", 2);
    run = i + 1;
  }
  pointer.append(token.data() + run, token.size() - run);
}

void append_pointer_index(std::string& pointer, std::size_t index) {
  pointer += '/';
  pointer += std::to_string(index);
}

bool is_index_token(std::string_view token) {
  if (token.empty() || token.size() > 9) return false;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::optional<std::vector<std::string>> split_pointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  if (pointer[0] != '/') return std::nullopt;
  std::string token;
  for (std::size_t i = 1; i <= pointer.size(); ++i) {
    if (i == pointer.size() || pointer[i] == '/') {
      tokens.push_back(std::move(token));
      token.clear();
      continue;
    }
    char c = pointer[i];
    if (c == '~') {
      if (i + 1 >= pointer.size()) return std::nullopt;
      char e = pointer[++i];
      if (e == '0') {
        token += '~';
      } else if (e == '1') {
        token += '/';
      } else {
        return std::nullopt;
      }
    } else {
      token += c;
    }
  }
  return tokens;
}

std::optional<std::string> percent_decode(std::string_view text) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    int hi = hex(text[i + 1]);
    int lo = hex(text[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

}  // namespace yushen
