// Internal to the check stage; use check/checker.h. The state of one check call (Run) and
// the steps that fill it, one file each, called in this order by checker.cc:
// inputs.cc → applicability.cc → cases.cc → fields.cc → rules.cc → materials.cc →
// requests.cc (容缺 and 告知承诺, with eligibility.cc and letter.cc) → alternatives.cc →
// decision.cc → report.cc. A Run lives for one call; nothing outlives it.
// Tested by tests/check/*_test.cc.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"
#include "logic/logic.h"
#include "report/codes.h"
#include "report/error.h"
#include "template/template.h"

namespace yushen::check::detail {

using Json = nlohmann::json;
using tmpl::Template;
inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// One problem for the report. Exactly one of `path` and `material` is set.
struct Issue {
  Issue(Code code, Severity severity) : code(code), severity(severity) {}
  Code code;
  Severity severity;
  std::string path;                  // JSON Pointer into the submission
  std::string material;              // material or alternative-group id
  std::size_t order = npos;          // template order of `material` (groups after materials)
  std::string rule;                  // rule id, for check.rule
  const tmpl::Text* text = nullptr;  // the template's own message (rules)
  Json params = Json::object();
};

enum class Status { provided, missing, invalid, deferred, committed, shared, not_applicable };
std::string_view status_name(Status status);

struct MaterialState {
  Status status = Status::missing;
  bool applies = true;       // its own `when` holds
  bool in_group = false;     // offered by an applicable alternative group
  bool refused = false;      // a deferral or commitment was refused (that issue says "provide it")
  bool request_unneeded = false;  // asked for although provided, shared, optional or not applicable (warned once)
  std::optional<std::size_t> deferral_request;    // index in submission.deferrals
  std::optional<std::size_t> commitment_request;  // index in submission.commitments
};

// What the submission says, read by inputs.cc.
struct Submission {
  Json form = Json::object();  // moved into Run::data by build_data()
  Json cases = Json::object();
  std::optional<std::string> stage;
  const Json* manifest = nullptr;  // submission.materials
  std::vector<std::string> deferrals;
  std::vector<std::string> commitments;
  bool signed_letter = false;
  std::optional<std::string> letter_digest;
};

// What the context says, read by inputs.cc.
struct Context {
  std::optional<calendar::Date> today;
  std::optional<calendar::Calendar> own_calendar;
  const calendar::Calendar* calendar = nullptr;
  bool dishonest = false;
  std::optional<calendar::Date> last_broken;
  std::set<std::string, std::less<>> shared;
  std::string applicant;
  Json data = Json::object();  // the context without its calendar, as rules see it; moved into Run::data by build_data()
};

// A working-day due date the calendar cannot give yet because it does not cover `year`
// (calendar.out_of_range): the letter states it in rule form and a warning says why.
struct DueGap {
  int working_days = 0;
  int year = 0;
};

struct Run {
  Run(const Template& t, Locale locale) : t(t), locale(locale), materials(t.materials.size()) {}

  const Template& t;
  Locale locale;
  Submission in;
  Context ctx;
  Json data;  // what JsonLogic sees: {form (pruned), case, stage, context, today}
  logic::Env env;
  std::vector<std::string> inapplicable;  // pointers under /form that do not apply
  std::vector<MaterialState> materials;
  std::vector<Issue> issues;
  std::vector<std::size_t> deferred;   // accepted deferrals
  std::vector<std::size_t> committed;  // accepted commitments
  std::optional<calendar::Date> deferral_due;
  std::optional<calendar::Date> commitment_due;
  std::optional<DueGap> deferral_gap;
  std::optional<DueGap> commitment_gap;
  std::string letter;
  std::optional<Error> fatal;  // stops the check: reported instead of a report

  // True if `path` is a non-applicable pointer or under one.
  bool is_inapplicable(std::string_view path) const;
  // Evaluates an optional condition against `data`; absent means true, and so does an error
  // (a `when` that cannot be evaluated keeps its material or alternative in force).
  bool holds(const std::optional<logic::Rule>& rule) const;
  void add(Issue issue) { issues.push_back(std::move(issue)); }
  // An issue at a submission path, with the severity of its code.
  void add_path_issue(Code code, std::string path, Json params = Json::object());
  // An issue about material `index` (params gain {"material": its name in the locale}).
  void add_material_issue(Code code, std::size_t index, Json params = Json::object());
};

// inputs.cc: read the context and the submission; a fatal Error for a wrong shape.
std::optional<Error> read_context(const Json& context, const calendar::Calendar* calendar, Run& run);
std::optional<Error> read_submission(const Json& submission, Run& run);
// The same, moving the form out of `submission` instead of copying it.
std::optional<Error> read_submission(Json&& submission, Run& run);
void build_data(Run& run);
// The civil date in Asia/Shanghai (UTC+8, no DST since 1991) of an RFC 3339 date-time, or a
// plain YYYY-MM-DD. shanghai_date("2025-03-06T20:30:00Z") == 2025-03-07.
std::optional<calendar::Date> shanghai_date(std::string_view text);

void apply_conditions(Run& run);    // applicability.cc
void check_cases(Run& run);         // cases.cc
void check_fields(Run& run);        // fields.cc
void check_rules(Run& run, std::string_view only_path = {});  // rules.cc
void check_materials(Run& run);     // materials.cc
void decide_requests(Run& run);     // requests.cc
void check_alternatives(Run& run);  // alternatives.cc
void report_missing(Run& run);      // materials.cc: required materials still missing

// decision.cc
std::string_view decide(const Run& run);

// Whether the applicant may use a policy (eligibility.cc): not on the dishonesty list, no
// broken commitment within the window (铜梁: 2 years), the template's rule over the data.
// `unknown`: the rule could not be evaluated (malformed data it reads, a date past the
// calendar, a limit); the request is refused, but never as "not eligible".
enum class Ineligible { none, dishonest, broken_commitment, rule, unknown };
struct EligibilityVerdict {
  Ineligible reason = Ineligible::none;
  Json params = Json::object();  // {date, until} for broken_commitment
};
EligibilityVerdict check_eligibility(Run& run, const tmpl::Eligibility& eligibility);

// A due date `deadline` after today (calendar days, months or working days); sets run.fatal
// when "now" or the calendar is missing; sets `gap` instead of a date when the calendar does
// not cover the working days it needs (letter.cc).
std::optional<calendar::Date> due_date(Run& run, const std::optional<tmpl::Deadline>& deadline,
                                       std::optional<DueGap>& gap);
// The commitment letter for the pending requests (letter.cc).
std::string render_letter(const Run& run, const std::vector<std::size_t>& commitments,
                          const std::vector<std::size_t>& deferrals);

// calendar_gap.cc: the edge of the calendar (docs/calendar.md). The year a calendar.out_of_range
// error is about, or nothing for any other error; the warnings that replace a fatal error or a
// check.rule_error there.
std::optional<int> calendar_gap_year(const Error& error);
void add_calendar_gap(Run& run, const tmpl::RuleDef& rule, const Error& error);
void add_due_date_pending(Run& run, std::string path, const std::vector<std::size_t>& materials, const DueGap& gap);

// mask.cc: identifiers in issue parameters masked (个人信息保护法).
void mask_params(Json& params);
std::string mask_text(std::string_view text);

// report.cc
Json issue_json(const Run& run, const Issue& issue);
void sort_issues(std::vector<Issue>& issues);
Json build_report(Run& run);

}  // namespace yushen::check::detail
