// Check characters: GB 11643 (MOD 11-2), GB 32100 (MOD 31), GB 11714 (MOD 11), Luhn.
// Tested by tests/cn/check_digits_test.cc and tests/cn/oracle_test.cc.
#include "cn/check_digits.h"

#include "cn/text.h"

namespace yushen::cn::detail {
namespace {

constexpr std::string_view kUsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

int org_char_value(char c) {
  if (is_digit(c)) return c - '0';
  if (is_upper(c)) return c - 'A' + 10;
  return -1;
}

}  // namespace

char resident_id_check_char(std::string_view body) {
  // Wi = 2^(17-i) mod 11 for positions 1..17 (GB 11643-1999 §5.5).
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  if (body.size() != 17) return '\0';
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    if (!is_digit(body[i])) return '\0';
    sum += (body[i] - '0') * kWeights[i];
  }
  int check = (12 - sum % 11) % 11;  // the a18 with (Σ + a18) ≡ 1 (mod 11)
  return check == 10 ? 'X' : static_cast<char>('0' + check);
}

int uscc_char_value(char c) {
  std::size_t at = kUsccAlphabet.find(c);
  return c == '\0' || at == std::string_view::npos ? -1 : static_cast<int>(at);
}

char uscc_check_char(std::string_view body) {
  static constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  if (body.size() != 17) return '\0';
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    int value = uscc_char_value(body[i]);
    if (value < 0) return '\0';
    sum += value * kWeights[i];
  }
  int check = 31 - sum % 31;
  return kUsccAlphabet[check == 31 ? 0 : check];
}

char org_code_check_char(std::string_view body) {
  static constexpr int kWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  if (body.size() != 8) return '\0';
  int sum = 0;
  for (int i = 0; i < 8; ++i) {
    int value = org_char_value(body[i]);
    if (value < 0) return '\0';
    sum += value * kWeights[i];
  }
  int check = 11 - sum % 11;
  if (check == 10) return 'X';
  if (check == 11) return '0';
  return static_cast<char>('0' + check);
}

bool luhn_ok(std::string_view digits) {
  if (digits.empty()) return false;
  int sum = 0;
  bool twice = false;  // every second digit from the right is doubled
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (!is_digit(*it)) return false;
    int d = *it - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

}  // namespace yushen::cn::detail
