// Counts heap allocations in the benchmark process (global operator new is replaced in
// alloc_counter.cc), so each benchmark can report allocations per operation.
// Entry point: AllocCount, report_allocations().
#pragma once

#include <benchmark/benchmark.h>
#include <cstddef>

namespace yushen::bench {

struct AllocCount {
  std::size_t count = 0;
  std::size_t bytes = 0;
};

// Allocations since the process started (single-threaded benchmarks only).
AllocCount allocations();

// Adds "allocs" and "alloc_bytes" per iteration, from a count taken before the loop.
void report_allocations(benchmark::State& state, const AllocCount& before);

}  // namespace yushen::bench
