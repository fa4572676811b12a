// The operator registry: every standard JsonLogic operator and every built-in yushen.*
// operator is one row here (name, arity, handler). Adding an operator means one row plus its
// handler in the family file. Entry points: standard_ops(), find_standard_op(),
// builtin_extensions(), find_builtin_extension(), operator_names().
// Tested by tests/logic/registry_test.cc and tests/logic/compile_test.cc.
#include "logic/program.h"

namespace yushen::logic {
namespace detail {
namespace {

constexpr std::size_t kAny = kUnlimited;

// Arities are checked at compile time. They accept every form json-logic-js 2.0.5 gives a
// meaning to (including `if` with no arguments and unary `-`), and reject the rest.
constexpr OpSpec kStandard[] = {
    {"var", 0, 2, op_var},
    {"missing", 0, kAny, op_missing},
    {"missing_some", 2, 2, op_missing_some},
    {"if", 0, kAny, op_if},
    {"?:", 3, 3, op_if},
    {"and", 1, kAny, op_and},
    {"or", 1, kAny, op_or},
    {"!", 1, 1, op_not},
    {"!!", 1, 1, op_not_not},
    {"==", 2, 2, op_equal},
    {"!=", 2, 2, op_not_equal},
    {"===", 2, 2, op_strict_equal},
    {"!==", 2, 2, op_strict_not_equal},
    {"<", 2, 3, op_less},
    {"<=", 2, 3, op_less_equal},
    {">", 2, 2, op_greater},
    {">=", 2, 2, op_greater_equal},
    {"+", 0, kAny, op_add},
    {"-", 1, 2, op_subtract},
    {"*", 1, kAny, op_multiply},
    {"/", 2, 2, op_divide},
    {"%", 2, 2, op_modulo},
    {"min", 1, kAny, op_min},
    {"max", 1, kAny, op_max},
    {"map", 2, 2, op_map},
    {"filter", 2, 2, op_filter},
    {"reduce", 2, 3, op_reduce},
    {"all", 2, 2, op_all},
    {"some", 2, 2, op_some},
    {"none", 2, 2, op_none},
    {"merge", 0, kAny, op_merge},
    {"in", 2, 2, op_in},
    {"cat", 0, kAny, op_cat},
    {"substr", 2, 3, op_substr},
    {"log", 1, 1, op_log},
};

// docs/jsonlogic.md "yushen operators" describes each row.
constexpr BuiltinExtension kBuiltin[] = {
    {"yushen.len", 1, 1, ext_len},
    {"yushen.date", 1, 1, ext_date},
    {"yushen.add_days", 2, 2, ext_add_days},
    {"yushen.add_months", 2, 2, ext_add_months},
    {"yushen.add_working_days", 2, 2, ext_add_working_days},
    {"yushen.working_days_between", 2, 2, ext_working_days_between},
    {"yushen.is_working_day", 1, 1, ext_is_working_day},
    {"yushen.today", 0, 0, ext_today},
    {"yushen.age", 1, 2, ext_age},
    {"yushen.birth_date_from_id", 1, 1, ext_birth_date_from_id},
};

}  // namespace

std::span<const OpSpec> standard_ops() { return kStandard; }

const OpSpec* find_standard_op(std::string_view name) {
  for (const OpSpec& op : kStandard) {
    if (op.name == name) return &op;
  }
  return nullptr;
}

std::span<const BuiltinExtension> builtin_extensions() { return kBuiltin; }

const BuiltinExtension* find_builtin_extension(std::string_view name) {
  for (const BuiltinExtension& ext : kBuiltin) {
    if (ext.name == name) return &ext;
  }
  return nullptr;
}

}  // namespace detail

std::vector<std::string_view> operator_names() {
  std::vector<std::string_view> names;
  for (const detail::OpSpec& op : detail::kStandard) names.push_back(op.name);
  for (const detail::BuiltinExtension& ext : detail::kBuiltin) names.push_back(ext.name);
  return names;
}

}  // namespace yushen::logic
