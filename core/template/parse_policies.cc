// Template compile: the tolerance (容缺受理, 黄梅: which 次要 materials, the deadline, the cap, who
// is eligible, the written commitment) and commitment (告知承诺, 铜梁: which materials a signed
// letter replaces, eligibility with a broken-commitment window, the letter text) policies.
// Entry point: parse_policies(). Tested by tests/template/compile_test.cc.
#include "template/parse.h"

namespace yushen::tmpl::detail {
namespace {

Eligibility parse_eligibility(Reader& reader, const Json& policy, const std::string& at, bool& ok) {
  Eligibility out;
  const Json* value = reader.get(policy, "eligibility", at, false);
  if (!value) return out;
  std::string here = child(at, "eligibility");
  if (!reader.object(*value, here)) {
    ok = false;
    return out;
  }
  reader.members(*value, here, {"excludeDishonest", "brokenCommitmentWithin", "rule"});
  out.exclude_dishonest = reader.boolean(*value, "excludeDishonest", here).value_or(true);
  out.broken_within = reader.period(*value, "brokenCommitmentWithin", here);
  if (reader.get(*value, "rule", here, false)) {
    out.rule = reader.logic(*value, "rule", here, true);
    ok = ok && out.rule.has_value();
  }
  return out;
}

void parse_policy(Reader& reader, const Json& json, std::string_view name, Template& out, Policy& policy) {
  const Json* value = reader.get(json, name, "", false);
  if (!value) return;
  std::string at = child("", name);
  if (!reader.object(*value, at)) return;
  bool commitment = name == "commitment";
  if (commitment) {
    reader.members(*value, at, {"materials", "deadline", "maxCount", "eligibility", "letter", "liability"});
  } else {
    reader.members(*value, at, {"materials", "deadline", "maxCount", "eligibility", "letter"});
  }
  bool ok = true;
  std::vector<std::string> ids = reader.id_list(*value, "materials", at, true);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    std::size_t index = out.material_index(ids[i]);
    if (index == Template::npos) {
      reader.fail(Code::kTemplateUnknownMaterial, child(child(at, "materials"), i), {{"id", ids[i]}});
      ok = false;
      continue;
    }
    policy.materials.push_back(index);
  }
  if (!commitment && !reader.get(*value, "deadline", at, true)) ok = false;
  policy.deadline = reader.deadline(*value, "deadline", at);
  if (auto cap = reader.integer(*value, "maxCount", at, 1, 200)) policy.max_count = static_cast<int>(*cap);
  policy.eligibility = parse_eligibility(reader, *value, at, ok);
  policy.letter = reader.text(*value, "letter", at, true);
  if (commitment) policy.liability = reader.text(*value, "liability", at, false);
  policy.enabled = ok && policy.letter.has_value();
}

}  // namespace

void parse_policies(Reader& reader, const Json& json, Template& out) {
  parse_policy(reader, json, "tolerance", out, out.tolerance);
  parse_policy(reader, json, "commitment", out, out.commitment);
}

}  // namespace yushen::tmpl::detail
