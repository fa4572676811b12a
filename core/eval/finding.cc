// A finding's merged parameters (finding.h).
// Tested by tests/eval/finding_test.cc and tests/api/result_text_test.cc.
#include "eval/finding.h"

namespace yushen::eval {

ParamRef FindingParams::find(std::string_view name) const {
  if (finding_.found_name && name == finding_.found_name) return ParamRef::of_text(finding_.found_value());
  if (finding_.more.is_object()) {
    auto it = finding_.more.find(name);
    if (it != finding_.more.end()) return ParamRef::of(*it);
  }
  if (static_.is_object()) {
    auto it = static_.find(name);
    if (it != static_.end()) return ParamRef::of(*it);
  }
  return {};
}

nlohmann::json finding_params(const plan::Plan& plan, const Finding& finding) {
  FindingParams params(plan, finding);
  if (!params.is_object()) return params.static_params();
  nlohmann::json out = nlohmann::json::object();
  params.for_each([&out](std::string_view key, const ParamRef& value) {
    out[std::string(key)] = value.is_text ? nlohmann::json(std::string(value.text)) : *value.json;
  });
  return out;
}

}  // namespace yushen::eval
