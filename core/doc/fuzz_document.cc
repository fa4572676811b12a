// libFuzzer target for the instance reader: any bytes through doc::Document::read,
// doc::read_json_fast and read_json. Property: no crash, leak or UB (ASan + UBSan); all give
// the same error kind and offset; on success the reader never fell back, its tree written
// back through nlohmann is byte-identical to read_json's, and read_json_fast's value equals
// read_json's with the same number kinds at the root. Limits are lowered (depth 16) so the depth
// path is reached. Built by `npm run fuzz` (cmake -DYUSHEN_FUZZ=ON with clang 14).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "doc/document.h"
#include "util/json_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  yushen::JsonLimits limits;
  limits.max_depth = 16;
  limits.max_bytes = 4096;
  yushen::JsonRead reference = yushen::read_json(text, limits);
  static yushen::doc::Document document;  // reused, as the validator does
  yushen::JsonRead read = document.read(text, limits);
  yushen::JsonRead fast = yushen::doc::read_json_fast(text, limits);
  if (read.error != reference.error || fast.error != reference.error) std::abort();
  if (reference.error != yushen::JsonReadError::none) {
    if (read.offset != reference.offset || fast.offset != reference.offset) std::abort();
    return 0;
  }
  if (document.fell_back()) std::abort();
  const std::string expected = yushen::dump_json(reference.value);
  if (yushen::dump_json(yushen::doc::to_json(document.root())) != expected) std::abort();
  if (fast.value != reference.value || fast.value.type() != reference.value.type() || yushen::dump_json(fast.value) != expected) {
    std::abort();
  }
  return 0;
}
