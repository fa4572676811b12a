// Runs one compiled JsonLogic rule against data documents, with yushen's extensions, an
// optional working-day calendar and "today". One result per document:
// {"result": value} or {"error": {code, message, params, path}}. Used by `yushen logic` and
// the WASM bindings, so both print the same bytes.
//   auto runner = yushen::RuleRunner::create(rule_json, context_json);  // {"today","calendar"}
//   nlohmann::json line = runner.value().run(R"({"age": 20})", Locale::en);
// Tested by tests/api/rule_runner_test.cc and tests/node/logic.test.mjs.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "calendar/calendar.h"
#include "logic/logic.h"
#include "report/error.h"

namespace yushen {

class RuleRunner {
 public:
  // `context` may hold "today" ("YYYY-MM-DD") and "calendar" (a calendar object, e.g.
  // forms/calendar/cn-mainland.json); both optional.
  static Result<RuleRunner> create(const nlohmann::json& rule, const nlohmann::json& context);

  // Evaluates the rule against JSON text (read with the default limits).
  nlohmann::json run(std::string_view data_json, Locale locale) const;
  nlohmann::json run_value(const nlohmann::json& data, Locale locale) const;

 private:
  RuleRunner(logic::Rule rule, std::shared_ptr<const calendar::Calendar> calendar,
             std::optional<calendar::Date> today)
      : rule_(std::move(rule)), calendar_(std::move(calendar)), today_(today) {}

  logic::Rule rule_;
  std::shared_ptr<const calendar::Calendar> calendar_;
  std::optional<calendar::Date> today_;
};

// {"error": {…}} for a failed document.
nlohmann::json error_line(const Error& error, Locale locale);

}  // namespace yushen
