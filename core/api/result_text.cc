// The result forms as canonical JSON text (result_text.h). Each object is written with
// its keys already in byte order, which is the order dump_json's std::map would give.
// Tested by tests/api/result_text_test.cc.
#include "api/result_text.h"

#include "report/message.h"
#include "util/json_text.h"
#include "util/json_write.h"

namespace yushen {
namespace {

// {"code","instancePath","keyword","message","params","schemaPath"}
void write_ajv_error(std::string& out, const plan::Plan& plan, const eval::Finding& finding, Locale locale,
                     std::string& message) {
  const plan::InstructionMeta& meta = plan.meta[finding.meta];
  out += "{\"code\":";
  append_json_string(out, code_id(finding.code));
  out += ",\"instancePath\":";
  append_json_string(out, finding.instance_path);
  out += ",\"keyword\":";
  append_json_string(out, meta.keyword);
  out += ",\"message\":";
  message.clear();
  append_message(message, finding.code, finding.params, locale);
  append_json_string(out, message);
  out += ",\"params\":";
  append_json(out, finding.params);
  out += ",\"schemaPath\":";
  append_json_string(out, meta.schema_path);
  out += '}';
}

// {"absoluteKeywordLocation","code","error","instanceLocation","keywordLocation"}
void write_basic_error(std::string& out, const plan::Plan& plan, const eval::Finding& finding, Locale locale,
                       std::string& message) {
  const plan::InstructionMeta& meta = plan.meta[finding.meta];
  out += "{\"absoluteKeywordLocation\":";
  append_json_string(out, meta.absolute_location);
  out += ",\"code\":";
  append_json_string(out, code_id(finding.code));
  out += ",\"error\":";
  message.clear();
  append_message(message, finding.code, finding.params, locale);
  append_json_string(out, message);
  out += ",\"instanceLocation\":";
  append_json_string(out, finding.instance_path);
  out += ",\"keywordLocation\":";
  append_json_string(out, finding.keyword_location);
  out += '}';
}

}  // namespace

void write_result(std::string& out, const plan::Plan& plan, const eval::Outcome& outcome, OutputFormat output,
                  Locale locale) {
  if (outcome.limit) {
    write_error_result(out, *outcome.limit, locale);
    return;
  }
  if (output == OutputFormat::flag) {
    out += outcome.valid ? "{\"valid\":true}" : "{\"valid\":false}";
    return;
  }
  out += "{\"errors\":[";
  std::string message;  // one buffer for every message of this result
  for (std::size_t i = 0; i < outcome.errors.size(); ++i) {
    if (i) out += ',';
    if (output == OutputFormat::ajv) {
      write_ajv_error(out, plan, outcome.errors[i], locale, message);
    } else {
      write_basic_error(out, plan, outcome.errors[i], locale, message);
    }
  }
  out += outcome.valid ? "],\"valid\":true}" : "],\"valid\":false}";
}

nlohmann::json error_result(const Error& error, Locale locale) {
  nlohmann::json result = nlohmann::json::object();
  result["valid"] = false;
  result["error"] = error_to_json(error, locale);
  return result;
}

void write_error_result(std::string& out, const Error& error, Locale locale) {
  out += dump_json(error_result(error, locale));
}

}  // namespace yushen
