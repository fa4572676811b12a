// The compact instance reader: one pass over UTF-8-checked text with an explicit stack
// (no recursion, so depth costs no native stack), children gathered on a reusable stack
// and moved into two contiguous arrays when their container closes. Failures are rare and
// are re-read with read_json, which gives the error kind and offset (one source of truth
// for error messages and positions).
// Tested by tests/doc/document_test.cc.
#include "doc/document.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "util/decimal.h"
#include "util/utf8.h"

namespace yushen::doc {

// Builds a Document from events; used by both the text reader and assign().
class Builder {
 public:
  explicit Builder(Document& d) : d_(d) {}

  bool open(bool object, std::size_t max_depth) {
    if (d_.open_.size() + 1 > max_depth) return false;
    d_.open_.push_back(Document::Frame{static_cast<std::uint32_t>(d_.stack_.size()), object, key_data_, key_size_});
    return true;
  }
  bool top_is_object() const { return d_.open_.back().object; }
  bool inside() const { return !d_.open_.empty(); }

  void key(const char* data, std::size_t size) {
    key_data_ = data;
    key_size_ = static_cast<std::uint32_t>(size);
  }

  void emit(const Value& value) {
    if (d_.open_.empty()) {
      d_.root_ = value;
      return;
    }
    d_.stack_.push_back(Member{key_data_, key_size_, value});
  }

  void close() {
    const Document::Frame top = d_.open_.back();
    d_.open_.pop_back();
    const std::size_t start = top.start;
    const bool object = top.object;
    const std::size_t n = d_.stack_.size() - start;
    Value container(object ? Kind::object : Kind::array);
    if (object) {
      const std::size_t first = d_.members_.size();
      d_.members_.insert(d_.members_.end(), d_.stack_.begin() + static_cast<std::ptrdiff_t>(start), d_.stack_.end());
      container.size_ = static_cast<std::uint32_t>(sort_unique(first, n));
      container.index_ = first;
    } else {
      const std::size_t first = d_.items_.size();
      for (std::size_t k = start; k < d_.stack_.size(); ++k) d_.items_.push_back(d_.stack_[k].value);
      container.size_ = static_cast<std::uint32_t>(n);
      container.index_ = first;
    }
    d_.stack_.resize(start);
    key_data_ = top.key_data;
    key_size_ = top.key_size;
    emit(container);
  }

 private:
  static bool key_less(const Member& a, const Member& b) { return compare_keys(a.key(), b.key()) < 0; }

  // Sorts members_[first, first+n) by key (stable) and keeps the last of equal keys, as
  // nlohmann's DOM builder does (later assignments overwrite). Returns the new count.
  std::size_t sort_unique(std::size_t first, std::size_t n) {
    Member* m = d_.members_.data() + first;
    // The insertion sort compares every pair that ends up adjacent when the later of the two
    // is placed, so it sees any duplicate key; without one the dedup pass is skipped.
    bool duplicates = false;
    if (n <= 32) {
      for (std::size_t i = 1; i < n; ++i) {
        int order = compare_keys(m[i].key(), m[i - 1].key());
        if (order >= 0) {
          duplicates |= order == 0;
          continue;
        }
        Member moving = m[i];
        std::size_t j = i;
        do {
          m[j] = m[j - 1];
          --j;
        } while (j > 0 && (order = compare_keys(moving.key(), m[j - 1].key())) < 0);
        duplicates |= j > 0 && order == 0;
        m[j] = moving;
      }
      if (!duplicates) return n;
    } else {
      std::stable_sort(m, m + n, key_less);
    }
    std::size_t out = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (i + 1 < n && compare_keys(m[i].key(), m[i + 1].key()) == 0) continue;  // a later one wins
      m[out++] = m[i];
    }
    d_.members_.resize(first + out);
    return out;
  }

  Document& d_;
  const char* key_data_ = nullptr;
  std::uint32_t key_size_ = 0;
};

namespace {

// Bytes inside a string: 0 plain ASCII, 1 ends a plain run ('"', '\\', control
// characters), 2 starts a multi-byte UTF-8 sequence to validate.
constexpr auto kStringClass = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = 1;
  t['"'] = 1;
  t['\\'] = 1;
  for (int c = 0x80; c < 0x100; ++c) t[c] = 2;
  return t;
}();

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Reader {
 public:
  Reader(std::string_view text, std::size_t max_depth, Builder& builder, std::string& decoded)
      : p_(text.data()), end_(text.data() + text.size()), text_size_(text.size()), max_depth_(max_depth),
        b_(builder), decoded_(decoded) {}

  // The grammar nlohmann accepts in strict mode (RFC 8259, an optional leading UTF-8 BOM).
  // Returns false on anything else; the caller asks read_json for the details.
  bool parse() {
    if (end_ - p_ >= 3 && static_cast<unsigned char>(p_[0]) == 0xEF && static_cast<unsigned char>(p_[1]) == 0xBB &&
        static_cast<unsigned char>(p_[2]) == 0xBF) {
      p_ += 3;
    }
    skip_ws();
    for (;;) {
      // A value is expected here.
      if (p_ == end_) return false;
      switch (*p_) {
        case '{':
          ++p_;
          if (!b_.open(true, max_depth_)) return false;
          skip_ws();
          if (p_ != end_ && *p_ == '}') {
            ++p_;
            b_.close();
            break;
          }
          if (!member_key()) return false;
          continue;
        case '[':
          ++p_;
          if (!b_.open(false, max_depth_)) return false;
          skip_ws();
          if (p_ != end_ && *p_ == ']') {
            ++p_;
            b_.close();
            break;
          }
          continue;
        case '"': {
          const char* data = nullptr;
          std::size_t size = 0;
          if (!string(data, size)) return false;
          b_.emit(Value::make_string(std::string_view(data, size)));
          break;
        }
        case 't':
          if (!literal("true", 4)) return false;
          b_.emit(Value::make_boolean(true));
          break;
        case 'f':
          if (!literal("false", 5)) return false;
          b_.emit(Value::make_boolean(false));
          break;
        case 'n':
          if (!literal("null", 4)) return false;
          b_.emit(Value::make_null());
          break;
        default:
          if (!number()) return false;
          break;
      }
      // After a value: a separator, a closing bracket, or the end of the text.
      for (;;) {
        skip_ws();
        if (!b_.inside()) {
          return p_ == end_;
        }
        if (p_ == end_) return false;
        const char c = *p_++;
        if (b_.top_is_object()) {
          if (c == '}') {
            b_.close();
            continue;
          }
          if (c != ',') return false;
          skip_ws();
          if (!member_key()) return false;
        } else {
          if (c == ']') {
            b_.close();
            continue;
          }
          if (c != ',') return false;
          skip_ws();
        }
        break;
      }
    }
  }

 private:
  void skip_ws() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  // `"key"` then `:`; leaves p_ at the member's value.
  bool member_key() {
    if (p_ == end_ || *p_ != '"') return false;
    const char* data = nullptr;
    std::size_t size = 0;
    if (!string(data, size)) return false;
    b_.key(data, size);
    skip_ws();
    if (p_ == end_ || *p_ != ':') return false;
    ++p_;
    skip_ws();
    return true;
  }

  // Skips plain ASCII string bytes eight at a time (SWAR: WASM has 64-bit integers but this
  // build no SIMD), stopping in the word holding the first '"', '\\', control or non-ASCII
  // byte; the byte loop in plain_run() takes it from there. In a word, the lowest flagged
  // byte is always a true hit (a borrow only runs upwards from one), so countr_zero finds it.
  void skip_plain_ascii_words() {
    if constexpr (std::endian::native == std::endian::little) {
      constexpr std::uint64_t ones = 0x0101010101010101u;
      constexpr std::uint64_t highs = 0x8080808080808080u;
      while (end_ - p_ >= 8) {
        std::uint64_t x;
        std::memcpy(&x, p_, 8);
        const std::uint64_t quote = x ^ (ones * '"');
        const std::uint64_t backslash = x ^ (ones * '\\');
        const std::uint64_t hits = (((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) |
                                    ((backslash - ones) & ~backslash) | x) & highs;
        if (hits) {
          p_ += std::countr_zero(hits) / 8;
          return;
        }
        p_ += 8;
      }
    }
  }

  // Advances over plain string bytes, validating each multi-byte sequence, up to '"',
  // '\\', a control character or the end. False on ill-formed UTF-8.
  bool plain_run() {
    for (;;) {
      skip_plain_ascii_words();
      while (p_ != end_ && kStringClass[static_cast<unsigned char>(*p_)] == 0) ++p_;
      if (p_ == end_ || kStringClass[static_cast<unsigned char>(*p_)] == 1) return true;
      // Runs of CJK: three-byte sequences led by E1-EC or EE-EF need no overlong or
      // surrogate check, only two continuation bytes (E0 and ED take the full check).
      while (end_ - p_ >= 3) {
        const auto b0 = static_cast<unsigned char>(p_[0]);
        if (b0 < 0xE1 || b0 == 0xED || b0 > 0xEF) break;
        if ((static_cast<unsigned char>(p_[1]) & 0xC0) != 0x80 || (static_cast<unsigned char>(p_[2]) & 0xC0) != 0x80) break;
        p_ += 3;
      }
      if (p_ == end_ || kStringClass[static_cast<unsigned char>(*p_)] != 2) continue;
      const std::size_t n = utf8_sequence_length(p_, end_);
      if (n == 0) return false;
      p_ += n;
    }
  }

  bool literal(const char* word, std::size_t n) {
    if (static_cast<std::size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return false;
    p_ += n;
    return true;
  }

  // p_ at the opening quote. Plain strings are slices of the text; a string with escapes
  // is decoded into decoded_, whose capacity covers the whole text, so earlier slices
  // stay valid (a decoded string is never longer than its source).
  bool string(const char*& data, std::size_t& size) {
    ++p_;
    const char* start = p_;
    if (!plain_run() || p_ == end_) return false;
    if (*p_ == '"') {
      data = start;
      size = static_cast<std::size_t>(p_ - start);
      ++p_;
      return true;
    }
    if (*p_ != '\\') return false;  // a raw control character
    if (decoded_.capacity() < text_size_) {
      if (!decoded_.empty()) return false;  // cannot happen: reserved before the first escape
      decoded_.reserve(text_size_);
    }
    const std::size_t first = decoded_.size();
    decoded_.append(start, p_);
    for (;;) {
      if (p_ == end_) return false;
      const char c = *p_;
      if (c == '"') {
        ++p_;
        break;
      }
      if (c != '\\') {
        if (static_cast<unsigned char>(c) < 0x20) return false;
        const char* run = p_;
        if (!plain_run()) return false;
        decoded_.append(run, p_);
        continue;
      }
      ++p_;
      if (p_ == end_) return false;
      switch (*p_++) {
        case '"': decoded_.push_back('"'); break;
        case '\\': decoded_.push_back('\\'); break;
        case '/': decoded_.push_back('/'); break;
        case 'b': decoded_.push_back('\b'); break;
        case 'f': decoded_.push_back('\f'); break;
        case 'n': decoded_.push_back('\n'); break;
        case 'r': decoded_.push_back('\r'); break;
        case 't': decoded_.push_back('\t'); break;
        case 'u': {
          int unit = hex4();
          if (unit < 0) return false;
          char32_t cp = static_cast<char32_t>(unit);
          if (unit >= 0xDC00 && unit <= 0xDFFF) return false;  // a lone low surrogate
          if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            int low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
          }
          append_utf8(decoded_, cp);
          break;
        }
        default: return false;
      }
    }
    data = decoded_.data() + first;
    size = decoded_.size() - first;
    return true;
  }

  int hex4() {
    if (end_ - p_ < 4) return -1;
    int v = 0;
    for (int k = 0; k < 4; ++k) {
      int h = hex_value(p_[k]);
      if (h < 0) return -1;
      v = v << 4 | h;
    }
    p_ += 4;
    return v;
  }

  // RFC 8259 §6. Integers that fit stay exact, like nlohmann's lexer: without a sign as
  // uint64, with one as int64; anything else (fraction, exponent, overflow) is a double
  // (util/decimal.h's exact fast path, else strtod), and a non-finite double is an error
  // (nlohmann's "number overflow").
  bool number() {
    const char* start = p_;
    const bool negative = *p_ == '-';
    if (negative) ++p_;
    if (p_ == end_) return false;
    if (*p_ == '0') {
      ++p_;
    } else if (*p_ >= '1' && *p_ <= '9') {
      while (p_ != end_ && is_digit(*p_)) ++p_;
    } else {
      return false;
    }
    const char* digits_end = p_;
    bool integral = true;
    if (p_ != end_ && *p_ == '.') {
      ++p_;
      if (p_ == end_ || !is_digit(*p_)) return false;
      while (p_ != end_ && is_digit(*p_)) ++p_;
      integral = false;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_ || !is_digit(*p_)) return false;
      while (p_ != end_ && is_digit(*p_)) ++p_;
      integral = false;
    }
    if (integral) {
      std::uint64_t magnitude = 0;
      bool overflow = false;
      for (const char* q = start + (negative ? 1 : 0); q != digits_end; ++q) {
        const std::uint64_t digit = static_cast<std::uint64_t>(*q - '0');
        if (magnitude > (UINT64_MAX - digit) / 10) {
          overflow = true;
          break;
        }
        magnitude = magnitude * 10 + digit;
      }
      if (!overflow && !negative) {
        b_.emit(Value::make_unsigned(magnitude));
        return true;
      }
      if (!overflow && magnitude <= (std::uint64_t{1} << 63)) {
        b_.emit(Value::make_integer(magnitude == (std::uint64_t{1} << 63) ? INT64_MIN
                                                                          : -static_cast<std::int64_t>(magnitude)));
        return true;
      }
    }
    const std::size_t length = static_cast<std::size_t>(p_ - start);
    if (std::optional<double> exact = fast_decimal(std::string_view(start, length))) {
      b_.emit(Value::make_floating(*exact));
      return true;
    }
    double d = 0;
    if (length < 64) {
      char buffer[64];
      std::memcpy(buffer, start, length);
      buffer[length] = '\0';
      d = std::strtod(buffer, nullptr);
    } else {
      std::string buffer(start, length);
      d = std::strtod(buffer.c_str(), nullptr);
    }
    if (!std::isfinite(d)) return false;
    b_.emit(Value::make_floating(d));
    return true;
  }

  const char* p_;
  const char* end_;
  std::size_t text_size_;
  std::size_t max_depth_;
  Builder& b_;
  std::string& decoded_;
};

void put(Builder& b, const nlohmann::json& j) {
  using T = nlohmann::json::value_t;
  switch (j.type()) {
    case T::object:
      b.open(true, SIZE_MAX);
      for (auto it = j.begin(); it != j.end(); ++it) {
        b.key(it.key().data(), it.key().size());
        put(b, it.value());
      }
      b.close();
      return;
    case T::array:
      b.open(false, SIZE_MAX);
      for (const nlohmann::json& item : j) put(b, item);
      b.close();
      return;
    case T::string: b.emit(Value::make_string(j.get_ref<const std::string&>())); return;
    case T::boolean: b.emit(Value::make_boolean(j.get<bool>())); return;
    case T::number_integer: b.emit(Value::make_integer(j.get<std::int64_t>())); return;
    case T::number_unsigned: b.emit(Value::make_unsigned(j.get<std::uint64_t>())); return;
    case T::number_float: b.emit(Value::make_floating(j.get<double>())); return;
    default: b.emit(Value::make_null()); return;  // null; binary and discarded never come from JSON text
  }
}

}  // namespace

void Document::clear() {
  root_ = Value();
  fell_back_ = false;
  items_.clear();
  members_.clear();
  stack_.clear();
  open_.clear();
  decoded_.clear();
}

// Children were placed by index while building (the arrays grow); now that they are
// final, turn the indices into pointers.
void Document::link() {
  auto fix = [this](Value& v) {
    if (v.kind_ == Kind::array) {
      v.items_ = items_.data() + v.index_;
    } else if (v.kind_ == Kind::object) {
      v.members_ = members_.data() + v.index_;
    }
  };
  for (Value& v : items_) fix(v);
  for (Member& m : members_) fix(m.value);
  fix(root_);
}

JsonRead Document::read(std::string_view text, const JsonLimits& limits) {
  clear();
  // UTF-8 is checked while reading: every byte outside a string must be ASCII grammar,
  // and every multi-byte sequence inside one is validated (one pass instead of two).
  if (text.size() <= limits.max_bytes) {
    Builder builder(*this);
    Reader reader(text, limits.max_depth, builder, decoded_);
    if (reader.parse()) {
      link();
      return {};
    }
  }
  // The rare path: let the reference reader name the problem.
  JsonRead reference = read_json(text, limits);
  if (reference.error == JsonReadError::none) {
    // Not expected (the grammars are the same); if it happens, trust the reference.
    fallback_ = std::move(reference.value);
    assign(fallback_);
    fell_back_ = true;
    return {};
  }
  clear();
  return reference;
}

void Document::assign(const nlohmann::json& value) {
  clear();
  Builder builder(*this);
  put(builder, value);
  link();
}

void Document::shrink_if_larger_than(std::size_t bytes) {
  std::size_t held = items_.capacity() * sizeof(Value) + (members_.capacity() + stack_.capacity()) * sizeof(Member) +
                     decoded_.capacity();
  if (held <= bytes) return;
  clear();
  items_.shrink_to_fit();
  members_.shrink_to_fit();
  stack_.shrink_to_fit();
  open_.shrink_to_fit();
  decoded_.shrink_to_fit();
  fallback_ = nullptr;
}

nlohmann::json to_json(const Value& value) {
  switch (value.kind()) {
    case Kind::null: return nullptr;
    case Kind::boolean: return value.boolean();
    case Kind::integer: return value.integer();
    case Kind::unsigned_integer: return value.unsigned_integer();
    case Kind::floating: return value.floating();
    case Kind::string: return std::string(value.string());
    case Kind::array: {
      nlohmann::json out = nlohmann::json::array();
      auto& items = out.get_ref<nlohmann::json::array_t&>();
      items.reserve(value.size());
      for (std::size_t i = 0; i < value.size(); ++i) items.push_back(to_json(value[i]));
      return out;
    }
    case Kind::object: {
      // Members are sorted and unique, in std::map's order: each goes at the end, no search.
      nlohmann::json out = nlohmann::json::object();
      auto& members = out.get_ref<nlohmann::json::object_t&>();
      for (const Member* m = value.begin_members(); m != value.end_members(); ++m) {
        members.emplace_hint(members.end(), std::string(m->key()), to_json(m->value));
      }
      return out;
    }
  }
  return nullptr;
}

JsonRead read_json_fast(std::string_view text, const JsonLimits& limits) {
  // One document per thread, reused: a fresh one allocated its buffers for every submission
  // and context a template check reads (5% of a check's allocations). It views `text` only
  // until to_json() has copied what it needs; a one-off large text does not pin its buffers.
  thread_local Document document;
  JsonRead read = document.read(text, limits);
  if (read.error == JsonReadError::none) read.value = to_json(document.root());
  document.shrink_if_larger_than(std::size_t{1} << 20);
  return read;
}

}  // namespace yushen::doc
