// The instance document the evaluator runs on: a compact, read-only JSON tree built
// straight from JSON text (no nlohmann DOM on the validation hot path), or converted from
// an nlohmann::json value for callers that already hold one (the template checker).
//   doc::Document document;
//   JsonRead error = document.read(text, limits);   // same codes and offsets as read_json
//   if (error.error == JsonReadError::none) use(document.root());
// Strings without escapes are slices of the input text, so the text (or the converted
// nlohmann value) must outlive every use of the document. Object members are sorted by
// key bytes with duplicates resolved last-wins, exactly like nlohmann's std::map, so
// iteration order (and so error order) is the same as before.
// Numbers keep nlohmann's three kinds: unsigned and signed 64-bit integers where they fit,
// IEEE doubles otherwise, so integer/float semantics do not change.
// Tested by tests/doc/document_test.cc.
#pragma once

#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "util/json_text.h"

namespace yushen::doc {

enum class Kind : std::uint8_t { null, boolean, integer, unsigned_integer, floating, string, array, object };

struct Member;

// One JSON value, 16 bytes. Containers point at their children inside the Document.
class Value {
 public:
  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::null; }
  bool is_boolean() const { return kind_ == Kind::boolean; }
  bool is_number() const { return kind_ == Kind::integer || kind_ == Kind::unsigned_integer || kind_ == Kind::floating; }
  bool is_string() const { return kind_ == Kind::string; }
  bool is_array() const { return kind_ == Kind::array; }
  bool is_object() const { return kind_ == Kind::object; }

  bool boolean() const { return flag_; }
  std::int64_t integer() const { return i_; }
  std::uint64_t unsigned_integer() const { return u_; }
  double floating() const { return d_; }
  // The number as a double, whatever its kind (nlohmann's get<double>()).
  double number() const {
    return kind_ == Kind::floating ? d_ : kind_ == Kind::integer ? static_cast<double>(i_) : static_cast<double>(u_);
  }
  std::string_view string() const { return {s_, size_}; }

  // Arrays and objects: the number of items or members.
  std::size_t size() const { return size_; }
  const Value* items() const { return items_; }
  const Value& operator[](std::size_t i) const { return items_[i]; }
  const Member* members() const { return members_; }
  const Member* begin_members() const { return members_; }
  const Member* end_members() const;
  // The member named `name` (binary search over the sorted members), or nullptr.
  const Member* find(std::string_view name) const;
  bool contains(std::string_view name) const { return find(name) != nullptr; }

  static Value make_null() { return Value(Kind::null); }
  static Value make_boolean(bool b) {
    Value v(Kind::boolean);
    v.flag_ = b;
    return v;
  }
  static Value make_integer(std::int64_t i) {
    Value v(Kind::integer);
    v.i_ = i;
    return v;
  }
  static Value make_unsigned(std::uint64_t u) {
    Value v(Kind::unsigned_integer);
    v.u_ = u;
    return v;
  }
  static Value make_floating(double d) {
    Value v(Kind::floating);
    v.d_ = d;
    return v;
  }
  // A string value viewing `text`, which must outlive the value.
  static Value make_string(std::string_view text) {
    Value v(Kind::string);
    v.s_ = text.data();
    v.size_ = static_cast<std::uint32_t>(text.size());
    return v;
  }

  Value() = default;

 private:
  friend class Document;
  friend class Builder;
  explicit Value(Kind kind) : kind_(kind) {}

  Kind kind_ = Kind::null;
  bool flag_ = false;
  std::uint32_t size_ = 0;
  union {
    std::int64_t i_ = 0;
    std::uint64_t u_;
    double d_;
    const char* s_;
    const Value* items_;
    const Member* members_;
    std::uint64_t index_;  // child position while the document is being built
  };
};

struct Member {
  const char* key_data;
  std::uint32_t key_size;
  Value value;
  std::string_view key() const { return {key_data, key_size}; }
};

// Byte order of keys, as std::string's operator< (unsigned char comparison). An inline
// loop: form keys are short and differ early, where a memcmp call cost more than the
// comparison (it was 15% of evaluation time).
inline int compare_keys(std::string_view a, std::string_view b) {
  const std::size_t n = a.size() < b.size() ? a.size() : b.size();
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char x = static_cast<unsigned char>(a[i]);
    const unsigned char y = static_cast<unsigned char>(b[i]);
    if (x != y) return x < y ? -1 : 1;
  }
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

inline const Member* Value::end_members() const { return members_ + size_; }

inline const Member* Value::find(std::string_view name) const {
  std::size_t lo = 0, hi = size_;
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    int c = compare_keys(members_[mid].key(), name);
    if (c == 0) return &members_[mid];
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return nullptr;
}

// Owns the storage of one document. Reusable: reading again keeps the buffers' capacity,
// so a steady stream of instances allocates nothing once the buffers have grown.
class Document {
 public:
  Document() = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  // Reads JSON text with the same acceptance, limits, error kinds and offsets as
  // read_json (util/json_text.h): size, then UTF-8, then syntax and depth. On any
  // failure the error is taken from read_json itself, so messages never diverge.
  JsonRead read(std::string_view text, const JsonLimits& limits = {});

  // Mirrors an nlohmann value (strings and keys view into it; it must outlive the
  // document).
  void assign(const nlohmann::json& value);

  const Value& root() const { return root_; }

  // True if the last read() succeeded only through read_json (a grammar difference;
  // tests assert it never happens).
  bool fell_back() const { return fell_back_; }

  // Releases buffers grown past `bytes` (a one-off huge document should not pin memory).
  void shrink_if_larger_than(std::size_t bytes);

 private:
  friend class Builder;
  void clear();
  void link();

  Value root_;
  std::vector<Value> items_;      // array children, contiguous per array
  std::vector<Member> members_;   // object members, contiguous and sorted per object
  std::vector<Member> stack_;     // open containers' children while reading
  struct Frame {
    std::uint32_t start;  // where the container's children begin in stack_
    bool object;
    const char* key_data;  // the container's own member name, restored when it closes
    std::uint32_t key_size;
  };
  std::vector<Frame> open_;       // the open containers, innermost last
  std::string decoded_;           // unescaped strings (reserved to the text size: stable)
  nlohmann::json fallback_;       // only if read_json accepted what the reader did not
  bool fell_back_ = false;
};

// The value as an nlohmann::json (for equality with plan constants on containers, for
// read_json_fast, and for tests).
nlohmann::json to_json(const Value& value);

// read_json (util/json_text.h) through the document reader: the same value, or the same
// error kind and offset (taken from read_json itself), several times faster on templates
// and submissions. For callers above core/doc that need an nlohmann value.
JsonRead read_json_fast(std::string_view text, const JsonLimits& limits = {});

}  // namespace yushen::doc
