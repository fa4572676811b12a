// Tests for the public Validator API: result shapes in each output form, input errors as
// results, the boolean mode.
#include "api/validator.h"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

#include "util/json_text.h"

namespace yushen {
namespace {

TEST(Validator, AjvBasicAndFlagOutputs) {
  auto validator = Validator::create(R"({"properties":{"n":{"maxLength":2}}})", {});
  ASSERT_TRUE(validator.ok());
  const Validator& v = validator.value();
  EXPECT_EQ(dump_json(v.validate(R"({"n":"张三丰"})", OutputFormat::flag, Locale::en)), R"({"valid":false})");
  EXPECT_EQ(dump_json(v.validate(R"({"n":"张三丰"})", OutputFormat::ajv, Locale::en)),
            R"({"errors":[{"code":"schema.maxLength","instancePath":"/n","keyword":"maxLength","message":"Enter at most 2 characters","params":{"limit":2},"schemaPath":"#/properties/n/maxLength"}],"valid":false})");
  EXPECT_EQ(dump_json(v.validate(R"({"n":"张三丰"})", OutputFormat::basic, Locale::en)),
            R"({"errors":[{"absoluteKeywordLocation":"urn:yushen:schema#/properties/n/maxLength","code":"schema.maxLength","error":"Enter at most 2 characters","instanceLocation":"/n","keywordLocation":"/properties/n/maxLength"}],"valid":false})");
  EXPECT_EQ(dump_json(v.validate(R"({"n":"张三"})", OutputFormat::ajv, Locale::en)), R"({"errors":[],"valid":true})");
}

// The compile reads the schema value in place (it is not copied into the registry): the
// validator must not refer to it afterwards. Under ASan a dangling reference fails here.
TEST(Validator, OutlivesTheSchemaValueItWasCompiledFrom) {
  std::optional<Validator> kept;
  {
    auto schema = std::make_unique<nlohmann::json>(nlohmann::json::parse(
        R"({"$defs":{"code":{"type":"string","pattern":"^[A-Z]{2}$"}},"required":["a","b"],
            "properties":{"a":{"enum":["是","否"]},"b":{"$ref":"#/$defs/code"},"c":{"const":{"k":[1]}}}})"));
    auto created = Validator::from_value(*schema, {});
    ASSERT_TRUE(created.ok());
    kept.emplace(std::move(created).value());
    *schema = nlohmann::json::array({"overwritten"});
  }
  EXPECT_EQ(dump_json(kept->validate(R"({"a":"不","b":"x1","c":{"k":[2]}})", OutputFormat::ajv, Locale::en)),
            R"({"errors":[{"code":"schema.enum","instancePath":"/a","keyword":"enum","message":"Choose one of the allowed options","params":{"allowedValues":["是","否"]},"schemaPath":"#/properties/a/enum"},)"
            R"({"code":"schema.pattern","instancePath":"/b","keyword":"pattern","message":"Enter it in the required format","params":{"pattern":"^[A-Z]{2}$"},"schemaPath":"#/$defs/code/pattern"},)"
            R"({"code":"schema.const","instancePath":"/c","keyword":"const","message":"Enter the required value","params":{"allowedValue":{"k":[1]}},"schemaPath":"#/properties/c/const"}],"valid":false})");
}

TEST(Validator, UnreadableInstancesAreResultsNotFailures) {
  auto validator = Validator::create("{}", {});
  ASSERT_TRUE(validator.ok());
  nlohmann::json result = validator.value().validate("{", OutputFormat::ajv, Locale::en);
  EXPECT_EQ(result["valid"], false);
  EXPECT_EQ(result["error"]["code"], "json.syntax");
  EXPECT_FALSE(validator.value().is_valid("{").has_value());
  EXPECT_EQ(validator.value().is_valid("1"), true);
}

TEST(Validator, SchemaErrorsComeBackAsErrors) {
  auto bad = Validator::create("{\"type\":", {});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, Code::kJsonSyntax);
  auto too_deep = Validator::create(std::string(300, '[') + std::string(300, ']'), {});
  ASSERT_FALSE(too_deep.ok());
  EXPECT_EQ(too_deep.error().code, Code::kJsonTooDeep);
}

TEST(Validator, SharedAcrossThreadsIsSafeBecauseThePlanIsImmutable) {
  auto validator = Validator::create(R"({"items":{"type":"integer"}})", {});
  ASSERT_TRUE(validator.ok());
  const Validator& v = validator.value();
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        if (v.is_valid("[1,2,3]") != true || v.is_valid("[1,\"x\"]") != false) ++wrong;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace yushen
