// Tests for alternative groups (core/check/alternatives.cc), after 衡阳 分阶段施工许可: in the
// earthwork stage the 规划条件批文 may replace the planning permit; in other stages it may not.
#include "test_util.h"

namespace yushen::check::testing {
namespace {

struct Row {
  const char* name;
  const char* stage;
  Strings provided;
  const char* decision;
  Strings issues;
  const char* permit_status;
  const char* conditions_status;
};

TEST(Alternatives, ByStage) {
  const Row rows[] = {
      {"permit, foundation stage", "foundation", {"planning-permit"}, "ready", {}, "provided", "not-applicable"},
      {"conditions, earthwork stage", "earthwork", {"planning-conditions"}, "ready", {}, "not-applicable", "provided"},
      {"conditions, foundation stage", "foundation", {"planning-conditions"}, "needs-correction",
       {"check.alternative_missing #planning"}, "missing", "not-applicable"},
      {"nothing, earthwork stage", "earthwork", {}, "needs-correction", {"check.alternative_missing #planning"}, "missing",
       "missing"},
  };
  for (const Row& row : rows) {
    Json s = clean_submission();
    s["stage"] = row.stage;
    s["materials"].erase("planning-permit");
    for (const std::string& id : row.provided) s["materials"][id] = files("p.pdf");
    Json report = run(base_template(), s);
    EXPECT_EQ(report["decision"], row.decision) << row.name;
    EXPECT_EQ(issues(report), row.issues) << row.name;
    EXPECT_EQ(status(report, "planning-permit"), row.permit_status) << row.name;
    EXPECT_EQ(status(report, "planning-conditions"), row.conditions_status) << row.name;
  }
}

TEST(Alternatives, MessageNamesTheOptions) {
  Json s = clean_submission();
  s["stage"] = "earthwork";
  s["materials"].erase("planning-permit");
  Json report = run(base_template(), s, base_context(), Locale::en);
  EXPECT_EQ(report["issues"][0]["message"],
            "Provide the planning basis: any one of these will do: planning-permit, planning-conditions");
  EXPECT_EQ(report["issues"][0]["material"], "planning");
}

TEST(Alternatives, AnInvalidMemberIsReportedOnce) {
  Json s = clean_submission();
  s["materials"]["planning-permit"]["files"][0]["type"] = "text/plain";
  EXPECT_EQ(issues(run(base_template(), s)), Strings{"check.file_type #planning-permit"});
}

}  // namespace
}  // namespace yushen::check::testing
