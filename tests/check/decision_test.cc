// Tests for the decision (core/check/decision.cc) on hand-made runs: block beats error, error
// beats accepted requests, warnings never count.
#include "check/run.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace yushen::check::detail {
namespace {

struct Row {
  std::vector<Severity> severities;
  bool accepted;
  const char* decision;
};

TEST(Decision, Rows) {
  Result<tmpl::TemplatePtr> t = tmpl::compile_template(testing::base_template());
  ASSERT_TRUE(t.ok());
  const Row rows[] = {
      {{}, false, "ready"},
      {{Severity::warning}, false, "ready"},
      {{}, true, "ready-with-commitments"},
      {{Severity::warning, Severity::warning}, true, "ready-with-commitments"},
      {{Severity::error}, true, "needs-correction"},
      {{Severity::warning, Severity::error}, false, "needs-correction"},
      {{Severity::error, Severity::block}, true, "ineligible"},
      {{Severity::block}, false, "ineligible"},
  };
  for (const Row& row : rows) {
    detail::Run run(*t.value(), Locale::en);
    for (Severity s : row.severities) run.add(Issue(Code::kCheckRule, s));
    if (row.accepted) run.deferred.push_back(2);
    EXPECT_EQ(decide(run), row.decision);
  }
}

}  // namespace
}  // namespace yushen::check::detail
