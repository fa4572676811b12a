// The decision: a failed block rule makes the submission ineligible (不予受理); any error
// means needs-correction (一次性告知); complete only because of accepted deferrals or
// commitments is ready-with-commitments (容缺/承诺受理); else ready (可受理). Warnings never
// change it. Entry points: decide(), decision_exit_code(). Tested by tests/check/decision_test.cc.
#include "check/checker.h"
#include "check/run.h"

namespace yushen::check {
namespace detail {

std::string_view decide(const Run& run) {
  bool error = false;
  for (const Issue& issue : run.issues) {
    if (issue.severity == Severity::block) return "ineligible";
    error = error || issue.severity == Severity::error;
  }
  if (error) return "needs-correction";
  if (!run.deferred.empty() || !run.committed.empty()) return "ready-with-commitments";
  return "ready";
}

}  // namespace detail

int decision_exit_code(std::string_view decision) {
  if (decision == "ready") return 0;
  if (decision == "ready-with-commitments") return 10;
  if (decision == "needs-correction") return 20;
  if (decision == "ineligible") return 30;
  return 2;
}

}  // namespace yushen::check
