// Internal to the report stage; use report/message.h. Values as an applicant reads them,
// for the placeholder filters of message texts: {limit|bytes} → "10 MB", {accepted|types} →
// "PDF、JPG、PNG". Parameters stay machine values (bytes, MIME types) for programs; only the
// message text is dressed up. Tested by tests/report/message_test.cc.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "report/error.h"

namespace yushen::display {

// 1023 → "1023 B", 350000 → "341.8 KB", 10485760 → "10 MB" (binary units, one decimal at most).
std::string bytes(std::uint64_t count);

// A MIME type as a file kind: "application/pdf" → "PDF", "image/*" → "图片" / "image",
// an unknown "x/y-z" → "Y-Z". Arrays are mapped element-wise and duplicates dropped.
nlohmann::json media_types(const nlohmann::json& value, Locale locale);

// A working-day deadline in rule form, for when the calendar cannot give the date:
// 10 → "受理之日起第 10 个工作日" / "受理之日起第 10 個工作日" / "the 10th working day after acceptance".
std::string working_day_after_acceptance(int count, Locale locale);

}  // namespace yushen::display
