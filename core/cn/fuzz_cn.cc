// libFuzzer target for every core/cn check: no crash, hang, leak or UB (ASan + UBSan), plus
// oracles: a code is set exactly when the value is rejected or warned about; the normalized
// value is valid UTF-8; an accepted value's normalized form is accepted again, unchanged.
// Entry point: LLVMFuzzerTestOneInput. Seeds: the "input" strings of tests/cn/vectors/.
// Not built by CMake (modules.cmake skips fuzz_*.cc); build and run with clang 14:
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Icore -I<dir of nlohmann/>
//     -o fuzz_cn core/cn/fuzz_cn.cc $(ls core/cn/*.cc | grep -v fuzz_) core/util/utf8.cc core/report/codes.cc
//   ./fuzz_cn -max_len=256 -max_total_time=300 corpus/
// Input: byte 0 picks the check and the options, the rest is the value (any bytes, even
// ill-formed UTF-8: the checks must cope). Every check is linear in the input length.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cn/cn.h"
#include "util/utf8.h"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace yushen::cn;  // NOLINT(google-build-using-namespace): fuzz target only
  if (size == 0) return 0;
  auto formats = all_formats();
  const FormatEntry& entry = formats[data[0] % formats.size()];
  CheckOptions options;
  options.strict = (data[0] & 0x80) != 0;
  if (data[0] & 0x40) options.today_year = 2024, options.today_month = 6, options.today_day = 30;
  std::string_view value(reinterpret_cast<const char*>(data + 1), size - 1);

  CheckResult result = entry.check(value, options);
  require(result.code.has_value() == (!result.ok || result.warning));
  require(!result.warning || result.ok);
  require(result.params.is_object());
  require(yushen::is_valid_utf8(result.normalized));
  if (result.ok) {
    CheckResult again = entry.check(result.normalized, options);
    require(again.ok);
    require(again.normalized == result.normalized);
  }
  return 0;
}
