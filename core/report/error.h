// Errors are values: a code, where it happened, and structured parameters. No exception
// crosses a core API. Result<T> holds either a value or an Error.
// Tested by tests/report/error_test.cc.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <variant>

#include "report/codes.h"

namespace yushen {

struct Error {
  Code code;
  std::string where;  // JSON Pointer into the input that caused it ("" = the whole input)
  nlohmann::json params = nlohmann::json::object();
};

inline Error make_error(Code code, std::string where = {},
                        nlohmann::json params = nlohmann::json::object()) {
  return Error{code, std::move(where), std::move(params)};
}

template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}     // NOLINT(google-explicit-constructor)

  bool ok() const { return state_.index() == 0; }
  const T& value() const& { return std::get<0>(state_); }
  T& value() & { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace yushen
