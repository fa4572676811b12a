// Canonical JSON written into a buffer; the same bytes as dump_json (json_write.h).
// Tested by tests/util/json_write_test.cc.
#include "util/json_write.h"

#include <array>
#include <charconv>

#include "util/json_scan.h"
#include "util/json_text.h"
#include "util/utf8.h"

namespace yushen {
namespace {

template <class Int>
void append_integer(std::string& out, Int value) {
  char digits[24];  // "-9223372036854775808" is 20 characters
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
  static_cast<void>(ec);  // cannot fail: the buffer holds every 64-bit integer
  out.append(digits, end);
}

// Bytes copied as they are: everything but the controls, '"' and '\'.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 256; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

// Where nlohmann puts U+FFFD for ill-formed input is subtle (it re-reads the byte that
// broke a sequence); rather than re-deriving it, nlohmann writes those rare strings,
// replacing whatever was written from `start`.
void append_ill_formed(std::string& out, std::size_t start, std::string_view text) {
  out.resize(start);
  out += dump_json(nlohmann::json(std::string(text)));
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  out += '"';
  const char* p = text.data();
  const char* const end = p + text.size();
  const char* run = p;  // start of the bytes not yet copied
  // The same scan as the reader's (util/json_scan.h): plain ASCII eight bytes at a time, CJK
  // runs three at a time, every other multi-byte sequence checked here, in the one pass (a
  // byte-by-byte loop was 8% of writing an invalid instance's result in WASM).
  while (p != end) {
    p = skip_plain_ascii_words(p, end);
    if (p == end) break;
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 0x80) {
      const char* after = skip_common_three_byte_runs(p, end);
      if (after != p) {
        p = after;
        continue;
      }
      const std::size_t n = utf8_sequence_length(p, end);
      if (n == 0) return append_ill_formed(out, start, text);
      p += n;
      continue;
    }
    if (kPlain[c]) {
      ++p;
      continue;
    }
    out.append(run, static_cast<std::size_t>(p - run));
    run = ++p;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(escape, sizeof escape);
      }
    }
  }
  out.append(run, static_cast<std::size_t>(end - run));
  out += '"';
}

void append_json(std::string& out, const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: out += "null"; return;
    case nlohmann::json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case nlohmann::json::value_t::string: append_json_string(out, value.get_ref<const std::string&>()); return;
    case nlohmann::json::value_t::number_integer: append_integer(out, value.get<std::int64_t>()); return;
    case nlohmann::json::value_t::number_unsigned: append_integer(out, value.get<std::uint64_t>()); return;
    case nlohmann::json::value_t::object: {
      out.push_back('{');
      bool first = true;
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first) out.push_back(',');
        first = false;
        append_json_string(out, it.key());
        out.push_back(':');
        append_json(out, it.value());
      }
      out.push_back('}');
      return;
    }
    case nlohmann::json::value_t::array: {
      out.push_back('[');
      bool first = true;
      for (const nlohmann::json& item : value) {
        if (!first) out.push_back(',');
        first = false;
        append_json(out, item);
      }
      out.push_back(']');
      return;
    }
    default:
      // Floating point (nlohmann's shortest round-trip digits, "null" for non-finite),
      // binary and discarded values: the one formatter there is.
      out += dump_json(value);
      return;
  }
}

}  // namespace yushen
