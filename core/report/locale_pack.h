// Locale packs: the zh-TW or en text of the code table as data, for builds that leave that
// text out (YUSHEN_LEAN_MESSAGES: the WASM builds; natively all three locales are built in).
// Entry points: install_locale_pack(), message_text(), locale_available(), code_table_hash().
// Format and thread-safety: docs/architecture.md, "Locale packs".
// Tested by tests/report/locale_pack_test.cc and tests/report/lean/locale_pack_lean_test.cc.
#pragma once

#include <optional>
#include <string_view>

#include "report/codes.h"
#include "report/error.h"

namespace yushen {

// The pack format this build reads: {"format": 1, "codes": <code_table_hash()>,
// "locale": "en", "messages": {"json.syntax": "…", …}}.
inline constexpr int kLocalePackFormat = 1;

// The code table's identity for packs: FNV-1a 64 over every row's "id\tparams\n", as 16
// lowercase hex digits (wasm/tools/make_locale_packs.mjs computes the same).
std::string_view code_table_hash();

// Validates a pack (JSON text) for `locale` and installs it: the format, the table hash
// (else locale.pack_stale), the locale, a non-empty message for every code and nothing else,
// each with the same placeholders as the built-in zh-CN text (else locale.pack_invalid).
// A pack is never replaced: installing again for a locale that has one validates and keeps
// the first. zh-CN is built in and has no pack. Safe to call from any thread.
//   if (auto error = install_locale_pack(Locale::en, text)) { /* refused: error->code */ }
std::optional<Error> install_locale_pack(Locale locale, std::string_view json_text);

// The message text of `code` in `locale`: built in, else from the installed pack; nullopt
// when neither (a lean build before install_locale_pack).
std::optional<std::string_view> message_text(Code code, Locale locale);

// Whether every message of `locale` can be rendered (built in or installed).
bool locale_available(Locale locale);

// locale.not_loaded for `locale` when it is not available, else nullopt: the check an API
// entry point makes before rendering in a caller's locale.
std::optional<Error> require_locale(Locale locale);

}  // namespace yushen
