// RuleRunner: context parsing, evaluation and result lines for JsonLogic rules.
// Tested by tests/api/rule_runner_test.cc and tests/node/logic.test.mjs.
#include "api/rule_runner.h"

#include "api/rules.h"
#include "doc/document.h"
#include "report/json_read_error.h"
#include "report/message.h"
#include "util/json_text.h"

namespace yushen {

Result<RuleRunner> RuleRunner::create(const nlohmann::json& rule, const nlohmann::json& context) {
  auto compiled = logic::compile(rule, &rule_extensions());
  if (!compiled.ok()) return compiled.error();
  std::optional<calendar::Date> today;
  std::shared_ptr<const calendar::Calendar> loaded;
  if (!context.is_null() && !context.is_object()) {
    return make_error(Code::kInputNotObject, "", {{"what", "context"}});
  }
  if (context.is_object()) {
    auto found = context.find("today");
    if (found != context.end()) {
      if (found->is_string()) today = calendar::parse_date(found->get_ref<const std::string&>());
      if (!today) return make_error(Code::kCalendarBadDate, "/today", {{"date", dump_json(*found)}});
    }
    auto spec = context.find("calendar");
    if (spec != context.end()) {
      auto built = calendar::Calendar::from_json(*spec);
      if (!built.ok()) return built.error();
      loaded = std::make_shared<const calendar::Calendar>(std::move(built).value());
    }
  }
  return RuleRunner(std::move(compiled).value(), std::move(loaded), today);
}

nlohmann::json RuleRunner::run(std::string_view data_json, Locale locale) const {
  JsonLimits limits;
  JsonRead read = doc::read_json_fast(data_json, limits);
  if (read.error != JsonReadError::none) return error_line(json_read_error(read, limits, data_json.size()), locale);
  return run_value(read.value, locale);
}

nlohmann::json RuleRunner::run_value(const nlohmann::json& data, Locale locale) const {
  logic::Env env;
  env.calendar = calendar_.get();
  env.today = today_;
  Result<nlohmann::json> result = logic::evaluate(rule_, data, env);
  if (!result.ok()) return error_line(result.error(), locale);
  nlohmann::json out = nlohmann::json::object();
  out["result"] = std::move(result).value();
  return out;
}

nlohmann::json error_line(const Error& error, Locale locale) {
  nlohmann::json line = nlohmann::json::object();
  line["error"] = error_to_json(error, locale);
  return line;
}

}  // namespace yushen
