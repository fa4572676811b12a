// Exact integer and IEEE double comparisons for numeric keywords.
// Tested by tests/eval/numbers_test.cc.
#include "eval/numbers.h"

#include <cmath>
#include <cstdint>

namespace yushen::eval {
namespace {

// An integer as sign and magnitude, so int64 and uint64 compare exactly.
struct Exact {
  bool negative;
  std::uint64_t magnitude;
};

bool exact_of(const doc::Value& value, Exact& out) {
  if (value.kind() == doc::Kind::unsigned_integer) {
    out = {false, value.unsigned_integer()};
    return true;
  }
  if (value.kind() == doc::Kind::integer) {
    std::int64_t v = value.integer();
    out = {v < 0, v < 0 ? static_cast<std::uint64_t>(-(v + 1)) + 1 : static_cast<std::uint64_t>(v)};
    return true;
  }
  return false;
}

bool exact_of(const nlohmann::json& value, Exact& out) {
  if (value.is_number_unsigned()) {
    out = {false, value.get<std::uint64_t>()};
    return true;
  }
  if (value.is_number_integer()) {
    std::int64_t v = value.get<std::int64_t>();
    out = {v < 0, v < 0 ? static_cast<std::uint64_t>(-(v + 1)) + 1 : static_cast<std::uint64_t>(v)};
    return true;
  }
  return false;
}

// A double that holds an integer exactly (the plan checked |d| <= 2^53).
Exact exact_of_integral(double d) {
  return {d < 0, static_cast<std::uint64_t>(std::fabs(d))};
}

int compare_exact(Exact a, Exact b) {
  if (a.magnitude == 0 && b.magnitude == 0) return 0;
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  int order = a.magnitude < b.magnitude ? -1 : a.magnitude > b.magnitude ? 1 : 0;
  return a.negative ? -order : order;
}

}  // namespace

int compare_number(const doc::Value& value, double limit, const nlohmann::json& limit_json) {
  Exact a{}, b{};
  if (exact_of(value, a) && exact_of(limit_json, b)) return compare_exact(a, b);
  double v = value.number();
  return v < limit ? -1 : v > limit ? 1 : 0;
}

int compare_number(const doc::Value& value, double limit, bool integer) {
  Exact a{};
  if (integer && exact_of(value, a)) return compare_exact(a, exact_of_integral(limit));
  double v = value.number();
  return v < limit ? -1 : v > limit ? 1 : 0;
}

bool is_multiple_of(const doc::Value& value, double divisor, const nlohmann::json& divisor_json) {
  Exact a{}, b{};
  if (exact_of(value, a) && exact_of(divisor_json, b) && b.magnitude != 0) return a.magnitude % b.magnitude == 0;
  return is_multiple_of(value, divisor, false);
}

bool is_multiple_of(const doc::Value& value, double divisor, bool integer) {
  Exact a{};
  if (integer && exact_of(value, a) && divisor != 0) return a.magnitude % exact_of_integral(divisor).magnitude == 0;
  double quotient = value.number() / divisor;
  if (!std::isfinite(quotient)) return false;
  double nearest = std::round(quotient);
  return std::fabs(quotient - nearest) <= 1e-9 * std::fmax(1.0, std::fabs(quotient));
}

}  // namespace yushen::eval
