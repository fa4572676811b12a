// The public API (core/api/validator.h) on the form corpus: compile for the 50- and
// 200-field schemas, validate (read + evaluate + report) in the ajv form and the boolean
// mode, and the stages alone on a pre-parsed instance: evaluate without reporting
// (eval::evaluate on a pre-read doc::Document), evaluate + report (validate_value, which
// mirrors the nlohmann value into a document first, then parses the result text), writing
// the result text from findings (write_result) and dumping a result value (dump_json).
// Formats are assertions, as with ajv-formats, so both engines do the same checks.
#include <benchmark/benchmark.h>

#include <memory>
#include <optional>

#include "alloc_counter.h"
#include "api/validator.h"
#include "corpus.h"
#include "doc/document.h"
#include "eval/evaluator.h"
#include "util/json_text.h"

namespace yushen::bench {
namespace {

ValidatorOptions bench_options() {
  ValidatorOptions options;
  options.assert_formats = true;
  return options;
}

const Validator& form50() {
  static const Validator validator = [] {
    auto created = Validator::create(corpus().form50_schema, bench_options());
    if (!created.ok()) {
      std::fprintf(stderr, "yushen_bench: form50 schema does not compile: %s\n", code_id(created.error().code).data());
      std::exit(2);
    }
    return std::move(created).value();
  }();
  return validator;
}

const std::string& schema_text(std::int64_t fields) {
  return fields == 200 ? corpus().form200_schema : corpus().form50_schema;
}

void compile_text(benchmark::State& state) {
  const std::string& text = schema_text(state.range(0));
  ValidatorOptions options = bench_options();
  AllocCount before = allocations();
  for (auto _ : state) {
    auto created = Validator::create(text, options);
    if (!created.ok()) state.SkipWithError("schema does not compile");
    benchmark::DoNotOptimize(created);
  }
  report_allocations(state, before);
}

void compile_value(benchmark::State& state) {
  JsonRead read = read_json(schema_text(state.range(0)));
  ValidatorOptions options = bench_options();
  AllocCount before = allocations();
  for (auto _ : state) {
    auto created = Validator::from_value(read.value, options);
    if (!created.ok()) state.SkipWithError("schema does not compile");
    benchmark::DoNotOptimize(created);
  }
  report_allocations(state, before);
}

// Cycles `run` over the instance texts, with the form50 schema loaded beforehand.
template <class Run>
void over_texts(benchmark::State& state, Run run) {
  form50();
  cycle_texts(state, run);
}

// Same over pre-parsed instances (the reader's cost excluded).
template <class Run>
void over_values(benchmark::State& state, Run run) {
  std::vector<nlohmann::json> values;
  for (const std::string& text : instances(state.range(0) == 1)) values.push_back(read_json(text).value);
  form50();
  std::size_t i = 0;
  AllocCount before = allocations();
  for (auto _ : state) run(values[i++ % values.size()]);
  report_allocations(state, before);
}

// Same over pre-read instance documents (core/doc), the evaluator's own input.
template <class Run>
void over_documents(benchmark::State& state, Run run) {
  const std::vector<std::string>& texts = instances(state.range(0) == 1);
  std::vector<std::unique_ptr<doc::Document>> documents;
  for (const std::string& text : texts) {
    documents.push_back(std::make_unique<doc::Document>());
    documents.back()->read(text);
  }
  form50();
  std::size_t i = 0;
  AllocCount before = allocations();
  for (auto _ : state) run(documents[i++ % documents.size()]->root());
  report_allocations(state, before);
}

void validate_ajv(benchmark::State& state) {
  over_texts(state, [](const std::string& text) {
    nlohmann::json result = form50().validate(text, OutputFormat::ajv, Locale::zh_CN);
    benchmark::DoNotOptimize(result);
  });
}

// What the CLI and the WASM module run: the result text written into a reused buffer.
void validate_ajv_text(benchmark::State& state) {
  std::string result;
  over_texts(state, [&result](const std::string& text) {
    form50().validate_text(text, OutputFormat::ajv, Locale::zh_CN, result);
    benchmark::DoNotOptimize(result);
  });
}

// The cheapest full call: a text that fails at its first byte, answered with a rendered
// error result. The fixed cost of one call, without Embind, to compare with the WASM figure.
void syntax_error(benchmark::State& state) {
  form50();
  AllocCount before = allocations();
  for (auto _ : state) {
    std::string result = form50().validate_text("x", OutputFormat::flag, Locale::zh_CN);
    benchmark::DoNotOptimize(result);
  }
  report_allocations(state, before);
}

void is_valid(benchmark::State& state) {
  over_texts(state, [](const std::string& text) {
    std::optional<bool> valid = form50().is_valid(text);
    benchmark::DoNotOptimize(valid);
  });
}

void evaluate_raw(benchmark::State& state) {
  eval::EvalOptions options;
  options.collect_errors = true;
  over_documents(state, [&options](const doc::Value& value) {
    eval::Outcome outcome = eval::evaluate(form50().plan(), value, options);
    benchmark::DoNotOptimize(outcome);
  });
}

void evaluate_ajv(benchmark::State& state) {
  over_values(state, [](const nlohmann::json& value) {
    nlohmann::json result = form50().validate_value(value, OutputFormat::ajv, Locale::zh_CN);
    benchmark::DoNotOptimize(result);
  });
}

void evaluate_flag(benchmark::State& state) {
  over_values(state, [](const nlohmann::json& value) {
    nlohmann::json result = form50().validate_value(value, OutputFormat::flag, Locale::zh_CN);
    benchmark::DoNotOptimize(result);
  });
}

// The report alone: the result text written from pre-evaluated findings (api/result_text.h).
void write_result_text(benchmark::State& state) {
  eval::EvalOptions options;
  std::vector<eval::Outcome> outcomes;
  for (const std::string& text : instances(state.range(0) == 1)) {
    outcomes.push_back(eval::evaluate(form50().plan(), read_json(text).value, options));
  }
  std::size_t i = 0;
  std::string out;
  AllocCount before = allocations();
  for (auto _ : state) {
    out.clear();
    write_result(out, form50().plan(), outcomes[i++ % outcomes.size()], OutputFormat::ajv, Locale::zh_CN);
    benchmark::DoNotOptimize(out);
  }
  report_allocations(state, before);
}

void dump_result(benchmark::State& state) {
  std::vector<nlohmann::json> results;
  for (const std::string& text : instances(state.range(0) == 1)) {
    results.push_back(form50().validate(text, OutputFormat::ajv, Locale::zh_CN));
  }
  std::size_t i = 0;
  AllocCount before = allocations();
  for (auto _ : state) {
    std::string text = dump_json(results[i++ % results.size()]);
    benchmark::DoNotOptimize(text);
  }
  report_allocations(state, before);
}

BENCHMARK(compile_text)->Name("compile/text")->ArgName("fields")->Arg(50)->Arg(200)->Unit(benchmark::kMicrosecond);
BENCHMARK(compile_value)->Name("compile/value")->ArgName("fields")->Arg(50)->Arg(200)->Unit(benchmark::kMicrosecond);
BENCHMARK(validate_ajv_text)->Name("validate/ajv_text")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(validate_ajv)->Name("validate/ajv")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(syntax_error)->Name("validate/syntax_error_x");
BENCHMARK(is_valid)->Name("validate/is_valid")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(evaluate_raw)->Name("evaluate/raw_findings")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(evaluate_ajv)->Name("evaluate/validate_value_ajv")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(evaluate_flag)->Name("evaluate/validate_value_flag")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(dump_result)->Name("report/dump_json")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(write_result_text)->Name("report/write_result")->ArgName("valid")->Arg(1)->Arg(0);

}  // namespace
}  // namespace yushen::bench
