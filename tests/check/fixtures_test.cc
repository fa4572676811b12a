// Runs every fixture of tests/check/fixtures/ natively and requires the canonical report to
// equal <name>.expected.json byte for byte — the same files tests/node/check.test.mjs runs
// through the CLI and WASM. A fixture: {description, template (repo path or object), locale,
// submission, context (its "calendar" a repo path to load)}.
#include <dirent.h>

#include <algorithm>

#include "report/message.h"
#include "test_util.h"

namespace yushen::check::testing {
namespace {

const std::string kDir = YUSHEN_SOURCE_DIR "/tests/check/fixtures/";

std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  if (DIR* dir = opendir(kDir.c_str())) {
    while (dirent* entry = readdir(dir)) {
      std::string name = entry->d_name;
      const std::string suffix = ".json", expected = ".expected.json";
      if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0 &&
          (name.size() < expected.size() || name.compare(name.size() - expected.size(), expected.size(), expected) != 0)) {
        names.push_back(name.substr(0, name.size() - suffix.size()));
      }
    }
    closedir(dir);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string trim(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

std::string run_fixture(const Json& spec) {
  Json tpl = spec["template"].is_string() ? read_json_file(YUSHEN_SOURCE_DIR "/" + spec["template"].get<std::string>())
                                          : spec["template"];
  Json context = spec["context"];
  if (context.contains("calendar") && context["calendar"].is_string()) {
    context["calendar"] = read_json_file(YUSHEN_SOURCE_DIR "/" + context["calendar"].get<std::string>());
  }
  Locale locale = parse_locale(spec["locale"].get<std::string>()).value_or(Locale::zh_CN);
  Result<Checker> checker = Checker::compile(tpl);
  if (!checker.ok()) return dump_json(Json{{"error", error_to_json(checker.error(), locale)}});
  Result<Json> report = checker.value().check(spec["submission"], context, locale);
  if (!report.ok()) return dump_json(Json{{"error", error_to_json(report.error(), locale)}});
  return dump_json(report.value());
}

TEST(Fixtures, NativeReportsEqualTheStoredOnes) {
  std::vector<std::string> names = fixture_names();
  ASSERT_GE(names.size(), 15u);
  for (const std::string& name : names) {
    Json spec = read_json_file(kDir + name + ".json");
    ASSERT_TRUE(spec.is_object()) << name;
    EXPECT_EQ(run_fixture(spec), trim(read_text(kDir + name + ".expected.json"))) << name;
  }
}

}  // namespace
}  // namespace yushen::check::testing
