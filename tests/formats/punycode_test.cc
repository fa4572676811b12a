// Punycode (RFC 3492): the §7.1 sample strings both ways, and the failure cases.
#include "formats/punycode.h"

#include <gtest/gtest.h>

#include <string>

namespace yushen::formats::detail {
namespace {

struct Sample {
  std::u32string unicode;
  std::string encoded;
};

// RFC 3492 §7.1 (A), (B), (C), (L), (R) and (S); (S) is all basic code points.
const Sample kSamples[] = {
    {U"\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F",
     "egbpdaj6bu4bxfgehfvwxn"},
    {U"\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587", "ihqwcrb4cv8a8dqg056pqjye"},
    {U"\u4ED6\u5011\u7232\u4EC0\u9EBD\u4E0D\u8AAA\u4E2D\u6587", "ihqwctvzc91f659drss3x8bo0yb"},
    {U"3\u5E74B\u7D44\u91D1\u516B\u5148\u751F", "3B-ww4c5e180e575a65lsy2b"},
    {U"\u305D\u306E\u30B9\u30D4\u30FC\u30C9\u3067", "d9juau41awczczp"},
    {U"-> $1.00 <-", "-> $1.00 <--"},
    {U"b\u00FCcher", "bcher-kva"},
};

TEST(Punycode, Rfc3492Samples) {
  for (const Sample& s : kSamples) {
    std::string encoded;
    ASSERT_TRUE(punycode_encode(s.unicode, encoded)) << s.encoded;
    EXPECT_EQ(encoded, s.encoded);
    std::u32string decoded;
    ASSERT_TRUE(punycode_decode(s.encoded, decoded)) << s.encoded;
    EXPECT_TRUE(decoded == s.unicode) << s.encoded;
  }
}

TEST(Punycode, DecodeIsCaseInsensitiveForDigits) {
  std::u32string decoded;
  ASSERT_TRUE(punycode_decode("IHQWCRB4CV8A8DQG056PQJYE", decoded));
  EXPECT_TRUE(decoded == kSamples[1].unicode);
}

TEST(Punycode, DecodeFailures) {
  std::u32string out;
  EXPECT_FALSE(punycode_decode("X", out));              // truncated integer
  EXPECT_FALSE(punycode_decode("a-!", out));            // not a digit
  EXPECT_FALSE(punycode_decode("\xC3\xBC-abc", out));   // non-basic before the delimiter
  EXPECT_FALSE(punycode_decode("99999999999999", out)); // overflow
  EXPECT_FALSE(punycode_decode("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", out));
  EXPECT_FALSE(punycode_decode(std::string(kMaxPunycodeLength + 1, 'a'), out));
  EXPECT_TRUE(punycode_decode("", out));
  EXPECT_TRUE(out.empty());
}

TEST(Punycode, EncodeRefusesLongInput) {
  std::string out;
  EXPECT_FALSE(punycode_encode(std::u32string(kMaxPunycodeLength + 1, U'\u00FC'), out));
  EXPECT_TRUE(punycode_encode(std::u32string(60, U'\u00FC'), out));
}

}  // namespace
}  // namespace yushen::formats::detail
