// The report (docs/template-format.md, "The report"): decision, issues (masked, rendered in
// the locale with the template's overrides, sorted: severity, then path issues by path, then
// material issues in template order, then code and params), one entry per material, accepted
// deferrals with due dates, commitments with the letter, the template identity and digest, and
// the engine version. Canonical JSON makes the same inputs give the same bytes.
// Entry points: build_report(), issue_json(), sort_issues(). Tested by tests/check/report_test.cc.
#include <algorithm>

#include "api/validator.h"
#include "check/run.h"
#include "report/message.h"
#include "template/sha256.h"
#include "util/json_text.h"

namespace yushen::check::detail {
namespace {

int severity_rank(Severity severity) {
  switch (severity) {
    case Severity::block: return 0;
    case Severity::error: return 1;
    default: return 2;
  }
}

std::string message(const Run& run, const Issue& issue) {
  if (issue.text) return render_template(issue.text->get(run.locale), issue.params, run.locale);
  auto override = run.t.messages.find(code_id(issue.code));
  if (override != run.t.messages.end()) {
    const std::optional<std::string>& text = override->second.text[static_cast<int>(run.locale)];
    if (text) return render_template(*text, issue.params, run.locale);
  }
  return render_message(issue.code, issue.params, run.locale);
}

}  // namespace

std::string_view status_name(Status status) {
  switch (status) {
    case Status::provided: return "provided";
    case Status::missing: return "missing";
    case Status::invalid: return "invalid";
    case Status::deferred: return "deferred";
    case Status::committed: return "committed";
    case Status::shared: return "shared";
    case Status::not_applicable: return "not-applicable";
  }
  return "missing";
}

void sort_issues(std::vector<Issue>& issues) {
  for (Issue& issue : issues) mask_params(issue.params);
  std::stable_sort(issues.begin(), issues.end(), [](const Issue& a, const Issue& b) {
    if (severity_rank(a.severity) != severity_rank(b.severity)) return severity_rank(a.severity) < severity_rank(b.severity);
    bool a_material = !a.material.empty(), b_material = !b.material.empty();
    if (a_material != b_material) return b_material;
    if (a_material && a.order != b.order) return a.order < b.order;
    if (!a_material && a.path != b.path) return a.path < b.path;
    if (a.code != b.code) return code_id(a.code) < code_id(b.code);
    if (a.rule != b.rule) return a.rule < b.rule;
    return dump_json(a.params) < dump_json(b.params);
  });
}

Json issue_json(const Run& run, const Issue& issue) {
  Json out = Json::object();
  out["code"] = std::string(code_id(issue.code));
  out["severity"] = std::string(severity_name(issue.severity));
  if (issue.material.empty()) out["path"] = issue.path;
  else out["material"] = issue.material;
  if (!issue.rule.empty()) out["rule"] = issue.rule;
  out["params"] = issue.params;
  out["message"] = message(run, issue);
  return out;
}

Json build_report(Run& run) {
  sort_issues(run.issues);
  Json report = Json::object();
  report["decision"] = std::string(decide(run));
  Json issues = Json::array();
  for (const Issue& issue : run.issues) issues.push_back(issue_json(run, issue));
  report["issues"] = std::move(issues);
  Json materials = Json::array();
  for (std::size_t i = 0; i < run.t.materials.size(); ++i) {
    materials.push_back({{"id", run.t.materials[i].id},
                         {"name", run.t.materials[i].name.get(run.locale)},
                         {"status", std::string(status_name(run.materials[i].status))}});
  }
  report["materials"] = std::move(materials);
  Json deferred = Json::array();
  std::string due = run.deferral_due ? calendar::format_date(*run.deferral_due) : std::string();
  for (std::size_t index : run.deferred) {
    deferred.push_back({{"material", run.t.materials[index].id}, {"due", due.empty() ? Json(nullptr) : Json(due)}});
  }
  report["deferred"] = std::move(deferred);
  Json committed = Json::array();
  for (std::size_t index : run.committed) committed.push_back(run.t.materials[index].id);
  report["commitments"] = {
      {"materials", std::move(committed)},
      {"letter", run.letter},
      {"letterDigest", run.letter.empty() ? std::string() : tmpl::sha256_hex(run.letter)},
      {"due", run.commitment_due && !run.committed.empty() ? Json(calendar::format_date(*run.commitment_due)) : Json(nullptr)},
  };
  report["template"] = {{"id", run.t.id}, {"version", run.t.version}, {"digest", run.t.digest}};
  report["engine"] = std::string(engine_version());
  return report;
}

}  // namespace yushen::check::detail
