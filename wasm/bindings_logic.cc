// Embind bindings for JsonLogic rules: translate strings to core/api/rule_runner.h.
// Tested by tests/node/logic.test.mjs.
#include <emscripten/bind.h>

#include <optional>
#include <string>

#include "api/rule_runner.h"
#include "report/json_read_error.h"
#include "report/message.h"
#include "util/json_text.h"

namespace {

// A compiled rule held by JS. compile() returns "" on success, else an error JSON line;
// run() returns one result line, the same text `yushen logic` prints.
class LogicRule {
 public:
  std::string compile(const std::string& rule_json, const std::string& context_json) {
    yushen::JsonRead rule = yushen::read_json(rule_json);
    if (rule.error != yushen::JsonReadError::none) {
      return yushen::dump_json(yushen::error_line(yushen::json_read_error(rule, {}, rule_json.size()), yushen::Locale::en));
    }
    yushen::JsonRead context = yushen::read_json(context_json.empty() ? "{}" : context_json);
    if (context.error != yushen::JsonReadError::none) {
      return yushen::dump_json(yushen::error_line(yushen::json_read_error(context, {}, context_json.size()), yushen::Locale::en));
    }
    auto created = yushen::RuleRunner::create(rule.value, context.value);
    if (!created.ok()) return yushen::dump_json(yushen::error_line(created.error(), yushen::Locale::en));
    runner_.emplace(std::move(created).value());
    return "";
  }

  std::string run(const std::string& data_json, const std::string& locale) const {
    if (!runner_) return "{}";
    yushen::Locale chosen = yushen::parse_locale(locale).value_or(yushen::Locale::en);
    return yushen::dump_json(runner_->run(data_json, chosen));
  }

 private:
  std::optional<yushen::RuleRunner> runner_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(yushen_logic) {
  emscripten::class_<LogicRule>("LogicRule")
      .constructor<>()
      .function("compile", &LogicRule::compile)
      .function("run", &LogicRule::run);
}
