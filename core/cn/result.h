// Internal to core/cn (use cn/cn.h): builders for CheckResult, so every check states a
// verdict the same way. Header only.
// Tested by tests/cn/resident_id_test.cc and the other per-format tests in tests/cn/.
#pragma once

#include <string>
#include <utility>

#include "cn/cn.h"

namespace yushen::cn::detail {

inline CheckResult pass(std::string normalized) {
  CheckResult result;
  result.ok = true;
  result.normalized = std::move(normalized);
  return result;
}

inline CheckResult fail(Code code, std::string normalized,
                        nlohmann::json params = nlohmann::json::object()) {
  CheckResult result;
  result.code = code;
  result.params = std::move(params);
  result.normalized = std::move(normalized);
  return result;
}

inline CheckResult warn(Code code, std::string normalized,
                        nlohmann::json params = nlohmann::json::object()) {
  CheckResult result = fail(code, std::move(normalized), std::move(params));
  result.ok = true;
  result.warning = true;
  return result;
}

}  // namespace yushen::cn::detail
