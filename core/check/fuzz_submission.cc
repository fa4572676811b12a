// libFuzzer target for submissions and contexts against a fixed template: no crash, hang, leak
// or UB (ASan + UBSan), plus oracles: the check is deterministic (the same bytes twice); the
// decision agrees with the issues (block → ineligible, error → needs-correction); no 18-digit
// identifier from the input survives unmasked in issue parameters; check_field never crashes.
// Entry point: LLVMFuzzerTestOneInput. Seeds: the submissions of tests/check/fixtures/*.json,
// as "SUBMISSION\nCONTEXT". Built with YUSHEN_FUZZ=ON (cmake/fuzz.cmake, clang 14):
//   ninja -C build/fuzz fuzz_submission && build/fuzz/fuzz_submission -max_len=8192 corpus/
// The template is compiled once (a static, immutable after the first call) and carries a
// rule that echoes a form value, so masking is exercised.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "check/checker.h"
#include "util/json_text.h"

namespace {

constexpr std::string_view kTemplate = R"json({
  "yushen": "template/1", "id": "fuzz", "version": "1", "title": {"zh-CN": "模糊", "en": "Fuzz"},
  "cases": [{"id": "c", "title": {"zh-CN": "问", "en": "Q"}, "options": [{"value": "y", "title": {"zh-CN": "是", "en": "Y"}}]}],
  "stages": [{"id": "s1", "title": {"zh-CN": "一", "en": "1"}}, {"id": "s2", "title": {"zh-CN": "二", "en": "2"}}],
  "form": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "format": "cn-resident-id"},
           "n": {"type": "integer", "minimum": 0}, "d": {"type": "string", "format": "date"}, "sec": {"type": "object"}}},
  "conditions": [{"path": "/form/sec", "when": {"==": [{"var": "case.c"}, "y"]}}],
  "rules": [{"id": "echo", "assert": {"!": [{"var": "form.id"}]}, "path": "/form/id", "severity": "warning",
             "message": {"zh-CN": "号码 {v}", "en": "number {v}"}, "params": {"v": {"var": "form.id"}}},
            {"id": "days", "when": {"!!": [{"var": "form.d"}]}, "assert": {"yushen.add_working_days": [{"var": "form.d"}, 3]},
             "path": "/form/d", "severity": "block", "message": {"zh-CN": "日", "en": "day"}}],
  "materials": [{"id": "k", "name": {"zh-CN": "甲", "en": "K"}, "requirement": "required", "importance": "key", "accept": ["application/pdf"]},
                {"id": "s", "name": {"zh-CN": "乙", "en": "S"}, "requirement": "required", "importance": "secondary", "maxFiles": 2},
                {"id": "o1", "name": {"zh-CN": "丙", "en": "O1"}, "requirement": "optional", "importance": "secondary"},
                {"id": "o2", "name": {"zh-CN": "丁", "en": "O2"}, "requirement": "optional", "importance": "secondary", "dataSharing": true}],
  "alternatives": [{"id": "g", "name": {"zh-CN": "组", "en": "G"}, "sets": [{"materials": ["o1"]},
                    {"materials": ["o2"], "when": {"==": [{"var": "stage"}, "s2"]}}]}],
  "tolerance": {"materials": ["s", "o1"], "deadline": {"workingDays": 3}, "maxCount": 1,
                "letter": {"zh-CN": "{materials} {deadline}", "en": "{materials} {deadline}"}},
  "commitment": {"materials": ["s"], "deadline": {"months": 1}, "eligibility": {"brokenCommitmentWithin": {"years": 2}},
                 "letter": {"zh-CN": "{applicant} {materials}", "en": "{applicant} {materials}"}}
})json";

void require(bool condition) {
  if (!condition) std::abort();
}

// True if a string in `params` (numbers are not personal data) holds 18 digits in a row.
bool has_long_digit_run(const nlohmann::json& params) {
  for (const nlohmann::json& value : params) {
    if (value.is_array() && has_long_digit_run(value)) return true;
    if (!value.is_string()) continue;
    std::size_t run = 0;
    for (char c : value.get_ref<const std::string&>()) {
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run >= 18) return true;
    }
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  using namespace yushen;  // NOLINT(google-build-using-namespace): fuzz target only
  static const check::Checker* checker = [] {
    Result<check::Checker> compiled = check::Checker::create(kTemplate);
    require(compiled.ok());
    return new check::Checker(std::move(compiled.value()));
  }();
  std::string_view input(reinterpret_cast<const char*>(bytes), size);
  std::size_t newline = input.find('\n');
  JsonLimits limits;
  limits.max_depth = 64;
  JsonRead submission = read_json(input.substr(0, newline), limits);
  if (submission.error != JsonReadError::none) return 0;
  JsonRead context = read_json(newline == std::string_view::npos ? "null" : input.substr(newline + 1), limits);
  if (context.error != JsonReadError::none) return 0;
  Result<nlohmann::json> first = checker->check(submission.value, context.value, Locale::en);
  Result<nlohmann::json> second = checker->check(submission.value, context.value, Locale::en);
  require(first.ok() == second.ok());
  if (first.ok()) {
    require(dump_json(first.value()) == dump_json(second.value()));
    const nlohmann::json& report = first.value();
    bool block = false, error = false;
    for (const nlohmann::json& issue : report["issues"]) {
      block = block || issue["severity"] == "block";
      error = error || issue["severity"] == "error";
      require(!has_long_digit_run(issue["params"]));
    }
    if (block) require(report["decision"] == "ineligible");
    else if (error) require(report["decision"] == "needs-correction");
  }
  checker->check_field("/form/id", submission.value, context.value, nullptr, Locale::zh_CN);
  return 0;
}
