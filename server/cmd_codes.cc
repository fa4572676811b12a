// `yushen codes`: prints the code table as JSON (one array, table order), the source that
// scripts/gen_codes.mjs turns into docs/errors.md and wasm/codes.d.ts.
#include <iostream>

#include "cli.h"
#include "report/codes.h"
#include "util/json_text.h"

namespace yushen::cli {

int cmd_codes(const Args&) {
  nlohmann::json rows = nlohmann::json::array();
  for (const CodeInfo& row : all_codes()) {
    nlohmann::json out = nlohmann::json::object();
    out["id"] = std::string(row.id);
    out["keyword"] = std::string(row.keyword);
    out["severity"] = std::string(severity_name(row.severity));
    out["params"] = std::string(row.params);
    out["zh-CN"] = std::string(row.message[0]);
    out["zh-TW"] = std::string(row.message[1]);
    out["en"] = std::string(row.message[2]);
    rows.push_back(std::move(out));
  }
  std::cout << dump_json(rows) << '\n';
  return kExitOk;
}

}  // namespace yushen::cli
