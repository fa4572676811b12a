// libFuzzer target for template text: no crash, hang, leak or UB (ASan + UBSan) in reading,
// compiling and linting a template, plus oracles: a template lint finds no error in compiles
// (lint is the stricter of the two); a compiled template's digest is 64 hex digits; lint is
// deterministic. Entry point: LLVMFuzzerTestOneInput. Seeds: forms/examples/*.json and the
// inline templates of tests/check/fixtures/*.json.
// Built with YUSHEN_FUZZ=ON (cmake/fuzz.cmake, clang 14):
//   cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DYUSHEN_FUZZ=ON && ninja -C build/fuzz fuzz_template
//   build/fuzz/fuzz_template -max_len=16384 -max_total_time=300 corpus/
// Input: the template's JSON text, read with a 128-level depth cap (deeper templates are a
// limit error before compile, so nothing is lost); -max_len keeps each run under a second.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "template/template.h"
#include "util/json_text.h"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  using namespace yushen;  // NOLINT(google-build-using-namespace): fuzz target only
  std::string_view input(reinterpret_cast<const char*>(bytes), size);
  JsonLimits limits;
  limits.max_depth = 128;
  JsonRead read = read_json(input, limits);
  if (read.error != JsonReadError::none) return 0;
  std::vector<Error> problems = tmpl::lint_template(read.value);
  bool lint_clean = true;
  for (const Error& e : problems) lint_clean = lint_clean && code_info(e.code).severity == Severity::warning;
  Result<tmpl::TemplatePtr> compiled = tmpl::compile_template(read.value);
  if (lint_clean) require(compiled.ok());
  if (compiled.ok()) require(compiled.value()->digest.size() == 64);
  std::vector<Error> again = tmpl::lint_template(read.value);
  require(again.size() == problems.size());
  return 0;
}
