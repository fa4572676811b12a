// Punycode (RFC 3492 §6): the bootstring decoder and encoder with the §5 parameters.
// Entry points: punycode_decode, punycode_encode (formats/punycode.h).
// Tested by tests/formats/punycode_test.cc.
#include "formats/punycode.h"

#include <cstdint>
#include <limits>

namespace yushen::formats::detail {
namespace {

// RFC 3492 §5 parameter values for Punycode.
constexpr std::uint32_t kBase = 36, kTmin = 1, kTmax = 26, kSkew = 38, kDamp = 700;
constexpr std::uint32_t kInitialBias = 72, kInitialN = 0x80;
constexpr std::uint32_t kMaxInt = std::numeric_limits<std::uint32_t>::max();

// §5: digit values 0-25 are a-z (or A-Z), 26-35 are 0-9; kBase means "not a digit".
std::uint32_t digit_value(char c) {
  if (c >= 'a' && c <= 'z') return static_cast<std::uint32_t>(c - 'a');
  if (c >= 'A' && c <= 'Z') return static_cast<std::uint32_t>(c - 'A');
  if (c >= '0' && c <= '9') return static_cast<std::uint32_t>(c - '0' + 26);
  return kBase;
}

char digit_char(std::uint32_t d) { return static_cast<char>(d < 26 ? 'a' + d : '0' + (d - 26)); }

// §6.1 bias adaptation.
std::uint32_t adapt(std::uint32_t delta, std::uint32_t num_points, bool first_time) {
  delta = first_time ? delta / kDamp : delta / 2;
  delta += delta / num_points;
  std::uint32_t k = 0;
  while (delta > ((kBase - kTmin) * kTmax) / 2) {
    delta /= kBase - kTmin;
    k += kBase;
  }
  return k + (kBase - kTmin + 1) * delta / (delta + kSkew);
}

std::uint32_t threshold(std::uint32_t k, std::uint32_t bias) {
  if (k <= bias) return kTmin;
  if (k >= bias + kTmax) return kTmax;
  return k - bias;
}

bool is_scalar(std::uint32_t cp) { return cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF); }

}  // namespace

bool punycode_decode(std::string_view input, std::u32string& output) {
  output.clear();
  if (input.size() > kMaxPunycodeLength) return false;
  std::size_t delimiter = input.rfind('-');
  std::size_t in = 0;
  if (delimiter != std::string_view::npos && delimiter > 0) {
    for (std::size_t j = 0; j < delimiter; ++j) {
      if (static_cast<unsigned char>(input[j]) >= 0x80) return false;
      output.push_back(static_cast<char32_t>(input[j]));
    }
    in = delimiter + 1;
  }
  std::uint32_t n = kInitialN, i = 0, bias = kInitialBias;
  while (in < input.size()) {
    std::uint32_t old_i = i, w = 1;
    for (std::uint32_t k = kBase;; k += kBase) {
      if (in >= input.size()) return false;
      std::uint32_t digit = digit_value(input[in++]);
      if (digit >= kBase || digit > (kMaxInt - i) / w) return false;
      i += digit * w;
      std::uint32_t t = threshold(k, bias);
      if (digit < t) break;
      if (w > kMaxInt / (kBase - t)) return false;
      w *= kBase - t;
    }
    auto length = static_cast<std::uint32_t>(output.size() + 1);
    bias = adapt(i - old_i, length, old_i == 0);
    if (i / length > kMaxInt - n) return false;
    n += i / length;
    i %= length;
    // A decoder inserting a basic code point means the input was not produced by §6.3.
    if (n < kInitialN || !is_scalar(n)) return false;
    output.insert(output.begin() + i, static_cast<char32_t>(n));
    ++i;
  }
  return true;
}

bool punycode_encode(std::u32string_view input, std::string& output) {
  output.clear();
  if (input.size() > kMaxPunycodeLength) return false;
  for (char32_t c : input) {
    if (c < kInitialN) output.push_back(static_cast<char>(c));
  }
  auto basic = static_cast<std::uint32_t>(output.size());
  std::uint32_t handled = basic;
  if (basic > 0) output.push_back('-');
  std::uint32_t n = kInitialN, delta = 0, bias = kInitialBias;
  while (handled < input.size()) {
    std::uint32_t m = kMaxInt;
    for (char32_t c : input) {
      if (c >= n && c < m) m = c;
    }
    if (m - n > (kMaxInt - delta) / (handled + 1)) return false;
    delta += (m - n) * (handled + 1);
    n = m;
    for (char32_t c : input) {
      if (c < n && ++delta == 0) return false;  // overflow
      if (c != n) continue;
      std::uint32_t q = delta;
      for (std::uint32_t k = kBase;; k += kBase) {
        std::uint32_t t = threshold(k, bias);
        if (q < t) break;
        output.push_back(digit_char(t + (q - t) % (kBase - t)));
        q = (q - t) / (kBase - t);
      }
      output.push_back(digit_char(q));
      bias = adapt(delta, handled + 1, handled == basic);
      delta = 0;
      ++handled;
    }
    ++delta;
    ++n;
  }
  return true;
}

}  // namespace yushen::formats::detail
