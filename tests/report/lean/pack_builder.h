// Locale packs built for tests straight from codes.def (the text a lean build leaves out), the
// way wasm/tools/make_locale_packs.mjs writes them. Used by tests/report/locale_pack_test.cc and
// tests/report/lean/locale_pack_lean_test.cc.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "report/codes.h"
#include "report/locale_pack.h"

namespace yushen::testing {

struct DefRow {
  std::string_view id, zh_cn, zh_tw, en;
};

inline const std::vector<DefRow>& def_rows() {
  static const std::vector<DefRow> rows = {
#define YS_CODE(name, id, keyword, severity, params, zh_cn, zh_tw, en) {id, zh_cn, zh_tw, en},
#include "report/codes.def"
#undef YS_CODE
  };
  return rows;
}

inline std::string_view def_text(const DefRow& row, Locale locale) {
  return locale == Locale::zh_CN ? row.zh_cn : locale == Locale::zh_TW ? row.zh_tw : row.en;
}

// {"format", "codes", "locale", "messages"} for `locale`, as a JSON value to edit.
inline nlohmann::json pack_json(Locale locale) {
  nlohmann::json messages = nlohmann::json::object();
  for (const DefRow& row : def_rows()) messages[std::string(row.id)] = std::string(def_text(row, locale));
  return {{"format", kLocalePackFormat},
          {"codes", std::string(code_table_hash())},
          {"locale", std::string(locale_tag(locale))},
          {"messages", std::move(messages)}};
}

inline std::string pack_text(Locale locale) { return pack_json(locale).dump(); }

}  // namespace yushen::testing
