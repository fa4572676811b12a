// Internal to the template stage; use template/template.h. Typed, located, non-throwing
// reads of template members: every problem becomes an Error with a JSON Pointer and reading
// goes on, so one compile reports where the first problem is and lint reports them all.
// Tested by tests/template/compile_test.cc.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "template/template.h"

namespace yushen::tmpl::detail {

using Json = nlohmann::json;

// where + "/" + token, with ~ and / escaped.
std::string child(const std::string& where, std::string_view token);
std::string child(const std::string& where, std::size_t index);

// True if `id` matches ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$ (material, rule, case, stage ids).
bool is_valid_id(std::string_view id);
inline constexpr std::string_view kIdPattern = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$";

class Reader {
 public:
  Reader(std::vector<Error>& errors, const logic::Extensions& extensions, const TemplateLimits& limits)
      : errors_(errors), extensions_(extensions), limits_(limits) {}

  void fail(Code code, std::string where, Json params = Json::object());
  const TemplateLimits& limits() const { return limits_; }

  // template.type {type: object} unless `value` is an object.
  bool object(const Json& value, const std::string& where);
  // template.unknown_member for members not in `allowed` and not starting with "x-".
  void members(const Json& object, const std::string& where, std::initializer_list<std::string_view> allowed);
  // The member, or nullptr; template.required when `required` and absent.
  const Json* get(const Json& object, std::string_view key, const std::string& where, bool required);

  std::optional<std::string> string(const Json& object, std::string_view key, const std::string& where,
                                    bool required);
  std::optional<std::string> id(const Json& object, std::string_view key, const std::string& where);
  std::optional<bool> boolean(const Json& object, std::string_view key, const std::string& where);
  // An integer in [min, max]; template.type or template.bad_value otherwise.
  std::optional<long long> integer(const Json& object, std::string_view key, const std::string& where,
                                   long long min, long long max);
  std::optional<Text> text(const Json& object, std::string_view key, const std::string& where, bool required);
  std::optional<PartialText> partial_text(const Json& value, const std::string& where);
  std::optional<Deadline> deadline(const Json& object, std::string_view key, const std::string& where);
  std::optional<Period> period(const Json& object, std::string_view key, const std::string& where);
  // Compiles a JsonLogic member with the template extensions; logic.* errors are re-located.
  std::optional<logic::Rule> logic(const Json& object, std::string_view key, const std::string& where,
                                   bool required);
  // An array member with at most `max_items` items (template.too_many beyond).
  const Json* array(const Json& object, std::string_view key, const std::string& where, bool required,
                    std::size_t max_items);
  // A list of distinct ids.
  std::vector<std::string> id_list(const Json& object, std::string_view key, const std::string& where,
                                   bool required);

 private:
  std::vector<Error>& errors_;
  const logic::Extensions& extensions_;
  const TemplateLimits& limits_;
};

}  // namespace yushen::tmpl::detail
