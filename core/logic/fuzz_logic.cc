// libFuzzer target for JsonLogic rules and data: no crash, hang, leak or UB (ASan + UBSan),
// plus oracles: every error carries a logic.*, calendar.* code; evaluation is deterministic (a
// second run gives the same result); a tight budget ends in logic.cost_limit, never a hang.
// Entry point: LLVMFuzzerTestOneInput. Seeds: the rules and data of
// shared/testdata/jsonlogic/tests.json, one "RULE\nDATA" file per case.
// Not built by CMake (modules.cmake skips fuzz_*.cc); build and run with clang 14:
//   clang++-14 -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Icore -I<dir of nlohmann/>
//     -o fuzz_logic core/logic/fuzz_logic.cc $(ls core/logic/*.cc | grep -v fuzz_) core/calendar/*.cc
//     core/util/*.cc core/report/codes.cc
//   ./fuzz_logic -max_len=4096 -max_total_time=300 corpus/
// Input: the rule's JSON text, a newline, the data's JSON text (each read with yushen's
// limits). Inputs are capped at 4 KiB by -max_len; rules up to the default depth and cost.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "logic/logic.h"
#include "util/json_text.h"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

bool expected_code(yushen::Code code) {
  std::string_view id = yushen::code_id(code);
  return id.rfind("logic.", 0) == 0 || id.rfind("calendar.", 0) == 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  using namespace yushen;  // NOLINT(google-build-using-namespace): fuzz target only
  std::string_view input(reinterpret_cast<const char*>(bytes), size);
  std::size_t newline = input.find('\n');
  JsonLimits limits;
  limits.max_depth = 128;
  JsonRead rule = read_json(input.substr(0, newline), limits);
  if (rule.error != JsonReadError::none) return 0;
  JsonRead data = read_json(newline == std::string_view::npos ? "null" : input.substr(newline + 1), limits);
  if (data.error != JsonReadError::none) return 0;

  logic::LogicLimits tight;
  tight.max_cost = 2000;
  Result<logic::Rule> compiled = logic::compile(rule.value, nullptr, tight);
  if (!compiled.ok()) {
    require(expected_code(compiled.error().code));
    return 0;
  }
  (void)compiled.value().dump();
  logic::Env env;
  env.today = calendar::Date{2025, 9, 30};
  Result<nlohmann::json> first = logic::evaluate(compiled.value(), data.value, env);
  Result<nlohmann::json> second = logic::evaluate(compiled.value(), data.value, env);
  require(first.ok() == second.ok());
  if (!first.ok()) {
    require(expected_code(first.error().code));
    require(first.error().code == second.error().code && first.error().where == second.error().where);
    return 0;
  }
  require(dump_json(first.value()) == dump_json(second.value()));
  require(logic::truthy(first.value()) == logic::truthy(second.value()));
  return 0;
}
