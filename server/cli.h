// Shared pieces of the yushen CLI: argument access, file reading, error lines. Every
// subcommand reports bad input the same way: one JSON line {"error":{code,message,…}} on
// stdout and exit code 2 for usage or input errors that stop the command.
// Tested by tests/cli/*.test.mjs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/codes.h"
#include "report/error.h"
#include "util/json_text.h"

namespace yushen::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;

struct Args {
  std::vector<std::string> items;  // everything after the subcommand name
  // Returns the value of "--name VALUE" (last one wins), or nullopt.
  std::optional<std::string> value(std::string_view name) const;
  // All values of a repeated "--name VALUE".
  std::vector<std::string> values(std::string_view name) const;
  bool flag(std::string_view name) const;
  // Arguments that are not options or option values. `with_value` lists options that take one.
  std::vector<std::string> positional(const std::vector<std::string_view>& with_value) const;
};

// Reads a whole file; nullopt if it cannot be read.
std::optional<std::string> read_file(const std::string& path);

// Reads and parses a JSON file: cli.file_unreadable or the JSON read error on failure.
Result<nlohmann::json> read_json_file(const std::string& path, const JsonLimits& limits = {});

// The directory part of a path ("." when there is none), for files named relative to another.
std::string directory_of(const std::string& path);

// A cli.usage error with a detail text.
Error usage(std::string detail);

// Prints {"error":{...}} as one line on stdout.
void print_error_line(const Error& error, Locale locale = Locale::en);

// Prints the error line and returns kExitUsage.
int fail(const Error& error, Locale locale = Locale::en);

using Command = int (*)(const Args&);

int cmd_validate(const Args& args);
int cmd_logic(const Args& args);
int cmd_codes(const Args& args);
int cmd_check(const Args& args);
int cmd_lint(const Args& args);

}  // namespace yushen::cli
