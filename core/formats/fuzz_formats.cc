// libFuzzer target for every registered format check: no crash, hang, leak or UB (ASan +
// UBSan), plus the inclusions that hold by construction and the Punycode round trip.
// Entry point: LLVMFuzzerTestOneInput. Seeds: the "value" strings of tests/formats/vectors/.
// Not built by CMake yet (modules.cmake skips fuzz_*.cc); the build line is below.

// Oracles: uri ⊂ iri, uri ⊂ uri-reference ⊂ iri-reference, hostname ⊂ idn-hostname,
// email ⊂ idn-email, ipv4 ⊂ hostname, a date-time starts with a date. Inputs that are not
// UTF-8 are skipped: values are validated upstream. Build and run (clang 14):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Icore -I<dir of nlohmann/>
//     -o fuzz_formats core/formats/fuzz_formats.cc $(ls core/formats/*.cc | grep -v fuzz_) core/util/utf8.cc
//   ./fuzz_formats -max_len=512 -max_total_time=300 corpus/
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "formats/punycode.h"
#include "formats/registry.h"
#include "util/utf8.h"

namespace {

bool ok(std::string_view format, std::string_view value) {
  const auto* entry = yushen::formats::find_format(format);
  if (entry == nullptr) std::abort();
  return entry->check(value, yushen::formats::FormatContext{}).ok;
}

void implies(bool a, bool b) {
  if (a && !b) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view value(reinterpret_cast<const char*>(data), size);
  if (!yushen::is_valid_utf8(value)) return 0;
  for (const auto& entry : yushen::formats::all_formats()) entry.check(value, yushen::formats::FormatContext{});
  implies(ok("uri", value), ok("iri", value) && ok("uri-reference", value));
  implies(ok("uri-reference", value), ok("iri-reference", value));
  implies(ok("iri", value), ok("iri-reference", value));
  implies(ok("hostname", value), ok("idn-hostname", value));
  implies(ok("email", value), ok("idn-email", value));
  implies(ok("ipv4", value), ok("hostname", value));
  implies(ok("date-time", value), ok("date", value.substr(0, 10)));
  // Punycode: whatever decodes re-encodes to the same text, up to letter case.
  std::u32string decoded;
  std::string encoded;
  if (yushen::formats::detail::punycode_decode(value, decoded)) {
    if (!yushen::formats::detail::punycode_encode(decoded, encoded)) std::abort();
    std::u32string again;
    if (!yushen::formats::detail::punycode_decode(encoded, again) || again != decoded) std::abort();
  }
  return 0;
}
