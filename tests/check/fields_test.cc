// Tests for the form schema step (core/check/fields.cc): findings at /form + instance path, a
// missing property reported at the property itself, formats asserted with "today".
#include "test_util.h"

namespace yushen::check::testing {
namespace {

TEST(Fields, PathsAndFormats) {
  Json s = clean_submission();
  s["form"].erase("name");
  s["form"]["id"] = "11010519491231002X";
  s["form"]["phone"] = "1381234567";
  Json report = run(base_template(), s, base_context(), Locale::en);
  EXPECT_EQ(issues(report), (Strings{"schema.required @/form/name", "cn.mobile.length @/form/phone"}));
  EXPECT_EQ(report["issues"][0]["params"]["missingProperty"], "name");
}

TEST(Fields, TodayFromTheContextForDateAwareFormats) {
  // A resident ID whose birth date is after "today" is rejected only when today is known.
  Json s = clean_submission();
  s["form"]["id"] = "110105202603070015";
  Json context = base_context();
  context["now"] = "2026-03-06T12:00:00+08:00";
  Strings with_today = issues(run(base_template(), s, context));
  ASSERT_EQ(with_today.size(), 1u);
  EXPECT_EQ(with_today[0], "cn.resident_id.future_date @/form/id");
}

TEST(Fields, FormMissingOrNotAnObject) {
  Json s = clean_submission();
  s.erase("form");
  EXPECT_EQ(issues(run(base_template(), s)),
            (Strings{"schema.required @/form/count", "schema.required @/form/id", "schema.required @/form/name"}));
  s["form"] = "x";
  EXPECT_EQ(issues(run(base_template(), s)), Strings{"schema.type @/form"});
}

}  // namespace
}  // namespace yushen::check::testing
