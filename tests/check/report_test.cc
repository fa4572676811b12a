// Tests for the report (core/check/report.cc): its members, issue order (severity, path issues
// by path, material issues in template order, then code), one entry per material.
#include "test_util.h"

namespace yushen::check::testing {
namespace {

TEST(Report, MembersAndOrder) {
  Json s = clean_submission();
  s["form"]["kind"] = "other";     // block
  s["form"]["start"] = "2024-01-01";  // warning
  s["form"]["name"] = "张";           // error
  s["materials"].erase("s3");
  s["materials"].erase("k1");
  s["materials"]["mystery"] = files("m.pdf");  // warning with a path
  Json report = run(base_template(), s);
  Strings keys;
  for (auto it = report.begin(); it != report.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (Strings{"commitments", "decision", "deferred", "engine", "issues", "materials", "template"}));
  EXPECT_EQ(report["decision"], "ineligible");
  EXPECT_EQ(issues(report), (Strings{"check.rule @/form/kind", "schema.minLength @/form/name", "check.material_missing #k1",
                                     "check.material_missing #s3", "check.rule @/form/start",
                                     "check.material_unknown @/materials/mystery"}));
  ASSERT_EQ(report["materials"].size(), base_template()["materials"].size());
  EXPECT_EQ(report["materials"][0], Json::parse(R"({"id": "k1", "name": "k1", "status": "missing"})"));
  const Json& issue = report["issues"][0];
  Strings issue_keys;
  for (auto it = issue.begin(); it != issue.end(); ++it) issue_keys.push_back(it.key());
  EXPECT_EQ(issue_keys, (Strings{"code", "message", "params", "path", "rule", "severity"}));
  EXPECT_EQ(issue["severity"], "block");
}

}  // namespace
}  // namespace yushen::check::testing
