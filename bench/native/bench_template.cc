// Service templates, natively: compiling one (check::Checker::create from its JSON text), what
// a portal page pays once per load in WASM and a backend once per template version; and
// checking its samples (forms/samples/<template>/*.json): submission and context text in,
// report text out, what a backend pays per submission it re-verifies (the calendar is read
// once and passed beside the context, as the server and the WASM wrapper do). The templates
// are the seed forms in forms/ ($YUSHEN_BENCH_FORMS, else the source tree's).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "alloc_counter.h"
#include "check/checker.h"
#include "corpus.h"
#include "doc/document.h"
#include "util/json_text.h"
#include "util/json_write.h"

namespace yushen::bench {
namespace {

std::string forms_dir() {
  const char* dir = std::getenv("YUSHEN_BENCH_FORMS");
  return dir ? dir : YUSHEN_BENCH_FORMS;
}

std::string read_template(const char* name) {
  return read_file(forms_dir() + "/templates/" + name + ".json", "set YUSHEN_BENCH_FORMS to the forms/ directory");
}

nlohmann::json read_value(const std::string& text) {
  JsonRead read = read_json(text);
  if (read.error != JsonReadError::none) return nullptr;
  return std::move(read.value);
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

// One sample as the server gets it: submission and context as text, the calendar apart.
struct Sample {
  std::string submission, context;
  Locale locale = Locale::zh_CN;
};

void check_samples(benchmark::State& state, const char* name) {
  auto checker = check::Checker::create(read_template(name));
  if (!checker.ok()) {
    state.SkipWithError("template does not compile");
    return;
  }
  auto calendar = calendar::Calendar::from_json(read_value(read_file(forms_dir() + "/calendar/cn-mainland.json", "")));
  if (!calendar.ok()) {
    state.SkipWithError("calendar does not read");
    return;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(forms_dir() + "/samples/" + name)) {
    const std::string file = entry.path().filename().string();
    if (file.ends_with(".json") && !file.ends_with(".report.json")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Sample> samples;
  for (const auto& file : files) {
    nlohmann::json sample = read_value(read_file(file.string(), ""));
    nlohmann::json context = sample.value("context", nlohmann::json::object());
    context.erase("calendar");  // a file name in the samples; passed apart below
    Locale locale = Locale::zh_CN;
    if (auto tag = sample.value("locale", std::string("zh-CN")); auto parsed = parse_locale(tag)) locale = *parsed;
    samples.push_back({dump_json(sample["submission"]), dump_json(context), locale});
  }
  std::size_t bytes = 0;
  AllocCount before = allocations();
  for (auto _ : state) {
    for (const Sample& sample : samples) {
      JsonRead submission = doc::read_json_fast(sample.submission, {});
      JsonRead context = doc::read_json_fast(sample.context, {});
      auto report = checker.value().check(std::move(submission.value), context.value, sample.locale, &calendar.value());
      std::string text;
      if (report.ok()) append_json(text, report.value());
      bytes += sample.submission.size();
      benchmark::DoNotOptimize(text);
    }
  }
  report_allocations(state, before);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * samples.size()));  // checks
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

BENCHMARK_CAPTURE(check_samples, enterprise_startup, "enterprise-startup")
    ->Name("template/check/enterprise-startup")
    ->Unit(benchmark::kMicrosecond);

BENCHMARK_CAPTURE(compile_template, enterprise_startup, "enterprise-startup")
    ->Name("template/compile/enterprise-startup")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(compile_template, construction_permit, "construction-permit")
    ->Name("template/compile/construction-permit")
    ->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace yushen::bench
