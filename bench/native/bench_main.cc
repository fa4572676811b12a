// yushen_bench: Google Benchmark over the form corpus (bench/corpus/). Run by
// scripts/bench.sh; see docs/performance.md for the method and the current figures.
// Adds the corpus sizes to the benchmark context so results files say what was measured.
#include <benchmark/benchmark.h>

#include <string>

#include "corpus.h"

int main(int argc, char** argv) {
  using yushen::bench::average_bytes;
  using yushen::bench::corpus;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::AddCustomContext("form50_schema_bytes", std::to_string(corpus().form50_schema.size()));
  benchmark::AddCustomContext("form200_schema_bytes", std::to_string(corpus().form200_schema.size()));
  benchmark::AddCustomContext("valid_instances", std::to_string(corpus().valid.size()));
  benchmark::AddCustomContext("valid_avg_bytes", std::to_string(static_cast<int>(average_bytes(corpus().valid))));
  benchmark::AddCustomContext("invalid_avg_bytes", std::to_string(static_cast<int>(average_bytes(corpus().invalid))));
#ifdef YUSHEN_BENCH_RAPIDJSON
  benchmark::AddCustomContext("rapidjson", "yes");
#endif
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
