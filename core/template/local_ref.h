// Internal to the template stage; use template/template.h. Resolves a schema's local "$ref"
// ("#", "#/$defs/x", "#/allOf/0", percent-encoded fragments) inside the form schema, for the
// walks over the form that must not follow other documents: field labels and the lint rule for
// unknown fields. Tested through tests/check/labels_test.cc and tests/template/lint_test.cc.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace yushen::tmpl::detail {

// The node `ref` points at in `root`, or nullptr when it is not a local reference or points
// nowhere. `pointer` (optional) receives the decoded JSON Pointer of the target.
const nlohmann::json* resolve_local_ref(const nlohmann::json& root, std::string_view ref, std::string* pointer = nullptr);

}  // namespace yushen::tmpl::detail
