// Internal to core/cn (use cn/cn.h): the check-character algorithms of the Chinese
// identifier standards, exposed so tests can compare them with an independent oracle.
// Tested by tests/cn/check_digits_test.cc and tests/cn/oracle_test.cc.
#pragma once

#include <string_view>

namespace yushen::cn::detail {

// GB 11643-1999 §5.5 / ISO 7064 MOD 11-2: the check character ('0'–'9' or 'X') of the
// 17-digit body. '\0' if `body` is not 17 ASCII digits.
char resident_id_check_char(std::string_view body);

// The value 0–30 of a character in the GB 32100-2015 code set
// 0-9 A-H J-N P-R T U W-Y (no I O S V Z); -1 for any other character.
int uscc_char_value(char c);

// GB 32100-2015 (校验码): C18 = 31 − (Σ Ci·Wi mod 31), Wi = 3^(i−1) mod 31, 31 → '0'.
// '\0' if `body` is not 17 characters of the code set.
char uscc_check_char(std::string_view body);

// GB 11714-1997 (校验码): C9 = 11 − (Σ Ci·Wi mod 11), W = 3 7 9 10 5 8 4 2, with
// digits = 0–9 and A–Z = 10–35; 10 → 'X', 11 → '0'. '\0' if `body` is not 8
// characters from 0-9 A-Z.
char org_code_check_char(std::string_view body);

// ISO/IEC 7812-1 Annex B (Luhn): true if the digit string's last digit checks.
// False for an empty string or any non-digit.
bool luhn_ok(std::string_view digits);

}  // namespace yushen::cn::detail
