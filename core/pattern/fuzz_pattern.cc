// libFuzzer target for compile() and Regex::search(): no crash, hang, leak or UB (ASan + UBSan),
// errors carry a construct and an in-range offset, the program stays under max_program_size,
// steps stay under the documented bound, (?:P) behaves exactly like P, and the DFA fast path
// answers exactly like the Pike VM (the same pattern compiled with max_dfa_states = 0).
// Input: pattern bytes, a NUL, then the text (text capped at 256 bytes to keep runs fast;
// invalid UTF-8 text is skipped, since callers validate it). Not built by CMake (modules.cmake
// skips fuzz_*.cc). Build and run (clang 14), seeding from the fixture's patterns:
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Icore -o fuzz_pattern \
//     core/pattern/*.cc core/unicode/*.cc core/util/utf8.cc   # fuzz_pattern.cc is the main
//   node -e 'const d=require("./tests/pattern/vectors.json");require("fs").mkdirSync("corpus",
//     {recursive:true});d.cases.forEach((c,i)=>require("fs").writeFileSync("corpus/"+i,
//     c.pattern+"\0"+(c.tests[1]||c.tests[0])[0]))'
//   ./fuzz_pattern -max_len=4400 -max_total_time=300 corpus/
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "pattern/pattern.h"
#include "util/utf8.h"

namespace {

using yushen::pattern::PatternError;
using yushen::pattern::Regex;

void check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t nul = input.find('\0');
  std::string_view pattern = input.substr(0, nul);
  std::string_view text = nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);
  if (text.size() > 256 || !yushen::is_valid_utf8(text)) return 0;

  const yushen::pattern::PatternLimits limits;
  auto compiled = yushen::pattern::compile(pattern, limits);
  if (const auto* error = std::get_if<PatternError>(&compiled)) {
    check(!error->construct.empty());
    check(error->offset <= pattern.size());
    return 0;
  }
  const Regex& regex = std::get<Regex>(compiled);
  check(regex.program_size() <= limits.max_program_size);
  std::size_t steps = 0;
  bool matched = regex.search(text, &steps);
  check(steps <= (yushen::count_code_points(text) + 1) * 2 * regex.program_size());
  check(regex.search(text) == matched);

  yushen::pattern::PatternLimits pike_vm_only = limits;
  pike_vm_only.max_dfa_states = 0;
  auto slow = yushen::pattern::compile(pattern, pike_vm_only);
  check(std::holds_alternative<Regex>(slow) && std::get<Regex>(slow).engine() == "pike_vm");
  check(std::get<Regex>(slow).search(text) == matched);

  auto grouped = yushen::pattern::compile("(?:" + std::string(pattern) + ")", limits);
  if (const auto* error = std::get_if<PatternError>(&grouped)) {
    // One more level of nesting or 5 more bytes may cross a cap; nothing else may differ.
    check(error->kind == yushen::pattern::PatternErrorKind::too_large);
    return 0;
  }
  check(std::get<Regex>(grouped).search(text) == matched);
  return 0;
}
