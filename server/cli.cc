// Argument access and error output shared by the subcommands.
#include "cli.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "doc/document.h"
#include "report/json_read_error.h"
#include "report/message.h"
#include "util/json_text.h"

namespace yushen::cli {

std::optional<std::string> Args::value(std::string_view name) const {
  std::optional<std::string> found;
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    if (items[i] == name) found = items[i + 1];
  }
  return found;
}

std::vector<std::string> Args::values(std::string_view name) const {
  std::vector<std::string> found;
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    if (items[i] == name) found.push_back(items[i + 1]);
  }
  return found;
}

bool Args::flag(std::string_view name) const {
  for (const std::string& item : items) {
    if (item == name) return true;
  }
  return false;
}

std::vector<std::string> Args::positional(const std::vector<std::string_view>& with_value) const {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string& item = items[i];
    if (item.rfind("--", 0) == 0) {
      for (std::string_view v : with_value) {
        if (item == v) {
          ++i;
          break;
        }
      }
      continue;
    }
    out.push_back(item);
  }
  return out;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return buffer.str();
}

Result<nlohmann::json> read_json_file(const std::string& path, const JsonLimits& limits) {
  std::optional<std::string> text = read_file(path);
  if (!text) return make_error(Code::kFileUnreadable, "", {{"file", path}});
  JsonRead read = doc::read_json_fast(*text, limits);
  if (read.error != JsonReadError::none) return json_read_error(read, limits, text->size());
  return std::move(read.value);
}

std::string directory_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

Error usage(std::string detail) { return make_error(Code::kUsage, "", {{"detail", std::move(detail)}}); }

void print_error_line(const Error& error, Locale locale) {
  nlohmann::json line = nlohmann::json::object();
  line["error"] = error_to_json(error, locale);
  std::cout << dump_json(line) << '\n' << std::flush;
}

int fail(const Error& error, Locale locale) {
  print_error_line(error, locale);
  return kExitUsage;
}

}  // namespace yushen::cli
