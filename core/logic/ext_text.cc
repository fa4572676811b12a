// Text operators: yushen.len (length in Unicode code points, as everywhere in yushen) and
// yushen.birth_date_from_id (the birth date in an 18-character 公民身份号码, GB 11643-1999
// §4: positions 7-14 are YYYYMMDD; the check digit is validated by the formats stage, not here).
// Tested by tests/logic/ext_text_test.cc.
#include "logic/program.h"
#include "util/utf8.h"

namespace yushen::logic::detail {

// yushen.len(x): code points of a string, elements of an array, else null.
Result<Json> ext_len(std::span<const Json> args, const Env&) {
  const Json& x = args[0];
  if (x.is_string()) return Json(count_code_points(x.get_ref<const std::string&>()));
  if (x.is_array()) return Json(x.size());
  return Json(nullptr);
}

// yushen.birth_date_from_id(id): "YYYY-MM-DD" from 17 digits plus a digit or X, else null.
Result<Json> ext_birth_date_from_id(std::span<const Json> args, const Env&) {
  if (!args[0].is_string()) return Json(nullptr);
  const std::string& id = args[0].get_ref<const std::string&>();
  if (id.size() != 18) return Json(nullptr);
  for (std::size_t i = 0; i < 17; ++i) {
    if (id[i] < '0' || id[i] > '9') return Json(nullptr);
  }
  char last = id[17];
  if (!((last >= '0' && last <= '9') || last == 'X' || last == 'x')) return Json(nullptr);
  std::string text = id.substr(6, 4) + "-" + id.substr(10, 2) + "-" + id.substr(12, 2);
  std::optional<calendar::Date> d = calendar::parse_date(text);
  if (!d) return Json(nullptr);
  return date_result(*d);
}

}  // namespace yushen::logic::detail
