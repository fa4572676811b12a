// Internal to core/api; use api/validator.h. The validation result as canonical JSON text,
// written straight from the evaluator's findings: no nlohmann value per error (that object,
// its copies and its later dump were most of the cost of an invalid instance). This is the
// one definition of the ajv, basic and flag result forms; Validator's nlohmann-returning
// calls parse this text.
// Tested by tests/api/result_text_test.cc (byte for byte against the nlohmann route it
// replaced, over the JSON Schema suite and the bench corpus) and by the goldens.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "eval/evaluator.h"
#include "plan/plan.h"
#include "report/codes.h"
#include "report/error.h"

namespace yushen {

enum class OutputFormat { flag, basic, ajv };

// Appends {"errors":[…],"valid":…} (ajv, basic), {"valid":…} (flag), or the error result
// when a limit stopped evaluation. Keys in byte order, as dump_json writes them.
void write_result(std::string& out, const plan::Plan& plan, const eval::Outcome& outcome, OutputFormat output,
                  Locale locale);

// {"valid":false,"error":{code,message,params,path}} for an input or limit error, and the
// same appended as text. Rare, so built as an nlohmann value (error_to_json is the one
// definition of an error object, shared with every other tool).
nlohmann::json error_result(const Error& error, Locale locale);
void write_error_result(std::string& out, const Error& error, Locale locale);

}  // namespace yushen
