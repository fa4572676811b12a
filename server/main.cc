// yushen CLI entry point: dispatches to one subcommand per file (cmd_<name>.cc).
#include <cstring>
#include <iostream>
#include <string_view>

#include "cli.h"

namespace {

constexpr std::string_view kUsage =
    "usage: yushen --version\n"
    "       yushen validate --schema FILE [--remote BASEURL=DIR]... [--assert-formats]\n"
    "                       [--output flag|basic|ajv] [--locale zh-CN|zh-TW|en] [--draft7]\n"
    "                       [--today YYYY-MM-DD] [--dump-plan]  < instances.jsonl\n"
    "       yushen logic --rule FILE [--context FILE]  < data.jsonl\n"
    "       yushen codes                 (the table of stable codes, as JSON)\n"
    "       yushen check --template FILE --submission FILE [--context FILE] [--locale zh-CN|zh-TW|en]\n"
    "       yushen lint [--locale zh-CN|zh-TW|en] TEMPLATE...\n";

struct Entry {
  std::string_view name;
  yushen::cli::Command run;
};

constexpr Entry kCommands[] = {
    {"validate", yushen::cli::cmd_validate},
    {"logic", yushen::cli::cmd_logic},
    {"codes", yushen::cli::cmd_codes},
    {"check", yushen::cli::cmd_check},
    {"lint", yushen::cli::cmd_lint},
};

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc >= 2 && std::strcmp(argv[1], "--version") == 0) {
    std::cout << "yushen " << YUSHEN_VERSION << '\n';
    return 0;
  }
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0) {
    std::cerr << kUsage;
    return argc < 2 ? yushen::cli::kExitUsage : 0;
  }
  std::string_view name = argv[1];
  for (const Entry& entry : kCommands) {
    if (entry.name == name) {
      yushen::cli::Args args;
      for (int i = 2; i < argc; ++i) args.items.emplace_back(argv[i]);
      return entry.run(args);
    }
  }
  std::cerr << kUsage;
  return yushen::cli::fail(yushen::make_error(yushen::Code::kUsage, "",
                                              {{"detail", "unknown command " + std::string(name)}}));
}
