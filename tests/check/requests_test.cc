// Tests for 容缺 and 告知承诺 (core/check/requests.cc, eligibility.cc, letter.cc): a key material
// is never deferred or replaced; a secondary one only when the policy lists it, the applicant
// is eligible (dishonesty list, 铜梁's 2-year broken-commitment window, the template's rule),
// the cap is not exceeded and the letter is signed — otherwise it is missing and the issue
// says why. Due dates use calendar days, months or working days.
#include <map>

#include "test_util.h"

namespace yushen::check::testing {
namespace {

struct Row {
  const char* name;
  Strings deferrals, commitments;
  bool signed_letter;
  std::function<void(Json& context)> context;
  const char* decision;
  Strings issues;
  std::vector<std::pair<std::string, std::string>> statuses;
};

Json submission_without(const Strings& missing, const Strings& deferrals, const Strings& commitments, bool signed_letter) {
  Json s = clean_submission();
  for (const std::string& id : missing) s["materials"].erase(id);
  s["deferrals"] = deferrals;
  s["commitments"] = commitments;
  s["signature"] = {{"signed", signed_letter}};
  return s;
}

TEST(Requests, Rows) {
  auto same = [](Json&) {};
  const Row rows[] = {
      {"commitment accepted", {}, {"s1"}, true, same, "ready-with-commitments", {}, {{"s1", "committed"}}},
      {"deferral accepted", {"s1"}, {}, true, same, "ready-with-commitments", {}, {{"s1", "deferred"}}},
      {"key material: deferral refused", {"k1"}, {}, true, same, "needs-correction", {"check.deferral_key #k1"},
       {{"k1", "missing"}}},
      {"key material: commitment refused", {}, {"k1"}, true, same, "needs-correction", {"check.commitment_key #k1"},
       {{"k1", "missing"}}},
      {"optional material: nothing to defer", {"extra"}, {}, true, same, "ready", {"check.request_unneeded #extra"},
       {{"extra", "missing"}}},
      {"unsigned letter", {"s1"}, {"s2"}, false, same, "needs-correction",
       {"check.deferral_unsigned #s1", "check.commitment_unsigned #s2"}, {{"s1", "missing"}, {"s2", "missing"}}},
      {"dishonesty list", {"s1"}, {"s2"}, true, [](Json& c) { c["credit"]["dishonest"] = true; }, "needs-correction",
       {"check.deferral_dishonest #s1", "check.commitment_dishonest #s2"}, {}},
      {"broken commitment within 2 years (铜梁)", {}, {"s1"}, true,
       [](Json& c) { c["credit"]["lastBrokenCommitment"] = "2023-03-07"; }, "needs-correction",
       {"check.commitment_broken_commitment #s1"}, {}},
      {"broken commitment 2 years ago to the day", {}, {"s1"}, true,
       [](Json& c) { c["credit"]["lastBrokenCommitment"] = "2023-03-06"; }, "ready-with-commitments", {}, {}},
      {"broken commitment does not affect deferral without a window", {"s1"}, {}, true,
       [](Json& c) { c["credit"]["lastBrokenCommitment"] = "2025-01-01"; }, "ready-with-commitments", {}, {}},
      {"the template's eligibility rule", {}, {"s1"}, true, [](Json& c) { c["credit"]["rating"] = "D"; },
       "needs-correction", {"check.commitment_ineligible #s1"}, {}},
      {"deferral cap of 2", {"s1", "s2", "s3"}, {}, true, same, "needs-correction", {"check.deferral_cap #s3"},
       {{"s1", "deferred"}, {"s2", "deferred"}, {"s3", "missing"}}},
      {"commitment refused, deferral accepted", {"s1"}, {"s1"}, true, [](Json& c) { c["credit"]["rating"] = "D"; },
       "ready-with-commitments", {}, {{"s1", "deferred"}}},
      {"both refused: both reasons", {"k1"}, {"k1"}, true, same, "needs-correction",
       {"check.commitment_key #k1", "check.deferral_key #k1"}, {}},
      {"request for a provided material", {"s1"}, {}, true, same, "ready", {"check.request_provided #s1"},
       {{"s1", "provided"}}},
      {"request for an unknown material", {"nope"}, {}, true, same, "ready", {"check.material_unknown @/deferrals/0"}, {}},
  };
  for (const Row& row : rows) {
    Strings missing;
    for (const Strings* list : {&row.deferrals, &row.commitments}) {
      for (const std::string& id : *list) {
        if (std::string(row.name).find("provided") == std::string::npos && id != "nope") missing.push_back(id);
      }
    }
    Json context = base_context();
    row.context(context);
    Json report = run(base_template(), submission_without(missing, row.deferrals, row.commitments, row.signed_letter), context);
    EXPECT_EQ(report["decision"], row.decision) << row.name << "\n" << report.dump(1);
    EXPECT_EQ(issues(report), row.issues) << row.name;
    for (const auto& [id, expected] : row.statuses) EXPECT_EQ(status(report, id), expected) << row.name << " " << id;
  }
}

// A rule that cannot be evaluated (here a working-day question past the calendar's years) is
// neither a "yes" nor a "not eligible": the request is refused with its own code.
TEST(Requests, EligibilityRuleThatCannotBeEvaluated) {
  Json t = base_template();
  t["commitment"]["eligibility"]["rule"] = {{"yushen.is_working_day", {"2199-06-01"}}};
  t["tolerance"]["eligibility"]["rule"] = {{"yushen.is_working_day", {"2199-06-01"}}};
  Json report = run(t, submission_without({"s1", "s2"}, {"s2"}, {"s1"}, true));
  EXPECT_EQ(report["decision"], "needs-correction") << report.dump(1);
  EXPECT_EQ(issues(report), (Strings{"check.commitment_eligibility_unknown #s1", "check.deferral_eligibility_unknown #s2"}));
  EXPECT_EQ(status(report, "s1"), "missing");
  EXPECT_EQ(status(report, "s2"), "missing");
  Json en = run(t, submission_without({"s1"}, {}, {"s1"}, true), base_context(), Locale::en);
  ASSERT_EQ(en["issues"].size(), 1u);
  EXPECT_NE(en["issues"][0]["message"].get<std::string>().find("cannot be confirmed now"), std::string::npos);
  // The same template with the rule answerable still decides as before.
  t["commitment"]["eligibility"]["rule"] = {{"yushen.is_working_day", {"2025-03-07"}}};
  EXPECT_EQ(run(t, submission_without({"s1"}, {}, {"s1"}, true))["decision"], "ready-with-commitments");
}

// A request the material does not need says which reason applies, so the applicant knows what
// to do: a file is attached (remove it to defer instead), the department gets it by data
// sharing, or it is not needed this time (here: a branch document for a non-branch).
TEST(Requests, UnneededRequestsSayWhy) {
  Json submission = submission_without({"licence"}, {"s1", "licence"}, {"branch-doc"}, true);
  Json context = base_context();
  context["sharedMaterials"] = {"licence"};
  Json report = run(base_template(), submission, context);
  EXPECT_EQ(report["decision"], "ready") << report.dump(1);
  EXPECT_EQ(issues(report), (Strings{"check.request_shared #licence", "check.request_provided #s1",
                                     "check.request_unneeded #branch-doc"}));
  std::map<std::string, std::string> messages;
  for (const Json& issue : report["issues"]) messages[issue["code"]] = issue["message"];
  EXPECT_NE(messages["check.request_provided"].find("请先移除该文件"), std::string::npos);
  EXPECT_NE(messages["check.request_shared"].find("数据共享"), std::string::npos);
  EXPECT_NE(messages["check.request_unneeded"].find("本次无需提交"), std::string::npos);
}

TEST(Requests, NotListedOrNoPolicy) {
  Json t = base_template();
  t["tolerance"]["materials"] = {"s2"};
  t.erase("commitment");
  Json report = run(t, submission_without({"s1", "s3"}, {"s1"}, {"s3"}, true));
  EXPECT_EQ(report["decision"], "needs-correction");
  EXPECT_EQ(issues(report), (Strings{"check.deferral_not_allowed #s1", "check.commitment_not_allowed #s3"}));
}

TEST(Requests, RefusalMessagesSayWhy) {
  Json context = base_context();
  context["credit"]["lastBrokenCommitment"] = "2024-05-31";
  Json report = run(base_template(), submission_without({"s1"}, {}, {"s1"}, true), context, Locale::en);
  ASSERT_EQ(report["issues"].size(), 1u);
  EXPECT_EQ(report["issues"][0]["message"],
            "A commitment was broken on 2024-05-31, so commitments are not available until 2026-05-31; provide the s1");
}

TEST(Requests, DueDatesAndLetter) {
  Json report = run(base_template(), submission_without({"s1", "s2"}, {"s1"}, {"s2"}, true));
  ASSERT_EQ(report["decision"], "ready-with-commitments") << report.dump(1);
  // 5 working days after Thursday 2025-03-06: 07, 10, 11, 12, 13.
  EXPECT_EQ(report["deferred"], Json::parse(R"([{"due": "2025-03-13", "material": "s1"}])"));
  EXPECT_EQ(report["commitments"]["materials"], Json::parse(R"(["s2"])"));
  EXPECT_EQ(report["commitments"]["due"], "2025-05-06");
  EXPECT_EQ(report["commitments"]["letter"], "某某公司承诺于 2025-05-06 前提交s2。违者担责。\n\n容缺承诺:s1,2025-03-13 前补交");
  EXPECT_EQ(report["commitments"]["letterDigest"].get<std::string>().size(), 64u);
}

TEST(Requests, WorkingDaysCrossTheNationalDayHoliday) {
  Json context = base_context();
  context["now"] = "2025-09-30T16:00:00+08:00";
  Json report = run(base_template(), submission_without({"s1"}, {"s1"}, {}, true), context);
  // 2025-10-01..08 are holidays and 10-11 (Saturday) a make-up working day: 09, 10, 11, 13, 14.
  EXPECT_EQ(report["deferred"][0]["due"], "2025-10-14") << report.dump(1);
}

TEST(Requests, SignatureBoundToTheLetter) {
  Json s = submission_without({"s2"}, {}, {"s2"}, true);
  Json first = run(base_template(), s);
  std::string digest = first["commitments"]["letterDigest"].get<std::string>();
  s["signature"]["letterDigest"] = digest;
  EXPECT_EQ(run(base_template(), s)["decision"], "ready-with-commitments");
  s["signature"]["letterDigest"] = std::string(64, '0');
  Json changed = run(base_template(), s);
  EXPECT_EQ(changed["decision"], "needs-correction");
  EXPECT_EQ(issues(changed), (Strings{"check.letter_changed @/signature/letterDigest", "check.commitment_unsigned #s2"}));
  EXPECT_EQ(changed["commitments"]["letter"], first["commitments"]["letter"]);  // the text to sign again
}

TEST(Requests, MissingNowOrCalendarIsFatal) {
  Json context = base_context();
  context.erase("calendar");
  Json report = run(base_template(), submission_without({"s1"}, {"s1"}, {}, true), context);
  EXPECT_EQ(report["error"], "check.context_missing");
  context = base_context();
  context.erase("now");
  report = run(base_template(), submission_without({"s1"}, {}, {"s1"}, true), context);
  EXPECT_EQ(report["error"], "check.context_missing");
}

}  // namespace
}  // namespace yushen::check::testing
