// Replaces the global operator new/delete with counting versions over malloc/free. The
// benchmarks are single-threaded, so plain counters suffice; the cost is two additions per
// allocation, small next to malloc itself.
#include "alloc_counter.h"

#include <cstdlib>
#include <new>

namespace {
std::size_t g_count = 0;
std::size_t g_bytes = 0;

void* counted_alloc(std::size_t size) {
  ++g_count;
  g_bytes += size;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
}  // namespace

void* operator new(std::size_t size) { return counted_alloc(size); }
void* operator new[](std::size_t size) { return counted_alloc(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  ++g_count;
  g_bytes += size;
  return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace yushen::bench {

AllocCount allocations() { return AllocCount{g_count, g_bytes}; }

void report_allocations(benchmark::State& state, const AllocCount& before) {
  AllocCount after = allocations();
  state.counters["allocs"] =
      benchmark::Counter(static_cast<double>(after.count - before.count), benchmark::Counter::kAvgIterations);
  state.counters["alloc_bytes"] =
      benchmark::Counter(static_cast<double>(after.bytes - before.bytes), benchmark::Counter::kAvgIterations);
}

}  // namespace yushen::bench
