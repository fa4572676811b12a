// Tests for applicability (core/check/applicability.cc): a field or section that does not apply
// is neither required nor checked, and its value never fails; conditions see earlier
// conditions' pruning; rules about a non-applicable path do not run.
#include "test_util.h"

namespace yushen::check::testing {
namespace {

TEST(Applicability, SectionByCase) {
  Json s = clean_submission();
  s["form"]["parent"] = {{"name", 1}};  // wrong, but the section does not apply
  EXPECT_EQ(issues(run(base_template(), s)), Strings{});
  s["case"]["branch"] = "yes";
  s["materials"]["branch-doc"] = files("b.pdf");
  EXPECT_EQ(issues(run(base_template(), s)), Strings{"schema.type @/form/parent/name"});
  s["form"]["parent"] = Json::object();
  EXPECT_EQ(issues(run(base_template(), s)), Strings{"schema.required @/form/parent/name"});
}

TEST(Applicability, RequiredFieldThatDoesNotApply) {
  Json t = base_template();
  t["form"]["required"].push_back("parent");
  Json s = clean_submission();
  EXPECT_EQ(issues(run(t, s)), Strings{});  // required by the schema, but not applicable
}

TEST(Applicability, ChainedConditionsAndRules) {
  Json t = base_template();
  // certified applies only when count > 1; the rule about it then does not run either.
  t["conditions"].push_back(Json::parse(R"({"path": "/form/certified", "when": {">": [{"var": "form.count"}, 1]}})"));
  Json s = clean_submission();
  s["form"]["count"] = 1;
  s["form"]["certified"] = 5;
  EXPECT_EQ(issues(run(t, s)), Strings{});
  s["form"]["count"] = 2;
  EXPECT_EQ(issues(run(t, s)), Strings{"check.rule @/form/certified"});
}

TEST(Applicability, ConditionThatCannotBeEvaluatedKeepsTheField) {
  Json t = base_template();
  t["conditions"] = Json::parse(R"([{"path": "/form/parent", "when": {"yushen.add_working_days": ["2099-01-01", 1]}}])");
  Json s = clean_submission();
  s["form"]["parent"] = {{"name", 1}};
  EXPECT_EQ(issues(run(t, s)), Strings{"schema.type @/form/parent/name"});
}

}  // namespace
}  // namespace yushen::check::testing
