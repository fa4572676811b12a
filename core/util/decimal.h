// Decimal text to double without strtod when the answer is certain to be exact: the fast
// path of Clinger (1990). A JSON number whose digits fit in 53 bits, scaled by 10^k with
// |k| ≤ 22, is one correctly rounded IEEE multiplication or division of two exactly
// representable doubles, so it equals what a correctly rounding strtod returns, natively and
// in WASM. Everything else (long mantissas, large exponents) is left to strtod.
// Why: the instance reader (core/doc) parses every fractional number of a submission, and
// musl's strtod in WASM does 128-bit soft-float arithmetic (≈ 4% of a form validation).
// Tested by tests/util/decimal_test.cc (bit-for-bit against strtod).
#pragma once

#include <optional>
#include <string_view>

namespace yushen {

// `text` must already be valid JSON number syntax (RFC 8259 §6). nullopt: use strtod.
// Example: fast_decimal("55.32") == 55.32; fast_decimal("1e23") == nullopt.
std::optional<double> fast_decimal(std::string_view text);

}  // namespace yushen
