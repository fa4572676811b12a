// Shared by the check tests: a template that exercises every part of the format (cases,
// stages, conditions, error/block/warning rules, key and secondary materials, data sharing,
// a stage-dependent alternative group, 容缺 and 告知承诺), a clean submission, a context, and
// helpers that run a check and list issues as "code @path" / "code #material".
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "check/checker.h"
#include "util/json_text.h"

namespace yushen::check::testing {

using Json = nlohmann::json;
using Strings = std::vector<std::string>;

inline std::string read_text(const std::string& path) {
  std::string text;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return text;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
  std::fclose(file);
  return text;
}

inline Json read_json_file(const std::string& path) { return read_json(read_text(path)).value; }

inline const Json& mainland_calendar() {
  static const Json* calendar = new Json(read_json_file(YUSHEN_SOURCE_DIR "/forms/calendar/cn-mainland.json"));
  return *calendar;
}

inline Json text(const char* zh, const char* en) { return Json{{"zh-CN", zh}, {"zh-TW", zh}, {"en", en}}; }

inline Json material(const char* id, const char* requirement, const char* importance) {
  return Json{{"id", id}, {"name", text(id, id)}, {"requirement", requirement}, {"importance", importance},
              {"accept", {"application/pdf", "image/*"}}, {"maxFileSize", 1000000}};
}

inline Json base_template() {
  Json t = Json::parse(R"json({
    "yushen": "template/1", "id": "test.base", "version": "1",
    "title": {"zh-CN": "测试事项", "zh-TW": "測試事項", "en": "Test matter"},
    "cases": [{"id": "branch", "title": {"zh-CN": "是否分支机构", "en": "Is it a branch"},
               "options": [{"value": "yes", "title": {"zh-CN": "是", "en": "Yes"}}, {"value": "no", "title": {"zh-CN": "否", "en": "No"}}]}],
    "stages": [{"id": "earthwork", "title": {"zh-CN": "土方开挖", "en": "Earthwork"}},
               {"id": "foundation", "title": {"zh-CN": "基础", "en": "Foundation"}}],
    "form": {"type": "object", "required": ["name", "id", "count"],
      "properties": {
        "name": {"type": "string", "minLength": 2},
        "id": {"type": "string", "format": "cn-resident-id"},
        "phone": {"type": "string", "format": "cn-mobile"},
        "count": {"type": "integer", "minimum": 1},
        "certified": {"type": "integer", "minimum": 0},
        "parent": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "minLength": 2}}},
        "start": {"type": "string", "format": "date"},
        "kind": {"enum": ["a", "b", "other"]}
      }},
    "conditions": [{"path": "/form/parent", "when": {"==": [{"var": "case.branch"}, "yes"]}}],
    "rules": [
      {"id": "certified-le-count", "assert": {"<=": [{"var": ["form.certified", 0]}, {"var": "form.count"}]},
       "path": "/form/certified", "severity": "error",
       "message": {"zh-CN": "持证人数({c})不能多于人数({n})", "zh-TW": "持證人數({c})不能多於人數({n})", "en": "Certified ({c}) exceeds count ({n})"},
       "params": {"c": {"var": "form.certified"}, "n": {"var": "form.count"}}},
      {"id": "in-scope", "assert": {"!=": [{"var": "form.kind"}, "other"]}, "path": "/form/kind", "severity": "block",
       "message": {"zh-CN": "不属于本事项范围", "en": "Out of scope"}},
      {"id": "start-not-past", "when": {"!!": [{"var": "form.start"}]},
       "assert": {">=": [{"var": "form.start"}, {"yushen.today": []}]}, "path": "/form/start", "severity": "warning",
       "message": {"zh-CN": "开工日期早于今天", "en": "The start date is in the past"}},
      {"id": "phone-echo", "when": {"==": [{"var": "form.kind"}, "b"]}, "assert": false, "path": "/form/phone",
       "severity": "warning", "message": {"zh-CN": "请确认电话 {p}", "en": "Confirm the phone {p}"},
       "params": {"p": {"var": "form.phone"}}}
    ],
    "materials": [],
    "alternatives": [{"id": "planning", "name": {"zh-CN": "规划依据", "en": "planning basis"},
      "sets": [{"materials": ["planning-permit"]},
               {"materials": ["planning-conditions"], "when": {"==": [{"var": "stage"}, "earthwork"]}}]}],
    "tolerance": {"materials": ["s1", "s2", "s3"], "deadline": {"workingDays": 5}, "maxCount": 2,
                  "letter": {"zh-CN": "容缺承诺:{materials},{deadline} 前补交", "en": "Deferred: {materials}, by {deadline}"}},
    "commitment": {"materials": ["s1", "s2", "s3"], "deadline": {"months": 2}, "maxCount": 3,
                   "eligibility": {"brokenCommitmentWithin": {"years": 2}, "rule": {"!=": [{"var": "context.credit.rating"}, "D"]}},
                   "letter": {"zh-CN": "{applicant}承诺于 {deadline} 前提交{materials}。{liability}", "en": "{applicant} will provide {materials} by {deadline}. {liability}"},
                   "liability": {"zh-CN": "违者担责。", "en": "Liable if broken."}}
  })json");
  t["materials"] = Json::array({material("k1", "required", "key"), material("licence", "required", "key"),
                                material("s1", "required", "secondary"), material("s2", "required", "secondary"),
                                material("s3", "required", "secondary"), material("extra", "optional", "secondary"),
                                material("branch-doc", "conditional", "key"), material("planning-permit", "optional", "key"),
                                material("planning-conditions", "optional", "key")});
  t["materials"][1]["dataSharing"] = true;
  t["materials"][6]["when"] = Json::parse(R"({"==": [{"var": "case.branch"}, "yes"]})");
  return t;
}

inline Json file(const char* name, const char* type = "application/pdf", std::uint64_t size = 1000) {
  return Json{{"name", name}, {"type", type}, {"size", size}};
}

inline Json files(const char* name) { return Json{{"files", Json::array({file(name)})}}; }

// A submission with nothing wrong: every required material uploaded, stage foundation.
inline Json clean_submission() {
  Json s = Json::parse(R"({"form": {"name": "张三", "id": "11010519491231002X", "count": 3, "certified": 2, "kind": "a"},
                            "case": {"branch": "no"}, "stage": "foundation"})");
  s["materials"] = {{"k1", files("k1.pdf")},  {"licence", files("l.pdf")}, {"s1", files("s1.pdf")},
                    {"s2", files("s2.pdf")}, {"s3", files("s3.pdf")},     {"planning-permit", files("p.pdf")}};
  return s;
}

inline Json base_context() {
  Json c = Json::parse(R"({"now": "2025-03-06T10:00:00+08:00",
                          "credit": {"rating": "A", "dishonest": false, "lastBrokenCommitment": null},
                          "sharedMaterials": [], "applicant": {"name": "某某公司"}})");
  c["calendar"] = mainland_calendar();
  return c;
}

// The report, or {"error": code} when the check stopped.
inline Json run(const Json& tpl, const Json& submission, const Json& context = base_context(),
                Locale locale = Locale::zh_CN) {
  Result<Checker> checker = Checker::compile(tpl);
  EXPECT_TRUE(checker.ok()) << (checker.ok() ? "" : std::string(code_id(checker.error().code)) + " " + checker.error().where);
  if (!checker.ok()) return Json{{"error", "compile"}};
  Result<Json> report = checker.value().check(submission, context, locale);
  if (!report.ok()) return Json{{"error", std::string(code_id(report.error().code))}, {"where", report.error().where}};
  return report.value();
}

// "code @path" or "code #material" for every issue, in report order.
inline Strings issues(const Json& report) {
  Strings out;
  auto list = report.find("issues");
  if (list == report.end()) return {"(no report: " + report.dump() + ")"};
  for (const Json& issue : *list) {
    std::string code = issue["code"].get<std::string>();
    out.push_back(issue.contains("path") ? code + " @" + issue["path"].get<std::string>()
                                         : code + " #" + issue["material"].get<std::string>());
  }
  return out;
}

inline std::string status(const Json& report, const std::string& id) {
  for (const Json& m : report["materials"]) {
    if (m["id"] == id) return m["status"].get<std::string>();
  }
  return "(absent)";
}

}  // namespace yushen::check::testing
