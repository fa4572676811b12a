// Tests for a finding's merged parameters: the plan's static params with the found ones
// over them, in key order, as the old per-finding nlohmann copy gave them.
#include "eval/finding.h"

#include <gtest/gtest.h>

#include "util/json_text.h"

namespace yushen::eval {
namespace {

using Json = nlohmann::json;

// A plan with one instruction meta holding `statics`.
plan::Plan plan_with(Json statics) {
  plan::Plan plan;
  plan.meta.push_back(plan::InstructionMeta{"k", "#/k", "", "/k", std::move(statics)});
  return plan;
}

// The old merge: a copy of the static params, each found value assigned over it.
Json reference(const Json& statics, const Finding& finding) {
  Json out = statics;
  if (finding.found_name) out[finding.found_name] = std::string(finding.found_value());
  if (finding.more.is_object()) {
    for (auto it = finding.more.begin(); it != finding.more.end(); ++it) out[it.key()] = it.value();
  }
  return out;
}

std::vector<std::string> keys_in_order(const FindingParams& params) {
  std::vector<std::string> keys;
  params.for_each([&](std::string_view key, const ParamRef&) { keys.emplace_back(key); });
  return keys;
}

TEST(FindingParams, StaticOnly) {
  plan::Plan plan = plan_with({{"limit", 3}, {"comparison", ">="}});
  Finding finding{Code::kMinimum, 0, "", "", nullptr, {}, {}, {}};
  EXPECT_EQ(dump_json(finding_params(plan, finding)), R"({"comparison":">=","limit":3})");
  EXPECT_EQ(keys_in_order(FindingParams(plan, finding)), (std::vector<std::string>{"comparison", "limit"}));
  EXPECT_EQ(*FindingParams(plan, finding).find("limit").json, 3);
  EXPECT_FALSE(FindingParams(plan, finding).find("missing").found());
}

TEST(FindingParams, FoundStringSortsAmongStaticKeys) {
  plan::Plan plan = plan_with({{"a", 1}, {"z", 2}});
  Finding viewed{Code::kRequired, 0, "", "", "missingProperty", "名称", {}, {}};
  EXPECT_EQ(dump_json(finding_params(plan, viewed)), dump_json(reference(plan.meta[0].params, viewed)));
  EXPECT_EQ(keys_in_order(FindingParams(plan, viewed)), (std::vector<std::string>{"a", "missingProperty", "z"}));
  Finding copied{Code::kAdditionalProperties, 0, "", "", "additionalProperty", {}, "a key longer than sixteen", {}};
  ParamRef value = FindingParams(plan, copied).find("additionalProperty");
  ASSERT_TRUE(value.is_text);
  EXPECT_EQ(value.text, "a key longer than sixteen");
  EXPECT_EQ(dump_json(finding_params(plan, copied)), dump_json(reference(plan.meta[0].params, copied)));
}

TEST(FindingParams, FoundValuesReplaceStaticOnes) {
  plan::Plan plan = plan_with({{"format", "date"}, {"limit", 1}});
  Finding finding{Code::kFormat, 0, "", "", "limit", "x", {}, Json{{"format", "other"}, {"year", 2100}}};
  EXPECT_EQ(dump_json(finding_params(plan, finding)), R"({"format":"other","limit":"x","year":2100})");
  EXPECT_EQ(dump_json(finding_params(plan, finding)), dump_json(reference(plan.meta[0].params, finding)));
  EXPECT_EQ(FindingParams(plan, finding).find("format").json->get<std::string>(), "other");
  EXPECT_EQ(FindingParams(plan, finding).find("limit").text, "x");
}

TEST(FindingParams, EmptyMoreAndEmptyStatic) {
  plan::Plan plan = plan_with(Json::object());
  Finding finding{Code::kFormat, 0, "", "", nullptr, {}, {}, Json::object()};
  EXPECT_EQ(dump_json(finding_params(plan, finding)), "{}");
  Finding none{Code::kFormat, 0, "", "", nullptr, {}, {}, {}};
  EXPECT_EQ(dump_json(finding_params(plan, none)), "{}");
}

}  // namespace
}  // namespace yushen::eval
