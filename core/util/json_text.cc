// JSON reading with limits (a SAX wrapper over nlohmann's DOM builder) and canonical dumps.
// Tested by tests/util/json_text_test.cc.
#include "util/json_text.h"

#include <cstring>

#include "util/utf8.h"

namespace yushen {
namespace {

using Json = nlohmann::json;
using DomBuilder = nlohmann::detail::json_sax_dom_parser<Json>;

// Forwards every event to nlohmann's DOM builder, counting depth and remembering where a
// syntax error happened (the non-throwing parse() reports only that one happened).
class LimitedDomBuilder {
 public:
  LimitedDomBuilder(Json& out, std::size_t max_depth) : dom_(out, false), max_depth_(max_depth) {}

  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(Json::number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(Json::number_float_t v, const Json::string_t& s) { return dom_.number_float(v, s); }
  bool string(Json::string_t& v) { return dom_.string(v); }
  bool binary(Json::binary_t& v) { return dom_.binary(v); }
  bool start_object(std::size_t n) { return enter() && dom_.start_object(n); }
  bool key(Json::string_t& v) { return dom_.key(v); }
  bool end_object() { --depth_; return dom_.end_object(); }
  bool start_array(std::size_t n) { return enter() && dom_.start_array(n); }
  bool end_array() { --depth_; return dom_.end_array(); }

  template <class Exception>
  bool parse_error(std::size_t position, const std::string&, const Exception&) {
    syntax_error_ = true;
    error_position_ = position;
    return false;
  }

  bool too_deep() const { return too_deep_; }
  bool syntax_error() const { return syntax_error_; }
  std::size_t error_position() const { return error_position_; }

 private:
  bool enter() {
    if (++depth_ > max_depth_) {
      too_deep_ = true;
      return false;
    }
    return true;
  }

  DomBuilder dom_;
  std::size_t max_depth_;
  std::size_t depth_ = 0;
  bool too_deep_ = false;
  bool syntax_error_ = false;
  std::size_t error_position_ = 0;
};

}  // namespace

JsonRead read_json(std::string_view text, const JsonLimits& limits) {
  JsonRead out;
  if (text.size() > limits.max_bytes) {
    out.error = JsonReadError::too_large;
    return out;
  }
  std::size_t bad = 0;
  if (!is_valid_utf8(text, &bad)) {
    out.error = JsonReadError::invalid_utf8;
    out.offset = bad;
    return out;
  }
  Json value;
  LimitedDomBuilder builder(value, limits.max_depth);
  bool ok = Json::sax_parse(text.begin(), text.end(), &builder, nlohmann::detail::input_format_t::json,
                            /*strict=*/true, /*ignore_comments=*/false);
  if (builder.too_deep()) {
    out.error = JsonReadError::too_deep;
    return out;
  }
  if (!ok || builder.syntax_error()) {
    out.error = JsonReadError::syntax;
    // nlohmann counts positions from 1 past the offending character.
    out.offset = builder.error_position() > 0 ? builder.error_position() - 1 : 0;
    return out;
  }
  // nlohmann's lexer takes a NUL byte for the end of the input, so "0\0anything" parsed as
  // 0. JSON has no raw NUL anywhere (inside strings it must be escaped), so a NUL left
  // after a complete value is the syntax error it looks like, not a place to stop reading.
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    out.error = JsonReadError::syntax;
    out.offset = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
    return out;
  }
  out.value = std::move(value);
  return out;
}

std::string dump_json(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace yushen
