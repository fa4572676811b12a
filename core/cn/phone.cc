// Mainland fixed-line numbers: area code (010, 02x, 0xxx), a 7–8 digit subscriber number
// not starting with 0 or 1, separators, optional extension (转, 分机, ext, x, #, or a
// trailing "-801"). Normalised to "AREA-NUMBER[-EXT]". Entry point: check_phone() in
// cn/cn.h. Tested by tests/cn/phone_test.cc.
#include <string>
#include <vector>

#include "cn/cn.h"
#include "cn/result.h"
#include "cn/text.h"

namespace yushen::cn {
namespace {

using detail::fail;

constexpr std::string_view kSeparators = " -()";

// Splits "main 转 ext" at the first extension marker; false if a marker has no digits
// after it (or other characters).
bool split_extension(std::string& main, std::string& ext) {
  static constexpr std::string_view kMarkers[] = {"转", "分机", "EXT", "X", "#"};
  std::size_t at = std::string::npos, marker_size = 0;
  for (std::string_view marker : kMarkers) {
    std::size_t found = main.find(marker);
    if (found < at) at = found, marker_size = marker.size();
  }
  if (at == std::string::npos) return true;
  std::string tail = detail::remove_separators(main.substr(at + marker_size), " .:-");
  main.resize(at);
  ext = tail;
  return detail::all_digits(ext) && ext.size() <= 6;
}

// The digit groups of `text`, split at separators; false on any other character.
bool split_groups(std::string_view text, std::vector<std::string>& groups) {
  groups.assign(1, "");
  for (char c : text) {
    if (kSeparators.find(c) != std::string_view::npos) {
      if (!groups.back().empty()) groups.emplace_back();
    } else if (detail::is_digit(c)) {
      groups.back().push_back(c);
    } else {
      return false;
    }
  }
  if (groups.back().empty()) groups.pop_back();
  return true;
}

// Length of the area code at the start of `digits` (which starts with 0), or 0 if none:
// 010 and 020–029 have 3 digits, 03xx–09xx have 4 (YD/T 2138 numbering plan).
std::size_t area_code_length(std::string_view digits) {
  if (digits.size() < 3 || digits[0] != '0') return 0;
  if (digits[1] == '1') return digits[2] == '0' ? 3 : 0;
  if (digits[1] == '2') return 3;
  if (digits[1] >= '3' && digits[1] <= '9') return digits.size() >= 4 ? 4 : 0;
  return 0;  // 00 is the international prefix
}

}  // namespace

CheckResult check_phone(std::string_view value, const CheckOptions&) {
  std::string main = detail::fold_input(value);
  std::string ext;
  if (!split_extension(main, ext)) return fail(Code::kCnPhoneExtension, main);
  bool international = main.starts_with("+86") || main.starts_with("0086");
  if (international) main.erase(0, main[0] == '+' ? 3 : 4);
  std::vector<std::string> groups;
  if (!split_groups(main, groups)) return fail(Code::kCnPhoneCharset, main);
  std::string digits;
  for (const std::string& group : groups) digits += group;
  if (digits.size() == 11 && digits[0] == '1') return fail(Code::kCnPhoneMobile, digits);
  if (international && !digits.starts_with("0")) digits.insert(0, "0");  // +86 10… → 010…
  std::size_t area = area_code_length(digits);
  if (area == 0) return fail(Code::kCnPhoneAreaCode, digits);
  std::string subscriber = digits.substr(area);
  // A last group is an extension in "AREA-NUMBER-EXT" (the normalised form), or when the
  // digits after the area code are too many for a subscriber number.
  const bool area_number_ext = groups.size() == 3 && groups[0].size() == area && groups[1].size() >= 7 &&
                               groups[1].size() <= 8 && groups[2].size() <= 6;
  const bool overflow = subscriber.size() > 8 && groups.size() >= 3 && groups.back().size() <= 6;
  if (ext.empty() && (area_number_ext || overflow)) {
    ext = groups.back();
    subscriber.resize(subscriber.size() - ext.size());
  }
  if (subscriber.size() < 7 || subscriber.size() > 8 || subscriber[0] == '0' || subscriber[0] == '1') {
    return fail(Code::kCnPhoneSubscriber, digits);
  }
  std::string normalized = digits.substr(0, area) + "-" + subscriber;
  if (!ext.empty()) normalized += "-" + ext;
  return detail::pass(normalized);
}

}  // namespace yushen::cn
