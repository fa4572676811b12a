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
#include "util/json_pointer.h"
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

const std::string* label_of(const Run& run, std::string_view pointer) {
  const tmpl::Text* label = run.t.field_label(pointer);
  if (!label || label->get(run.locale).empty()) return nullptr;
  return &label->get(run.locale);
}

// The label of the field an issue is at (x-label, in the locale), or empty. It names the
// section the field is in, when the section is labelled and the label does not already say
// it: "监理单位总监理工程师", "mobile number (contact person)". Inside an array it says which
// item, when the array is labelled: "股东第 2 项的身份证号码", "ID number of shareholder #2".
std::string field_label(const Run& run, const Issue& issue) {
  if (!issue.material.empty()) return {};
  std::optional<std::vector<std::string>> tokens = split_pointer(issue.path);
  if (!tokens || tokens->size() < 2) return {};
  auto prefix = [&](std::size_t count) {
    std::string pointer;
    for (std::size_t i = 0; i < count; ++i) append_pointer_token(pointer, (*tokens)[i]);
    return pointer;
  };
  std::size_t item = tokens->size();
  while (item > 0 && !is_index_token((*tokens)[item - 1])) --item;
  const std::string* own = label_of(run, issue.path);
  const std::string* array = item > 0 ? label_of(run, prefix(item - 1)) : nullptr;
  bool at_item = item > 0 && item == tokens->size();
  if (!own && !(array && at_item)) return {};
  if (!array) {
    const std::string* section = item == 0 && tokens->size() > 2 ? label_of(run, prefix(tokens->size() - 1)) : nullptr;
    if (!section || own->find(*section) != std::string::npos) return *own;
    return run.locale == Locale::en ? *own + " (" + *section + ")" : *section + *own;
  }
  std::string n = std::to_string(std::stoul((*tokens)[item - 1]) + 1);
  if (run.locale == Locale::en) return at_item ? *array + " #" + n : *own + " of " + *array + " #" + n;
  std::string which = *array + "第 " + n + (run.locale == Locale::zh_TW ? " 項" : " 项");
  return at_item ? which : which + "的" + *own;
}

std::string render(const Run& run, const Issue& issue, const Json& params) {
  auto override = run.t.messages.find(code_id(issue.code));
  if (override != run.t.messages.end()) {
    const std::optional<std::string>& text = override->second.text[static_cast<int>(run.locale)];
    if (text) return render_template(*text, params, run.locale);
  }
  return render_message(issue.code, params, run.locale);
}

// A rule's own message as written, and so a field's own message for the code (x-messages).
// Otherwise the code's message (or the template's override) names the field when the form labels
// it: a missing field by its label ("请填写法定代表人身份证号码"), any other problem after
// it ("法定代表人身份证号码：身份证号码校验位不正确，…"), so each line of the one-time notice
// says where the problem is.
std::string message(const Run& run, const Issue& issue) {
  if (issue.text) return render_template(issue.text->get(run.locale), issue.params, run.locale);
  if (issue.material.empty()) {
    if (const tmpl::PartialText* own = run.t.field_message(issue.path, issue.code)) {
      const std::optional<std::string>& text = own->text[static_cast<int>(run.locale)];
      const std::optional<std::string>& zh_cn = own->text[static_cast<int>(Locale::zh_CN)];
      if (text) return render_template(*text, issue.params, run.locale);
      if (run.locale == Locale::zh_TW && zh_cn) return render_template(*zh_cn, issue.params, run.locale);
    }
  }
  std::string label = field_label(run, issue);
  if (label.empty()) return render(run, issue, issue.params);
  if (issue.code == Code::kRequired || issue.code == Code::kDependentRequired) {
    Json params = issue.params;
    params["missingProperty"] = label;
    return render(run, issue, params);
  }
  std::string separator = run.locale == Locale::en ? ": " : "：";
  return label + separator + render(run, issue, issue.params);
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
  if (std::string label = field_label(run, issue); !label.empty()) out["field"] = std::move(label);
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
