// core/pattern on the form50 patterns: one search (and one compile) per iteration, cycling
// over the form's patterns with values like the corpus's, on the Pike VM (dfa:0, the fast
// path switched off by PatternLimits::max_dfa_states = 0) and on the DFA fast path (dfa:1).
// evaluate/raw_findings_engine is evaluate/raw_findings with the form50 plan compiled
// both ways, so the per-document gain is measured in one run (about 20 searches each).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "corpus.h"
#include "doc/document.h"
#include "eval/evaluator.h"
#include "pattern/pattern.h"
#include "schema/compiler.h"
#include "util/json_text.h"

namespace yushen::bench {
namespace {

struct Sample {
  const char* pattern;
  const char* text;
};

// Every pattern of bench/corpus/form50.schema.json, with a matching value from the
// corpus and a typical mistake.
const Sample kSamples[] = {
    {"^1[3-9]\\d{9}$", "17786089105"},
    {"^1[3-9]\\d{9}$", "1778608910"},
    {"^\\d{6}$", "628403"},
    {"^\\d{6}$", "62840"},
    {"^[\\u4e00-\\u9fa5]{2,20}$", "郑平杰"},
    {"^[\\u4e00-\\u9fa5]{2,20}$", "吴"},
    {"^\\d{17}[\\dXx]$", "38311188749497135X"},
    {"^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$", "911100194742099553"},
    {"^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$", "91110019474209955I"},
    {"(有限公司|有限责任公司|股份有限公司)$", "北京恒达科技有限公司"},
    {"^0\\d{2,3}-\\d{7,8}$", "010-12345678"},
    {"^\\d{6}-\\d{3}-\\d{3}$", "868043-177-618"},
    {"^京\\(\\d{4}\\)[\\u4e00-\\u9fa5]{2,4}不动产权第\\d{7}号$", "京(2023)西城区不动产权第0012345号"},
};

pattern::PatternLimits limits_for(benchmark::State& state) {
  pattern::PatternLimits limits;
  if (state.range(0) == 0) limits.max_dfa_states = 0;
  return limits;
}

void pattern_search(benchmark::State& state) {
  std::vector<pattern::Regex> regexes;
  for (const Sample& s : kSamples) regexes.push_back(std::get<pattern::Regex>(pattern::compile(s.pattern, limits_for(state))));
  std::size_t i = 0;
  for (auto _ : state) {
    std::size_t k = i++ % regexes.size();
    bool matched = regexes[k].search(kSamples[k].text);
    benchmark::DoNotOptimize(matched);
  }
}

void pattern_compile(benchmark::State& state) {
  const pattern::PatternLimits limits = limits_for(state);
  std::size_t i = 0;
  for (auto _ : state) {
    auto compiled = pattern::compile(kSamples[i++ % std::size(kSamples)].pattern, limits);
    benchmark::DoNotOptimize(compiled);
  }
}

// The form50 plan with (dfa:1) or without (dfa:0) the fast path, as Validator compiles it.
schema::PlanPtr form50_plan(bool dfa) {
  schema::CompileOptions options;
  options.assert_formats = true;
  if (!dfa) options.limits.pattern.max_dfa_states = 0;
  auto plan = schema::compile(read_json(corpus().form50_schema).value, options);
  if (!plan.ok()) {
    std::fprintf(stderr, "yushen_bench: form50 schema does not compile\n");
    std::exit(2);
  }
  return std::move(plan).value();
}

void evaluate_engine(benchmark::State& state) {
  static const schema::PlanPtr plans[2] = {form50_plan(false), form50_plan(true)};
  const plan::Plan& plan = *plans[state.range(1)];
  std::vector<std::unique_ptr<doc::Document>> documents;
  for (const std::string& text : instances(state.range(0) == 1)) {
    documents.push_back(std::make_unique<doc::Document>());
    documents.back()->read(text);
  }
  eval::EvalOptions options;
  options.collect_errors = true;
  std::size_t i = 0;
  for (auto _ : state) {
    eval::Outcome outcome = eval::evaluate(plan, documents[i++ % documents.size()]->root(), options);
    benchmark::DoNotOptimize(outcome);
  }
}

BENCHMARK(evaluate_engine)->Name("evaluate/raw_findings_engine")->ArgNames({"valid", "dfa"})->ArgsProduct({{1, 0}, {0, 1}});
BENCHMARK(pattern_search)->Name("pattern/search_form50")->ArgName("dfa")->Arg(0)->Arg(1);
BENCHMARK(pattern_compile)->Name("pattern/compile_form50")->ArgName("dfa")->Arg(0)->Arg(1);

}  // namespace
}  // namespace yushen::bench
