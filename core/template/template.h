// Template format v1 (docs/template-format.md): a matter's form, materials, tolerance (容缺)
// and commitment (告知承诺) policies, compiled once into an immutable Template that the
// checker (core/check/checker.h) runs submissions against. The one public header of the
// template stage; parse_*.h and lint_*.h are internal.
//   Result<TemplatePtr> t = compile_template(json);   // first error, located by JSON Pointer
//   std::vector<Error> problems = lint_template(json);  // every problem, with warnings
// Tested by tests/template/*_test.cc.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/validator.h"
#include "logic/logic.h"
#include "report/codes.h"
#include "report/error.h"

namespace yushen::tmpl {

// Text in the three locales. zh-CN and en are required; zh-TW falls back to zh-CN.
struct Text {
  std::string zh_cn, zh_tw, en;
  const std::string& get(Locale locale) const;
};

// Message overrides: any subset of the locales.
struct PartialText {
  std::array<std::optional<std::string>, 3> text;  // indexed by Locale
};

// A deadline counted from the day of the check: {"days": n} | {"workingDays": n} | {"months": n}.
struct Deadline {
  enum class Unit { days, working_days, months };
  Unit unit = Unit::days;
  int count = 0;
};

// A look-back window, e.g. 铜梁's "2 years" after a broken commitment: {"years": 2}.
struct Period {
  enum class Unit { days, months, years };
  Unit unit = Unit::years;
  int count = 0;
};

// A 情形 question: the answer must be one of `options`.
struct Case {
  std::string id;
  Text title;
  bool required = true;
  std::vector<std::string> options;
};

// Makes the field or section at `path` (a pointer under /form) not apply when `when` is falsy.
struct Condition {
  std::string path;
  logic::Rule when;
};

// A cross-field JsonLogic rule: when `test` is falsy, an issue at `path` with `message`.
struct RuleDef {
  std::string id;
  std::optional<logic::Rule> when;
  logic::Rule test;
  std::string path;  // JSON Pointer into the submission
  Severity severity = Severity::error;
  Text message;
  std::vector<std::pair<std::string, logic::Rule>> params;  // placeholder name -> value
};

enum class Requirement { required, conditional, optional };

struct Material {
  std::string id;
  Text name;
  Requirement requirement = Requirement::required;
  std::optional<logic::Rule> when;  // conditional materials apply only when truthy
  bool key = true;                  // 主要材料; false: 次要材料
  std::vector<std::string> accept;  // MIME types, "image/*" allowed; empty: any type
  std::optional<std::uint64_t> max_file_size;
  int min_files = 1;
  std::optional<int> max_files;
  std::optional<int> max_pages;
  bool data_sharing = false;        // the government may obtain it itself (免提交)
};

// Any one of `sets` satisfies the group, e.g. 衡阳 分阶段施工许可: the 土方开挖 stage may
// give the 规划条件批文 instead of the 建设工程规划许可证.
struct AlternativeSet {
  std::vector<std::size_t> materials;  // indexes into Template::materials
  std::optional<logic::Rule> when;
};
struct Alternative {
  std::string id;
  Text name;
  std::optional<logic::Rule> when;
  std::vector<AlternativeSet> sets;
};

struct Eligibility {
  bool exclude_dishonest = true;         // 失信名单 excludes (商丘, 铜梁)
  std::optional<Period> broken_within;   // no broken commitment within this window (铜梁: 2 years)
  std::optional<logic::Rule> rule;       // any further condition over the data (e.g. rating)
};

// 容缺受理 (黄梅) or 告知承诺 (铜梁): which secondary materials, until when, how many, who.
struct Policy {
  bool enabled = false;
  std::vector<std::size_t> materials;  // indexes into Template::materials
  std::optional<Deadline> deadline;
  std::optional<int> max_count;
  Eligibility eligibility;
  std::optional<Text> letter;     // the commitment letter, with placeholders
  std::optional<Text> liability;  // {liability} in the letter
};

struct TemplateLimits {
  std::size_t max_cases = 100, max_stages = 100, max_conditions = 1000, max_rules = 1000;
  std::size_t max_materials = 200, max_alternatives = 100, max_sets = 20, max_messages = 500;
  logic::LogicLimits logic;
};

struct Template {
  std::string id;
  std::string version;
  std::string digest;  // sha256 hex of the canonical JSON (dump_json) of the template
  Text title;
  std::optional<Deadline> time_limit;
  std::vector<Case> cases;
  std::vector<std::string> stages;
  std::optional<Validator> form;
  std::vector<Condition> conditions;
  std::vector<RuleDef> rules;
  std::vector<Material> materials;
  std::vector<Alternative> alternatives;
  Policy tolerance;
  Policy commitment;
  std::map<std::string, PartialText, std::less<>> messages;  // by code id
  // The form's x-label annotations by instance pointer, array items as "*"
  // ("/form/shareholders/*/name"); see field_labels.cc.
  std::map<std::string, Text, std::less<>> field_labels;
  // The form's x-messages: "<generic pointer> <code id>" → that field's own message.
  std::map<std::string, PartialText, std::less<>> field_messages;

  // The label of the field at `pointer` (a submission pointer, e.g. "/form/shareholders/0/name"),
  // or nullptr when the form does not label it.
  const Text* field_label(std::string_view pointer) const;
  // The field's own message for `code` (x-messages), or nullptr.
  const PartialText* field_message(std::string_view pointer, Code code) const;

  // Index of the material with this id, or npos.
  std::size_t material_index(std::string_view id) const;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

using TemplatePtr = std::shared_ptr<const Template>;

// Compiles a template. Errors carry a JSON Pointer into the template: template.*, the form
// schema's schema.* (under /form) and the rules' logic.* (under /rules/N/assert, …).
Result<TemplatePtr> compile_template(const nlohmann::json& json, const TemplateLimits& limits = {});

// Every problem of a template: the meta-schema (forms/template.schema.json, embedded), the
// compile errors, and the lint rules (unknown fields, key materials in policies, patterns,
// message overrides, missing zh-TW). Warnings have severity warning in the code table.
// An empty result means the template is clean.
std::vector<Error> lint_template(const nlohmann::json& json);

// The operators template rules may use beyond logic/logic.h's (api/rules.h): yushen.format
// ([format, value] -> bool, e.g. "cn-resident-id") and yushen.match ([pattern, value] -> bool).
logic::Extensions template_extensions();

}  // namespace yushen::tmpl
