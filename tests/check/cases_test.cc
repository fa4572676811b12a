// Tests for 情形 answers and stages (core/check/cases.cc): required questions answered with one
// of their options; optional questions may stay open; the stage one of the template's.
#include "test_util.h"

namespace yushen::check::testing {
namespace {

struct Row {
  const char* name;
  Json cases;
  Json stage;
  Strings issues;
};

TEST(Cases, AnswersAndStage) {
  const Row rows[] = {
      {"answered, stage given", {{"branch", "no"}}, "foundation", {}},
      {"unanswered", Json::object(), "foundation", {"check.case_missing @/case/branch"}},
      {"empty answer", {{"branch", ""}}, "foundation", {"check.case_missing @/case/branch"}},
      {"not an option", {{"branch", "maybe"}}, "foundation", {"check.case_invalid @/case/branch"}},
      {"not a string", {{"branch", true}}, "foundation", {"check.case_invalid @/case/branch"}},
      {"no stage", {{"branch", "no"}}, nullptr, {"check.stage_missing @/stage"}},
      {"unknown stage", {{"branch", "no"}}, "roof", {"check.stage_invalid @/stage"}},
  };
  for (const Row& row : rows) {
    Json s = clean_submission();
    s["case"] = row.cases;
    s["stage"] = row.stage;
    EXPECT_EQ(issues(run(base_template(), s)), row.issues) << row.name;
  }
}

TEST(Cases, OptionalQuestionAndMessage) {
  Json t = base_template();
  t["cases"][0]["required"] = false;
  Json s = clean_submission();
  s["case"] = Json::object();
  EXPECT_EQ(issues(run(t, s)), Strings{});
  Json report = run(base_template(), s, base_context(), Locale::en);
  EXPECT_EQ(report["issues"][0]["message"], "Answer the question “Is it a branch”");
}

}  // namespace
}  // namespace yushen::check::testing
