// Tests for the edge of the calendar (core/check/calendar_gap.cc, letter.cc, rules.cc): the
// mainland calendar covers 2024–2026, so in late December 2026 a working-day due date or a
// working-day rule reaching 2027 is not guessed. The check completes: a null due with the
// warning check.due_date_pending and the letter in rule form; the warning check.calendar_gap
// instead of check.rule_error; the decision as it would be otherwise.
#include "test_util.h"

namespace yushen::check::testing {
namespace {

Json context_on(const char* now) {
  Json c = base_context();
  c["now"] = now;
  return c;
}

// s1 deferred (5 working days), s2 committed (2 months), signed.
Json deferral_and_commitment() {
  Json s = clean_submission();
  s["materials"].erase("s1");
  s["materials"].erase("s2");
  s["deferrals"] = {"s1"};
  s["commitments"] = {"s2"};
  s["signature"] = {{"signed", true}};
  return s;
}

Json with_rule(Json t, const char* severity, Json when = nullptr) {
  Json rule = Json::parse(R"({"id": "start-working-day", "assert": {"yushen.is_working_day": [{"var": "form.start"}]},
    "path": "/form/start", "message": {"zh-CN": "开工日期须为工作日", "en": "The start date must be a working day"}})");
  rule["severity"] = severity;
  if (!when.is_null()) rule["when"] = std::move(when);
  t["rules"].push_back(std::move(rule));
  return t;
}

TEST(CalendarGap, DeferralDueBeyondTheCalendar) {
  // Monday 2026-12-28: 29, 30, 31 are working days, then 2027 is not covered.
  Json report = run(base_template(), deferral_and_commitment(), context_on("2026-12-28T10:00:00+08:00"));
  ASSERT_EQ(report["decision"], "ready-with-commitments") << report.dump(1);
  EXPECT_EQ(issues(report), Strings{"check.due_date_pending @/deferrals"});
  const Json& warning = report["issues"][0];
  EXPECT_EQ(warning["severity"], "warning");
  EXPECT_EQ(warning["params"], Json::parse(R"({"count": 5, "materials": ["s1"], "year": 2027})"));
  EXPECT_EQ(warning["message"],
            "以下材料须在受理之日起 5 个工作日内提交:s1。2027 年的国家节假日安排尚未收录,暂时算不出具体截止日期,受理时窗口会告知");
  EXPECT_EQ(report["deferred"], Json::parse(R"([{"due": null, "material": "s1"}])"));
  EXPECT_EQ(report["commitments"]["due"], "2027-02-28");  // months need no calendar
  EXPECT_EQ(report["commitments"]["letter"],
            "某某公司承诺于 2027-02-28 前提交s2。违者担责。\n\n容缺承诺:s1,受理之日起第 5 个工作日 前补交");
}

TEST(CalendarGap, LetterInEveryLocaleAndItsDigest) {
  Json s = deferral_and_commitment();
  Json context = context_on("2026-12-28T10:00:00+08:00");
  Json en = run(base_template(), s, context, Locale::en);
  EXPECT_EQ(en["commitments"]["letter"],
            "某某公司 will provide s2 by 2027-02-28. Liable if broken.\n\nDeferred: s1, by the 5th working day after acceptance");
  EXPECT_EQ(en["issues"][0]["message"],
            "Due within 5 working days after acceptance: s1. The official holiday schedule for 2027 is not in the calendar "
            "yet, so the exact date cannot be worked out now; the service centre will give you the date when it accepts "
            "the application");
  Json tw = run(base_template(), s, context, Locale::zh_TW);
  EXPECT_NE(tw["commitments"]["letter"].get<std::string>().find("受理之日起第 5 個工作日"), std::string::npos);
  // The digest is over the letter as rendered, and a signature bound to it holds.
  Json first = run(base_template(), s, context);
  s["signature"]["letterDigest"] = first["commitments"]["letterDigest"];
  EXPECT_EQ(run(base_template(), s, context)["decision"], "ready-with-commitments");
}

TEST(CalendarGap, CommitmentDueBeyondTheCalendar) {
  Json t = base_template();
  t["commitment"]["deadline"] = {{"workingDays", 10}};
  Json report = run(t, deferral_and_commitment(), context_on("2026-12-28T10:00:00+08:00"));
  ASSERT_EQ(report["decision"], "ready-with-commitments") << report.dump(1);
  EXPECT_EQ(issues(report), (Strings{"check.due_date_pending @/commitments", "check.due_date_pending @/deferrals"}));
  EXPECT_EQ(report["commitments"]["due"], nullptr);
  EXPECT_EQ(report["commitments"]["materials"], Json::parse(R"(["s2"])"));
  EXPECT_NE(report["commitments"]["letter"].get<std::string>().find("某某公司承诺于 受理之日起第 10 个工作日 前提交s2"),
            std::string::npos);
}

TEST(CalendarGap, UnsignedStillNeedsCorrection) {
  Json s = deferral_and_commitment();
  s["signature"]["signed"] = false;
  Json report = run(base_template(), s, context_on("2026-12-28T10:00:00+08:00"));
  EXPECT_EQ(report["decision"], "needs-correction");
  EXPECT_EQ(issues(report), (Strings{"check.deferral_unsigned #s1", "check.commitment_unsigned #s2",
                                     "check.due_date_pending @/deferrals"}));
  EXPECT_NE(report["commitments"]["letter"].get<std::string>().find("受理之日起第 5 个工作日"), std::string::npos);
}

TEST(CalendarGap, InsideTheCalendarUnchanged) {
  // Monday 2026-12-21: 22, 23, 24, 25, 28.
  Json report = run(base_template(), deferral_and_commitment(), context_on("2026-12-21T10:00:00+08:00"));
  EXPECT_EQ(report["decision"], "ready-with-commitments");
  EXPECT_EQ(issues(report), Strings{});
  EXPECT_EQ(report["deferred"], Json::parse(R"([{"due": "2026-12-28", "material": "s1"}])"));
  EXPECT_NE(report["commitments"]["letter"].get<std::string>().find("2026-12-28 前补交"), std::string::npos);
}

TEST(CalendarGap, TodayPastTheCalendar) {
  Json report = run(base_template(), deferral_and_commitment(), context_on("2030-01-02T00:00:00+08:00"));
  EXPECT_EQ(report["decision"], "ready-with-commitments") << report.dump(1);
  EXPECT_EQ(report["issues"][0]["params"]["year"], 2030);
}

TEST(CalendarGap, RuleIsAWarningWhateverItsSeverity) {
  Json s = clean_submission();
  s["form"]["start"] = "2027-01-05";
  for (const char* severity : {"error", "block", "warning"}) {
    Json report = run(with_rule(base_template(), severity), s, context_on("2026-12-20T10:00:00+08:00"));
    EXPECT_EQ(report["decision"], "ready") << severity << "\n" << report.dump(1);
    EXPECT_EQ(issues(report), Strings{"check.calendar_gap @/form/start"}) << severity;
    EXPECT_EQ(report["issues"][0]["severity"], "warning");
    EXPECT_EQ(report["issues"][0]["rule"], "start-working-day");
    EXPECT_EQ(report["issues"][0]["params"],
              Json::parse(R"({"date": "2027-01-05", "rule": "start-working-day", "year": 2027})"));
  }
  // A rule inside the calendar still decides: 2026-12-26 is a Saturday.
  s["form"]["start"] = "2026-12-26";
  Json report = run(with_rule(base_template(), "error"), s, context_on("2026-12-20T10:00:00+08:00"));
  EXPECT_EQ(issues(report), Strings{"check.rule @/form/start"});
}

TEST(CalendarGap, WhenBeyondTheCalendar) {
  Json s = clean_submission();
  s["form"]["start"] = "2027-01-05";
  Json t = with_rule(base_template(), "error", Json::parse(R"({"yushen.is_working_day": [{"var": "form.start"}]})"));
  t["rules"].back()["assert"] = false;
  Json report = run(t, s, context_on("2026-12-20T10:00:00+08:00"));
  EXPECT_EQ(issues(report), Strings{"check.calendar_gap @/form/start"});
}

TEST(CalendarGap, OtherRuleErrorsStayRuleErrors) {
  Json s = clean_submission();
  s["form"]["start"] = "2027-01-05";
  Json context = context_on("2026-12-20T10:00:00+08:00");
  context.erase("calendar");  // logic.no_calendar: the portal's problem, not the calendar's edge
  Json report = run(with_rule(base_template(), "warning"), s, context);
  EXPECT_EQ(issues(report), Strings{"check.rule_error @/form/start"});
}

TEST(CalendarGap, FieldCheckShowsTheWarning) {
  Result<Checker> checker = Checker::compile(with_rule(base_template(), "error"));
  ASSERT_TRUE(checker.ok());
  Json r = checker.value().check_field("/form/start", "2027-01-05", clean_submission(),
                                       context_on("2026-12-20T10:00:00+08:00"), Locale::en);
  ASSERT_EQ(r["issues"].size(), 1u) << r.dump();
  EXPECT_EQ(r["issues"][0]["code"], "check.calendar_gap");
}

}  // namespace
}  // namespace yushen::check::testing
