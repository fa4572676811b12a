// Runs one tests/cn/vectors/<name>.json file through its format's check and compares
// every case ({input, ok, code, warning, normalized, params}); also checks that a
// result's severity matches the code table and that no message repeats the identifier.
// Entry point: run_vector_file(). Used by the tests/cn/<format>_test.cc files.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cn/cn.h"
#include "report/codes.h"
#include "report/message.h"

namespace yushen::cn::testing {

inline nlohmann::json load_vectors(const std::string& name) {
  std::ifstream in(std::string(YUSHEN_SOURCE_DIR) + "/tests/cn/vectors/" + name + ".json");
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

inline std::string from_hex(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return out;
}

// "2024-06-30" (or null) into the options' today fields.
inline void set_today(CheckOptions& options, const nlohmann::json& today) {
  if (!today.is_string()) return;
  const std::string text = today.get<std::string>();
  options.today_year = std::stoi(text.substr(0, 4));
  options.today_month = std::stoi(text.substr(5, 2));
  options.today_day = std::stoi(text.substr(8, 2));
}

inline void expect_message_masked(const CheckResult& result, const std::string& input) {
  if (!result.code) return;
  for (Locale locale : {Locale::zh_CN, Locale::zh_TW, Locale::en}) {
    std::string message = render_message(*result.code, result.params, locale);
    if (result.normalized.size() >= 8) {
      EXPECT_EQ(message.find(result.normalized), std::string::npos) << message;
    }
    if (input.size() >= 8) {
      EXPECT_EQ(message.find(input), std::string::npos) << message;
    }
  }
}

inline void check_case(CheckFn check, const nlohmann::json& file, const nlohmann::json& row) {
  std::string input = row.contains("input_hex") ? from_hex(row["input_hex"]) : row["input"].get<std::string>();
  SCOPED_TRACE(row["note"].get<std::string>() + " | input: " + row["input"].get<std::string>());
  CheckOptions options;
  set_today(options, row.contains("today") ? row["today"] : file["today"]);
  options.strict = row.value("strict", false);

  CheckResult result = check(input, options);
  EXPECT_EQ(result.ok, row["ok"].get<bool>());
  EXPECT_EQ(result.warning, row["warning"].get<bool>());
  std::string code = result.code ? std::string(code_id(*result.code)) : "";
  EXPECT_EQ(code, row["code"].is_null() ? "" : row["code"].get<std::string>());
  if (row.contains("normalized")) {
    EXPECT_EQ(result.normalized, row["normalized"].get<std::string>());
  }
  EXPECT_EQ(result.params, row.value("params", nlohmann::json::object()));
  if (result.code) {
    Severity expected = result.warning ? Severity::warning : Severity::error;
    EXPECT_EQ(code_info(*result.code).severity, expected);
    EXPECT_EQ(result.ok, result.warning);
  }
  expect_message_masked(result, input);
}

// Runs every case of vectors/<name>.json; returns the number of cases run.
inline std::size_t run_vector_file(const std::string& name) {
  nlohmann::json file = load_vectors(name);
  CheckFn check = find_format(file["format"].get<std::string>());
  EXPECT_NE(check, nullptr) << file["format"];
  if (check == nullptr) return 0;
  for (const nlohmann::json& row : file["cases"]) check_case(check, file, row);
  return file["cases"].size();
}

}  // namespace yushen::cn::testing
