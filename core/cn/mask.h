// Masks personal identifiers for logs and messages (个人信息保护法: never show a full
// identifier). Entry point: mask_identifier(). Also re-exported by cn/cn.h.
// Tested by tests/cn/mask_test.cc.
#pragma once

#include <string>
#include <string_view>

namespace yushen::cn {

enum class MaskStyle {
  identifier,  // ID, USCC, bank card…: first 4 and last 4 kept (1101**********0016)
  phone,       // phone numbers: first 3 and last 4 kept (138****5678)
};

// `value` with its middle characters replaced by '*', one per code point. Short values
// keep fewer characters so that at least half is hidden (at most n/4 at each end,
// phones excepted once they have 9 or more characters); 3 or fewer are fully hidden.
// mask_identifier("110105194912310016") == "1101**********0016"
// mask_identifier("13812345678", MaskStyle::phone) == "138****5678"
std::string mask_identifier(std::string_view value, MaskStyle style = MaskStyle::identifier);

}  // namespace yushen::cn
