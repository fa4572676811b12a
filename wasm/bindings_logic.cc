// C ABI for JsonLogic rules (core/api/rule_runner.h): UTF-8 in, the line `yushen logic` prints
// out. No logic lives here. Calling convention: abi.h. Tested by tests/node/logic.test.mjs.
#include <emscripten/emscripten.h>

#include <string>

#include "abi.h"
#include "api/rule_runner.h"
#include "doc/document.h"
#include "report/json_read_error.h"
#include "report/message.h"
#include "util/json_text.h"

extern "C" {

// A compiled rule, or nullptr with the error line as the result (yushen_result()).
EMSCRIPTEN_KEEPALIVE yushen::RuleRunner* yushen_rule_new(const char* rule_data, std::uint32_t rule_size,
                                                         const char* context_data, std::uint32_t context_size) {
  std::string_view rule_text = yushen::wasm::text(rule_data, rule_size);
  std::string_view context_text = context_size == 0 ? std::string_view("{}") : yushen::wasm::text(context_data, context_size);
  yushen::JsonRead rule = yushen::doc::read_json_fast(rule_text);
  yushen::JsonRead context = yushen::doc::read_json_fast(context_text);
  for (const auto& [read, size] : {std::pair{&rule, rule_text.size()}, std::pair{&context, context_text.size()}}) {
    if (read->error == yushen::JsonReadError::none) continue;
    yushen::wasm::give(yushen::dump_json(yushen::error_line(yushen::json_read_error(*read, {}, size), yushen::wasm::developer_locale())));
    return nullptr;
  }
  auto created = yushen::RuleRunner::create(rule.value, context.value);
  if (!created.ok()) {
    yushen::wasm::give(yushen::dump_json(yushen::error_line(created.error(), yushen::wasm::developer_locale())));
    return nullptr;
  }
  return new yushen::RuleRunner(std::move(created).value());
}

EMSCRIPTEN_KEEPALIVE const char* yushen_rule_run(const yushen::RuleRunner* runner, const char* data,
                                                 std::uint32_t data_size, const char* locale,
                                                 std::uint32_t locale_size) {
  yushen::Locale chosen = yushen::wasm::locale_or(locale, locale_size, yushen::Locale::en);
  nlohmann::json line = runner->run(yushen::wasm::text(data, data_size), chosen);
  // A rule's value has no message: the locale must be loaded only when the line is an error.
  if (line.contains("error")) {
    if (auto missing = yushen::require_locale(chosen)) line = yushen::error_line(*missing, yushen::wasm::developer_locale());
  }
  return yushen::wasm::give_json(line);
}

EMSCRIPTEN_KEEPALIVE void yushen_rule_delete(yushen::RuleRunner* runner) { delete runner; }

}  // extern "C"
