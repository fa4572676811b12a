// The reader on the submission's hot path, alone: how long it takes to turn ~1.3 KB of form
// JSON into something the evaluator can walk. Rows: yushen's instance reader (core/doc: UTF-8
// check + one pass into a reused compact document; what validate() uses), yushen's read_json
// (UTF-8 check + SAX into nlohmann's DOM with a depth counter; templates and tools, and the
// instance path before core/doc), nlohmann DOM parse, nlohmann SAX with a handler
// that does nothing (the tokenizer's floor), the UTF-8 check alone, and RapidJSON's DOM when
// its headers are installed (the "fast reader" reference).
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include "alloc_counter.h"
#include "corpus.h"
#include "doc/document.h"
#include "util/json_text.h"
#include "util/utf8.h"

#ifdef YUSHEN_BENCH_RAPIDJSON
#include <rapidjson/document.h>
#endif

namespace yushen::bench {
namespace {

using Json = nlohmann::json;

// Accepts every event and keeps nothing.
struct NoopSax {
  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(Json::number_integer_t) { return true; }
  bool number_unsigned(Json::number_unsigned_t) { return true; }
  bool number_float(Json::number_float_t, const Json::string_t&) { return true; }
  bool string(Json::string_t&) { return true; }
  bool binary(Json::binary_t&) { return true; }
  bool start_object(std::size_t) { return true; }
  bool key(Json::string_t&) { return true; }
  bool end_object() { return true; }
  bool start_array(std::size_t) { return true; }
  bool end_array() { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }
};

void read_yushen_doc(benchmark::State& state) {
  doc::Document document;  // reused, as Validator::validate does
  cycle_texts(state, [&document](const std::string& text) {
    JsonRead read = document.read(text);
    benchmark::DoNotOptimize(read);
    benchmark::DoNotOptimize(document.root());
  });
}

void read_yushen(benchmark::State& state) {
  cycle_texts(state, [](const std::string& text) {
    JsonRead read = read_json(text);
    benchmark::DoNotOptimize(read);
  });
}

void read_yushen_fast(benchmark::State& state) {
  cycle_texts(state, [](const std::string& text) {
    JsonRead read = doc::read_json_fast(text);
    benchmark::DoNotOptimize(read);
  });
}

void read_nlohmann_dom(benchmark::State& state) {
  cycle_texts(state, [](const std::string& text) {
    Json value = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    benchmark::DoNotOptimize(value);
  });
}

void read_nlohmann_sax_noop(benchmark::State& state) {
  cycle_texts(state, [](const std::string& text) {
    NoopSax sax;
    bool ok = Json::sax_parse(text, &sax);
    benchmark::DoNotOptimize(ok);
  });
}

void read_utf8_check(benchmark::State& state) {
  cycle_texts(state, [](const std::string& text) {
    bool ok = is_valid_utf8(text);
    benchmark::DoNotOptimize(ok);
  });
}

#ifdef YUSHEN_BENCH_RAPIDJSON
void read_rapidjson_dom(benchmark::State& state) {
  cycle_texts(state, [](const std::string& text) {
    rapidjson::Document document;
    document.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
    benchmark::DoNotOptimize(document.HasParseError());
  });
}
BENCHMARK(read_rapidjson_dom)->Name("read/rapidjson_dom")->ArgName("valid")->Arg(1)->Arg(0);
#endif

BENCHMARK(read_yushen_doc)->Name("read/yushen_doc")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(read_yushen)->Name("read/yushen_read_json")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(read_yushen_fast)->Name("read/yushen_read_json_fast")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(read_nlohmann_dom)->Name("read/nlohmann_dom")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(read_nlohmann_sax_noop)->Name("read/nlohmann_sax_noop")->ArgName("valid")->Arg(1)->Arg(0);
BENCHMARK(read_utf8_check)->Name("read/utf8_check")->ArgName("valid")->Arg(1)->Arg(0);

}  // namespace
}  // namespace yushen::bench
