// Tests for masking (core/check/mask.cc): identifiers, phones and card numbers in issue
// parameters are masked (个人信息保护法); dates, short numbers and plain text are not.
#include "check/run.h"

#include <gtest/gtest.h>

namespace yushen::check::detail {
namespace {

TEST(Mask, Text) {
  struct Row {
    const char* in;
    const char* out;
  };
  const Row rows[] = {
      {"110105194912310016", "1101**********0016"},
      {"张三身份证110105194912310016.jpg", "张三身份证1101**********0016.jpg"},
      {"13812345678", "138****5678"},
      {"电话 138-1234-5678 请回电", "电话 138******5678 请回电"},
      {"91350100M000100Y43", "9135**********0Y43"},
      {"6228 4800 0000 0007", "6228***********0007"},
      {"E12345678", "E1*****78"},
      {"2025-03-06", "2025-03-06"},
      {"plan v2.pdf", "plan v2.pdf"},
      {"GB 50016-2014", "GB 50016-2014"},
      {"1234567", "1*****7"},
      {"123456", "123456"},
      {"", ""},
  };
  for (const Row& row : rows) EXPECT_EQ(mask_text(row.in), row.out) << row.in;
}

TEST(Mask, ParamsRecursively) {
  nlohmann::json params = {{"file", "110105194912310016.pdf"}, {"limit", 12345678}, {"list", {"13812345678", "ok"}}};
  mask_params(params);
  EXPECT_EQ(params, nlohmann::json::parse(R"({"file": "1101**********0016.pdf", "limit": 12345678,
                                              "list": ["138****5678", "ok"]})"));
}

}  // namespace
}  // namespace yushen::check::detail
