// Loads bench/corpus/ for the native benchmarks (see corpus.h).
#include "corpus.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace yushen::bench {
namespace {

std::string corpus_dir() {
  const char* env = std::getenv("YUSHEN_BENCH_CORPUS");
  return env != nullptr && *env != '\0' ? env : YUSHEN_BENCH_CORPUS;
}

std::string read_text(const std::string& name) {
  return read_file(corpus_dir() + "/" + name, "run `node bench/corpus.mjs`");
}

std::vector<std::string> read_lines(const std::string& name) {
  std::vector<std::string> lines;
  std::istringstream in(read_text(name));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace

std::string read_file(const std::string& path, const char* hint) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "yushen_bench: cannot read %s (%s)\n", path.c_str(), hint);
    std::exit(2);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const Corpus& corpus() {
  static const Corpus loaded = [] {
    Corpus c;
    c.form50_schema = read_text("form50.schema.json");
    c.form200_schema = read_text("form200.schema.json");
    c.valid = read_lines("form50.valid.jsonl");
    c.invalid = read_lines("form50.invalid.jsonl");
    return c;
  }();
  return loaded;
}

const std::vector<std::string>& instances(bool valid) { return valid ? corpus().valid : corpus().invalid; }

double average_bytes(const std::vector<std::string>& texts) {
  double total = 0;
  for (const std::string& text : texts) total += static_cast<double>(text.size());
  return texts.empty() ? 0 : total / static_cast<double>(texts.size());
}

}  // namespace yushen::bench
