// One error the evaluator found, and its parameters. A finding keeps only what the
// evaluation discovered (the missing property, the extra key, …); the instruction's static
// parameters (limits, allowed values) stay in the plan and are merged when the finding is
// reported. Copying the static params into every finding as an nlohmann object cost 8–10
// allocations per error (docs/performance.md, "Findings without params objects").
//   FindingParams params(plan, finding);
//   params.for_each([](std::string_view key, ParamRef value) { … });  // merged, in key order
// Part of core/eval's public header (eval/evaluator.h includes it).
// Tested by tests/eval/finding_test.cc and, byte for byte, by tests/api/result_text_test.cc.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "plan/plan.h"
#include "report/codes.h"
#include "report/message.h"

namespace yushen::eval {

struct Finding {
  Code code;
  std::uint32_t meta;            // index into plan.meta (keyword, schema path, static params)
  std::string instance_path;     // JSON Pointer into the instance
  std::string keyword_location;  // dynamic path through $refs (only when tracked)

  // The one string parameter most findings carry (missingProperty, additionalProperty,
  // failingKeyword, …): its name, a literal. Null when the finding has none.
  const char* found_name = nullptr;
  // Its value: a view of a string the plan or a literal owns, or, for text from the
  // instance, a copy (an instance may not outlive its findings; short keys fit the
  // string's inline buffer, so the copy rarely allocates). At most one is set; an empty
  // copy reads the same as an empty view, so no flag says which.
  std::string_view found_view;
  std::string found_copy;
  // Any other parameters the evaluation found, for the rare codes that need numbers or
  // arrays (dependentRequired, oneOf, uniqueItems, unevaluatedItems, format checks): an
  // object, or null (no allocation) when there are none. Never shares a key with found_name.
  nlohmann::json more;

  std::string_view found_value() const { return found_copy.empty() ? found_view : std::string_view(found_copy); }
};

// A finding's parameters as one object: the instruction's static params with the found
// ones merged over them (a found key replaces a static one), without building that object.
class FindingParams final : public ParamSource {
 public:
  FindingParams(const plan::Plan& plan, const Finding& finding)
      : static_(plan.meta[finding.meta].params), finding_(finding) {}

  ParamRef find(std::string_view name) const override;

  // Calls visit(key, ParamRef) for every parameter in byte order of the keys: the order
  // of nlohmann's std::map, so writing them in this order gives dump_json's bytes.
  template <class Visit>
  void for_each(Visit&& visit) const;

  // True when the merged value is an object (always, for plans from core/schema; a
  // static params value that is not an object and no found params is written as it is).
  bool is_object() const { return static_.is_object() || has_found(); }
  const nlohmann::json& static_params() const { return static_; }

 private:
  bool has_found() const { return finding_.found_name || finding_.more.is_object(); }

  const nlohmann::json& static_;
  const Finding& finding_;
};

// The merged parameters as an nlohmann object, for callers that keep them (the template
// checker's issues) and for tests.
nlohmann::json finding_params(const plan::Plan& plan, const Finding& finding);

template <class Visit>
void FindingParams::for_each(Visit&& visit) const {
  // A merge of up to three sorted sources: the static params, the found `more` object and
  // the single found string. On equal keys a found value wins and the static one is skipped.
  static const nlohmann::json kEmpty = nlohmann::json::object();
  const nlohmann::json& statics = static_.is_object() ? static_ : kEmpty;
  const nlohmann::json& more = finding_.more.is_object() ? finding_.more : kEmpty;
  auto s = statics.begin();
  auto m = more.begin();
  bool single = finding_.found_name != nullptr;
  const std::string_view single_key = single ? std::string_view(finding_.found_name) : std::string_view();
  while (true) {
    int which = -1;  // 0 static, 1 more, 2 single
    std::string_view best;
    if (s != statics.end()) {
      best = s.key();
      which = 0;
    }
    if (m != more.end() && (which < 0 || std::string_view(m.key()) <= best)) {
      best = m.key();
      which = 1;
    }
    if (single && (which < 0 || single_key <= best)) {
      best = single_key;
      which = 2;
    }
    if (which < 0) return;
    if (which == 0) {
      visit(best, ParamRef::of(*s));
    } else if (which == 1) {
      visit(best, ParamRef::of(*m));
    } else {
      visit(best, ParamRef::of_text(finding_.found_value()));
    }
    // Advance every source whose head has this key (a static key a found one replaced).
    if (s != statics.end() && std::string_view(s.key()) == best) ++s;
    if (m != more.end() && std::string_view(m.key()) == best) ++m;
    if (single && single_key == best) single = false;
  }
}

}  // namespace yushen::eval
