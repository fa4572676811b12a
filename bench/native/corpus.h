// The benchmark corpus (bench/corpus/, written by bench/corpus.mjs), loaded once.
// Entry point: corpus(). Directory: $YUSHEN_BENCH_CORPUS, else the source tree's bench/corpus.
// Used by bench_reader.cc and bench_validator.cc.
#pragma once

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "alloc_counter.h"

namespace yushen::bench {

struct Corpus {
  std::string form50_schema;
  std::string form200_schema;
  std::vector<std::string> valid;    // form50 instances, one JSON text each
  std::vector<std::string> invalid;  // form50 instances with 2-6 mistakes each
};

// The whole file at `path`; exits with a message naming `hint` (what to do) if unreadable.
std::string read_file(const std::string& path, const char* hint);

// Loads on first use; exits with a message if a file is missing (run `node bench/corpus.mjs`).
const Corpus& corpus();

// corpus().valid for "valid", corpus().invalid otherwise.
const std::vector<std::string>& instances(bool valid);

// Average size in bytes of a set of texts.
double average_bytes(const std::vector<std::string>& texts);

// Runs `run` on the valid (range 1) or invalid (range 0) instance texts in turn; reports
// bytes/s and allocations per call.
template <class Run>
void cycle_texts(benchmark::State& state, Run run) {
  const std::vector<std::string>& texts = instances(state.range(0) == 1);
  std::size_t i = 0;
  std::size_t bytes = 0;
  AllocCount before = allocations();
  for (auto _ : state) {
    const std::string& text = texts[i++ % texts.size()];
    bytes += text.size();
    run(text);
  }
  report_allocations(state, before);
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

}  // namespace yushen::bench
