// The JsonLogic operators yushen adds on top of the logic stage's own: identifier and
// format checks ("yushen.format") and linear-time pattern tests ("yushen.match"). The CLI,
// the WASM bindings and the template checker all compile rules with these.
//   auto rule = logic::compile(rule_json, &yushen::rule_extensions());
// Tested by tests/api/rules_test.cc.
#pragma once

#include "logic/logic.h"

namespace yushen {

// ["yushen.format", name, value] -> true if value is a string valid as `name` (any format in
//   formats/registry.h, e.g. "cn-resident-id"; advisory failures count as valid), false
//   for other values; logic.bad_argument for an unknown format name. "today" comes from Env.
// ["yushen.match", pattern, value] -> true if value is a string the ECMA-262 pattern matches
//   (same linear-time engine as JSON Schema `pattern`); logic.bad_argument for a pattern the
//   engine refuses.
const logic::Extensions& rule_extensions();

}  // namespace yushen
