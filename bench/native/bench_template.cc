// Compiling a service template (check::Checker::create from its JSON text): what a portal
// page pays once per load in WASM and a backend once per template version. The templates
// are the seed forms in forms/templates/ ($YUSHEN_BENCH_FORMS, else the source tree's).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "alloc_counter.h"
#include "check/checker.h"
#include "corpus.h"

namespace yushen::bench {
namespace {

std::string read_template(const char* name) {
  const char* dir = std::getenv("YUSHEN_BENCH_FORMS");
  return read_file(std::string(dir ? dir : YUSHEN_BENCH_FORMS) + "/templates/" + name + ".json",
                   "set YUSHEN_BENCH_FORMS to the forms/ directory");
}

void compile_template(benchmark::State& state, const char* name) {
  const std::string text = read_template(name);
  AllocCount before = allocations();
  for (auto _ : state) {
    auto created = check::Checker::create(text);
    if (!created.ok()) state.SkipWithError("template does not compile");
    benchmark::DoNotOptimize(created);
  }
  report_allocations(state, before);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

BENCHMARK_CAPTURE(compile_template, enterprise_startup, "enterprise-startup")
    ->Name("template/compile/enterprise-startup")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(compile_template, construction_permit, "construction-permit")
    ->Name("template/compile/construction-permit")
    ->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace yushen::bench
