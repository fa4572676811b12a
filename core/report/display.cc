// Values as an applicant reads them (see display.h). Tested by tests/report/message_test.cc.
#include "report/display.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace yushen::display {
namespace {

struct Kind {
  std::string_view mime, name;
};
// The file kinds government portals accept, named the way the upload pages name them.
constexpr Kind kKinds[] = {
    {"application/pdf", "PDF"},
    {"application/ofd", "OFD"},
    {"image/jpeg", "JPG"},
    {"image/png", "PNG"},
    {"image/gif", "GIF"},
    {"image/bmp", "BMP"},
    {"image/tiff", "TIFF"},
    {"image/webp", "WEBP"},
    {"image/vnd.dwg", "DWG"},
    {"application/acad", "DWG"},
    {"image/vnd.dxf", "DXF"},
    {"application/zip", "ZIP"},
    {"application/msword", "Word"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"},
    {"application/vnd.ms-excel", "Excel"},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"},
};

std::string wildcard(std::string_view family, Locale locale) {
  struct Row { std::string_view family, zh_cn, zh_tw, en; };
  static constexpr Row kRows[] = {
      {"image", "图片", "圖片", "image"},
      {"application", "文件", "檔案", "file"},
      {"text", "文本文件", "文字檔", "text file"},
      {"video", "视频", "影片", "video"},
      {"audio", "音频", "音訊", "audio"},
  };
  for (const Row& row : kRows) {
    if (row.family == family) {
      return std::string(locale == Locale::zh_CN ? row.zh_cn : locale == Locale::zh_TW ? row.zh_tw : row.en);
    }
  }
  return std::string(family);
}

std::string media_type(std::string_view mime, Locale locale) {
  for (const Kind& kind : kKinds) {
    if (kind.mime == mime) return std::string(kind.name);
  }
  std::size_t slash = mime.find('/');
  if (slash == std::string_view::npos) return std::string(mime);
  std::string_view sub = mime.substr(slash + 1);
  if (sub == "*") return wildcard(mime.substr(0, slash), locale);
  if (std::size_t plus = sub.rfind('+'); plus != std::string_view::npos) sub = sub.substr(plus + 1);
  if (sub.rfind("x-", 0) == 0 || sub.rfind("vnd.", 0) == 0) sub = sub.substr(sub.find_first_of("-.") + 1);
  std::string out(sub);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string bytes(std::uint64_t count) {
  static constexpr std::string_view kUnits[] = {"B", "KB", "MB", "GB", "TB"};
  std::size_t unit = 0;
  std::uint64_t scale = 1;
  while (unit + 1 < std::size(kUnits) && count >= scale * 1024) {
    scale *= 1024;
    ++unit;
  }
  // Tenths, rounded half up, in integers so every build prints the same digits.
  std::uint64_t tenths = (count / scale) * 10 + ((count % scale) * 10 + scale / 2) / scale;
  std::string out = std::to_string(tenths / 10);
  if (unit > 0 && tenths % 10 != 0) out += "." + std::to_string(tenths % 10);
  return out + " " + std::string(kUnits[unit]);
}

nlohmann::json media_types(const nlohmann::json& value, Locale locale) {
  if (value.is_string()) return media_type(value.get_ref<const std::string&>(), locale);
  if (!value.is_array()) return value;
  nlohmann::json out = nlohmann::json::array();
  for (const nlohmann::json& item : value) {
    nlohmann::json name = media_types(item, locale);
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
  return out;
}

std::string working_day_after_acceptance(int count, Locale locale) {
  std::string n = std::to_string(count);
  if (locale == Locale::zh_CN) return "受理之日起第 " + n + " 个工作日";
  if (locale == Locale::zh_TW) return "受理之日起第 " + n + " 個工作日";
  // English ordinals: 1st 2nd 3rd 4th … 11th 12th 13th … 21st 22nd 23rd.
  int tens = count % 100, units = count % 10;
  const char* suffix = tens >= 11 && tens <= 13 ? "th" : units == 1 ? "st" : units == 2 ? "nd" : units == 3 ? "rd" : "th";
  return "the " + n + suffix + " working day after acceptance";
}

}  // namespace yushen::display
