// Personal information in issue parameters is masked before any message is rendered
// (个人信息保护法): a run of letters and digits with 7 or more digits (an ID, USCC, passport or
// bank number), or with 11 or more digits when grouped by single spaces or hyphens (phones,
// cards), is masked with cn::mask_identifier — phones as 138****5678, the rest as
// 1101**********0016. Dates (2025-03-06) and sizes (numbers) stay readable.
// Entry points: mask_text(), mask_params(). Tested by tests/check/mask_test.cc.
#include <utility>
#include <vector>

#include "check/run.h"
#include "cn/mask.h"

namespace yushen::check::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string masked(std::string_view token) {
  std::string digits;
  bool grouped = false;
  for (char c : token) {
    if (is_digit(c)) digits += c;
    else if (c == ' ' || c == '-') grouped = true;
  }
  if (digits.size() < (grouped ? 11u : 7u)) return std::string(token);
  bool phone = digits.size() == 11 && digits[0] == '1' && digits.size() + 3 >= token.size();
  return cn::mask_identifier(token, phone ? cn::MaskStyle::phone : cn::MaskStyle::identifier);
}

}  // namespace

std::string mask_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_alnum(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t start = i;
    while (i < text.size()) {
      if (is_alnum(text[i])) {
        ++i;
      } else if ((text[i] == ' ' || text[i] == '-') && i + 1 < text.size() && is_digit(text[i - 1]) &&
                 is_digit(text[i + 1])) {
        ++i;
      } else {
        break;
      }
    }
    out += masked(text.substr(start, i - start));
  }
  return out;
}

void mask_params(Json& params) {
  std::vector<Json*> work{&params};
  std::size_t budget = 100000;  // params are shallow; the budget bounds hostile ones
  while (!work.empty() && budget-- > 0) {
    Json* node = work.back();
    work.pop_back();
    if (node->is_string()) {
      *node = mask_text(node->get_ref<const std::string&>());
    } else if (node->is_object() || node->is_array()) {
      for (Json& item : *node) work.push_back(&item);
    }
  }
}

}  // namespace yushen::check::detail
