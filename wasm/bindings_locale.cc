// C ABI for locale packs (core/report/locale_pack.h): the WASM builds carry zh-CN text only,
// and the wrapper installs the zh-TW/en packs it loads (wasm/api.mjs, loadLocale). No logic
// lives here. Calling convention: abi.h. Tested by tests/node/locales.test.mjs.
#include <emscripten/emscripten.h>

#include "abi.h"
#include "report/message.h"
#include "util/json_text.h"

extern "C" {

// 1 when the pack (JSON text) for `locale` is valid and installed (or was already); 0 with
// {"error":…} as the result (yushen_result()) when refused: locale.pack_invalid, locale.pack_stale.
EMSCRIPTEN_KEEPALIVE int yushen_locale_install(const char* locale_data, std::uint32_t locale_size, const char* pack_data,
                                               std::uint32_t pack_size) {
  std::string_view tag = yushen::wasm::text(locale_data, locale_size);
  std::optional<yushen::Locale> locale = yushen::parse_locale(tag);
  std::optional<yushen::Error> error;
  if (!locale || yushen::locale_tag(*locale) != tag) {
    error = yushen::make_error(yushen::Code::kLocalePackInvalid, "",
                               {{"locale", std::string(tag)}, {"what", "locale"}, {"id", ""}});
  } else {
    error = yushen::install_locale_pack(*locale, yushen::wasm::text(pack_data, pack_size));
  }
  if (!error) return 1;
  nlohmann::json out = nlohmann::json::object();
  out["error"] = yushen::error_to_json(*error, yushen::wasm::developer_locale());
  yushen::wasm::give(yushen::dump_json(out));
  return 0;
}

// 1 when messages in `locale` can be rendered (built in or installed), else 0.
EMSCRIPTEN_KEEPALIVE int yushen_locale_available(const char* locale_data, std::uint32_t locale_size) {
  std::optional<yushen::Locale> locale = yushen::parse_locale(yushen::wasm::text(locale_data, locale_size));
  return locale && yushen::locale_available(*locale) ? 1 : 0;
}

// The code table hash a pack must carry (locale_pack.h), for tools and error messages.
EMSCRIPTEN_KEEPALIVE const char* yushen_code_table_hash() {
  return yushen::wasm::give(std::string(yushen::code_table_hash()));
}

}  // extern "C"
