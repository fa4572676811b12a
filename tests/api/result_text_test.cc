// Tests for api/result_text: the result text written straight from findings is byte for
// byte what the previous route wrote (an nlohmann object per error, then dump_json; kept
// below as the reference), in the ajv, basic and flag forms and in zh-CN, zh-TW and en,
// over the whole JSON Schema suite (both drafts), the bench corpus (form50 valid and
// invalid), schemas and instances with escapes, control characters, emoji and ill-formed
// UTF-8, and results cut short by a limit.
#include "api/result_text.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "api/validator.h"
#include "report/message.h"
#include "schema/compiler.h"
#include "util/json_text.h"

namespace yushen {
namespace {

// ---- The reference: the nlohmann route of Validator::report before result_text existed.
nlohmann::json reference_ajv_error(const plan::Plan& plan, const eval::Finding& finding, Locale locale) {
  const plan::InstructionMeta& meta = plan.meta[finding.meta];
  nlohmann::json out = nlohmann::json::object();
  out["code"] = std::string(code_id(finding.code));
  out["instancePath"] = finding.instance_path;
  out["schemaPath"] = meta.schema_path;
  out["keyword"] = meta.keyword;
  // The merged params as an nlohmann object (the writer merges them on the fly instead).
  const nlohmann::json params = eval::finding_params(plan, finding);
  out["params"] = params;
  out["message"] = render_message(finding.code, params, locale);
  return out;
}

nlohmann::json reference_basic_error(const plan::Plan& plan, const eval::Finding& finding, Locale locale) {
  const plan::InstructionMeta& meta = plan.meta[finding.meta];
  nlohmann::json out = nlohmann::json::object();
  out["code"] = std::string(code_id(finding.code));
  out["keywordLocation"] = finding.keyword_location;
  out["absoluteKeywordLocation"] = meta.absolute_location;
  out["instanceLocation"] = finding.instance_path;
  out["error"] = render_message(finding.code, eval::finding_params(plan, finding), locale);
  return out;
}

nlohmann::json reference_report(const plan::Plan& plan, const eval::Outcome& outcome, OutputFormat output,
                                Locale locale) {
  if (outcome.limit) {
    nlohmann::json result = nlohmann::json::object();
    result["valid"] = false;
    result["error"] = error_to_json(*outcome.limit, locale);
    return result;
  }
  nlohmann::json result = nlohmann::json::object();
  result["valid"] = outcome.valid;
  if (output == OutputFormat::flag) return result;
  nlohmann::json errors = nlohmann::json::array();
  for (const eval::Finding& finding : outcome.errors) {
    errors.push_back(output == OutputFormat::ajv ? reference_ajv_error(plan, finding, locale)
                                                 : reference_basic_error(plan, finding, locale));
  }
  result["errors"] = std::move(errors);
  return result;
}
// ---- End of the reference.

constexpr OutputFormat kOutputs[] = {OutputFormat::ajv, OutputFormat::basic, OutputFormat::flag};
constexpr Locale kLocales[] = {Locale::zh_CN, Locale::zh_TW, Locale::en};

struct Counts {
  std::size_t results = 0;
  std::size_t errors = 0;
};

// Every output form and locale for one instance: the written text equals the reference.
void expect_same_text(const plan::Plan& plan, const nlohmann::json& instance, Counts& counts,
                      const eval::EvalLimits& limits = {}) {
  for (OutputFormat output : kOutputs) {
    eval::EvalOptions options;  // as Validator::eval_options sets them
    options.collect_errors = output != OutputFormat::flag;
    options.track_keyword_locations = output == OutputFormat::basic;
    options.limits = limits;
    eval::Outcome outcome = eval::evaluate(plan, instance, options);
    for (Locale locale : kLocales) {
      std::string text = "x";  // write_result appends
      write_result(text, plan, outcome, output, locale);
      ASSERT_EQ(text.substr(1), dump_json(reference_report(plan, outcome, output, locale)))
          << "instance: " << dump_json(instance);
      ++counts.results;
      counts.errors += outcome.errors.size();
    }
  }
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const std::string kSuite = std::string(YUSHEN_SHARED_DIR) + "/testdata/json-schema-test-suite";

// The suite's remotes, served as its runner serves them.
std::optional<std::string> suite_remote(const std::string& uri) {
  const std::string base = "http://localhost:1234/";
  if (uri.rfind(base, 0) != 0) return std::nullopt;
  std::filesystem::path path = kSuite + "/remotes/" + uri.substr(base.size());
  if (!std::filesystem::is_regular_file(path)) return std::nullopt;
  return read_text(path);
}

// Every file of a draft, or only `only` (a file name) when given.
void run_suite_draft(const char* draft, schema::Dialect dialect, bool assert_formats, Counts& counts,
                     const std::string& only = {}) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kSuite + "/tests/" + draft)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
    if (only.empty() || entry.path().filename() == only) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.empty(), false);
  for (const auto& path : files) {
    SCOPED_TRACE(path.string());
    JsonRead file = read_json(read_text(path));
    ASSERT_EQ(file.error, JsonReadError::none);
    for (const auto& group : file.value) {
      schema::CompileOptions options;
      options.default_dialect = dialect;
      options.assert_formats = assert_formats;
      options.resolver = suite_remote;
      auto plan = schema::compile(group["schema"], options);
      if (!plan.ok()) continue;  // the conformance run covers compile failures
      for (const auto& test : group["tests"]) expect_same_text(*plan.value(), test["data"], counts);
    }
  }
}

TEST(ResultText, SameBytesAsTheNlohmannRouteOnTheWholeSuite) {
  Counts counts;
  run_suite_draft("draft2020-12", schema::Dialect::draft2020_12, false, counts);
  run_suite_draft("draft7", schema::Dialect::draft7, false, counts);
  // Formats as assertions add the format findings and their messages.
  run_suite_draft("draft2020-12", schema::Dialect::draft2020_12, true, counts, "format.json");
  EXPECT_GT(counts.results, 21000u);  // ≈ 2,350 instances (both drafts, format.json twice) × 3 forms × 3 locales
  EXPECT_GT(counts.errors, 6000u);
}

TEST(ResultText, SameBytesAsTheNlohmannRouteOnTheBenchCorpus) {
  const std::string corpus = std::string(YUSHEN_SOURCE_DIR) + "/bench/corpus/";
  schema::CompileOptions options;
  options.assert_formats = true;
  auto plan = schema::compile(read_json(read_text(corpus + "form50.schema.json")).value, options);
  ASSERT_TRUE(plan.ok());
  Counts counts;
  for (const char* name : {"form50.valid.jsonl", "form50.invalid.jsonl"}) {
    std::istringstream lines(read_text(corpus + name));
    for (std::string line; std::getline(lines, line);) {
      if (line.empty()) continue;
      JsonRead instance = read_json(line);
      ASSERT_EQ(instance.error, JsonReadError::none);
      expect_same_text(*plan.value(), instance.value, counts);
    }
  }
  EXPECT_EQ(counts.results, 32u * 9u);
  EXPECT_GT(counts.errors, 16u * 2u * 3u);  // every invalid instance has 2-6 errors, ajv + basic
}

TEST(ResultText, EscapesControlCharactersEmojiAndIllFormedUtf8) {
  // Property names and values that need escaping reach instancePath, schemaPath, params
  // and messages; a schema given as a value may even hold ill-formed UTF-8.
  const std::string weird_keys[] = {"a\"b", "back\\slash", "tab\there", std::string("nul\0x", 5), "\x01\x1f\x7f",
                                    "🙂emoji", "张三", "line\u2028sep", "slash/and~tilde", "bad\xFF\xC3"};
  nlohmann::json schema = {{"type", "object"}, {"properties", nlohmann::json::object()}};
  nlohmann::json instance = nlohmann::json::object();
  for (const std::string& key : weird_keys) {
    schema["properties"][key] = {{"enum", {key, 1.5, -0.0, nullptr, nlohmann::json::array({key})}},
                                 {"maxLength", 1},
                                 {"pattern", "^[a-z]+$"}};
    instance[key] = key + "\n\"🙂\x02";
  }
  schema["additionalProperties"] = {{"const", "c\u00e9\"\\"}};
  instance["extra\x1b"] = "x";
  instance["emoji🙂"] = {{"deep", {1, 2.5, "\xF0\x9F\x99\x82"}}};
  schema["required"] = {"missing\"one", "缺少"};
  auto plan = schema::compile(schema, {});
  ASSERT_TRUE(plan.ok()) << code_id(plan.error().code);
  Counts counts;
  expect_same_text(*plan.value(), instance, counts);
  EXPECT_GT(counts.errors, 60u);
}

TEST(ResultText, ALimitResultIsTheErrorResult) {
  auto plan = schema::compile(nlohmann::json::parse(R"({"items":{"items":{"minimum":5}}})"), {});
  ASSERT_TRUE(plan.ok());
  eval::EvalLimits limits;
  limits.max_work = 10;
  Counts counts;
  expect_same_text(*plan.value(), nlohmann::json::parse("[[1,2,3],[4,5,6],[7,8,9]]"), counts, limits);
  eval::EvalOptions options;
  options.limits = limits;
  eval::Outcome outcome = eval::evaluate(*plan.value(), nlohmann::json::parse("[[1,2,3],[4,5,6],[7,8,9]]"), options);
  ASSERT_TRUE(outcome.limit.has_value());
  std::string text;
  write_result(text, *plan.value(), outcome, OutputFormat::ajv, Locale::en);
  EXPECT_EQ(text.rfind("{\"error\":{\"code\":\"limit.work\"", 0), 0u) << text;
}

TEST(ResultText, ValidatorTextAndValueCallsAgree) {
  // validate_text is what the CLI and WASM return; validate and validate_value parse it.
  auto validator = Validator::create(R"({"properties":{"n":{"maxLength":2,"pattern":"^\\d+$"}}})", {});
  ASSERT_TRUE(validator.ok());
  const Validator& v = validator.value();
  for (const char* instance : {R"({"n":"张三丰"})", R"({"n":"12"})", "{", "[1,", "\"\xFF\""}) {
    for (OutputFormat output : kOutputs) {
      for (Locale locale : kLocales) {
        std::string text = v.validate_text(instance, output, locale);
        EXPECT_EQ(dump_json(v.validate(instance, output, locale)), text);
        std::string reused = "old contents";
        v.validate_text(instance, output, locale, reused);
        EXPECT_EQ(reused, text);
        JsonRead read = read_json(instance);
        if (read.error == JsonReadError::none) {
          EXPECT_EQ(dump_json(v.validate_value(read.value, output, locale)), text);
        }
      }
    }
  }
}

}  // namespace
}  // namespace yushen
