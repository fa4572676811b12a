// The result forms as canonical JSON text (result_text.h). Each object is written with
// its keys already in byte order, which is the order dump_json's std::map would give.
// Tested by tests/api/result_text_test.cc.
#include "api/result_text.h"

#include "report/message.h"
#include "util/json_text.h"
#include "util/json_write.h"

namespace yushen {
namespace {

// A finding's params object: the plan's static params with the found ones merged in, in
// key order (eval::FindingParams), written without building the merged nlohmann object.
void append_params(std::string& out, const eval::FindingParams& params) {
  if (!params.is_object()) {
    append_json(out, params.static_params());
    return;
  }
  out += '{';
  bool first = true;
  params.for_each([&](std::string_view key, const ParamRef& value) {
    if (!first) out += ',';
    first = false;
    append_json_string(out, key);
    out += ':';
    if (value.is_text) {
      append_json_string(out, value.text);
    } else {
      append_json(out, *value.json);
    }
  });
  out += '}';
}

// {"code","instancePath","keyword","message","params","schemaPath"}
void write_ajv_error(std::string& out, const plan::Plan& plan, const eval::Finding& finding, Locale locale,
                     std::string& message) {
  const plan::InstructionMeta& meta = plan.meta[finding.meta];
  const eval::FindingParams params(plan, finding);
  out += "{\"code\":";
  append_json_string(out, code_id(finding.code));
  out += ",\"instancePath\":";
  append_json_string(out, finding.instance_path);
  out += ",\"keyword\":";
  append_json_string(out, meta.keyword);
  out += ",\"message\":";
  message.clear();
  append_message(message, finding.code, params, locale);
  append_json_string(out, message);
  out += ",\"params\":";
  append_params(out, params);
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
  append_message(message, finding.code, eval::FindingParams(plan, finding), locale);
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
  // One buffer for every message, kept per thread: a message is longer than a string's
  // inline buffer, so a fresh one would allocate for every invalid result.
  thread_local std::string message;
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
