// libFuzzer target for the JSON Schema path: schema text and instance text through
// Validator::create and validate, in the ajv, basic and flag forms. Property: no crash,
// hang, leak or UB (ASan + UBSan); the flag verdict equals the ajv verdict; every result is
// valid UTF-8 JSON; a limit stops evaluation with a code instead of a hang.
// Input: schema bytes, a NUL, then instance bytes. Limits are lowered (work 200,000) so
// one input stays fast. Built by `npm run fuzz` (cmake -DYUSHEN_FUZZ=ON with clang 14).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "api/validator.h"
#include "util/json_text.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t split = input.find('\0');
  if (split == std::string_view::npos) return 0;
  std::string_view schema = input.substr(0, split);
  std::string_view instance = input.substr(split + 1);
  yushen::ValidatorOptions options;
  options.eval_limits.max_work = 200000;
  options.assert_formats = (size % 2) == 0;
  auto validator = yushen::Validator::create(schema, options);
  if (!validator.ok()) return 0;
  const yushen::Validator& v = validator.value();
  nlohmann::json ajv = v.validate(instance, yushen::OutputFormat::ajv, yushen::Locale::zh_CN);
  nlohmann::json flag = v.validate(instance, yushen::OutputFormat::flag, yushen::Locale::en);
  nlohmann::json basic = v.validate(instance, yushen::OutputFormat::basic, yushen::Locale::zh_TW);
  if (ajv["valid"] != flag["valid"] || ajv["valid"] != basic["valid"]) std::abort();
  std::string text = yushen::dump_json(ajv);
  if (!yushen::is_valid_utf8(text)) std::abort();
  if (yushen::read_json(text).error != yushen::JsonReadError::none) std::abort();
  return 0;
}
