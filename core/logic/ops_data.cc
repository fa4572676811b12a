// Data access: var (dotted paths, numeric indexes, defaults), missing, missing_some, and log
// (which returns its argument and prints nothing: the core does no I/O).
// Property access follows JavaScript for own properties only: objects by key, arrays and
// strings by canonical index and "length" (UTF-16 units for strings).
// Tested by tests/logic/ops_data_test.cc.
#include "logic/coerce.h"
#include "logic/js_number.h"
#include "logic/program.h"
#include "util/utf8.h"

namespace yushen::logic::detail {
namespace {

// A canonical array index ("0", "17"; not "01", "-1", "1.0"), below 2^32 - 1.
std::optional<std::size_t> array_index(std::string_view key) {
  if (key.empty() || key.size() > 10 || (key.size() > 1 && key[0] == '0')) return std::nullopt;
  std::uint64_t n = 0;
  for (char c : key) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (n >= 4294967295u) return std::nullopt;
  return static_cast<std::size_t>(n);
}

// The UTF-16 unit at `index` as a one-unit string (a lone surrogate becomes U+FFFD).
Value string_unit(std::string_view text, std::size_t index) {
  std::size_t unit = 0;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = decode_utf8(text, i);
    std::size_t width = c >= 0x10000 ? 2 : 1;
    if (index < unit + width) {
      std::string out;
      append_utf8(out, width == 2 ? kReplacementChar : c);
      return Value::string(std::move(out));
    }
    unit += width;
  }
  return Value();
}

// value[key] for own properties; undefined when absent.
Value property(const Value& value, std::string_view key, Budget& budget) {
  switch (value.type()) {
    case Type::object: return value.member(key);
    case Type::array: {
      if (key == "length") return Value::number(static_cast<double>(value.size()));
      std::optional<std::size_t> i = array_index(key);
      return i && *i < value.size() ? value.at(*i) : Value();
    }
    case Type::string: {
      budget.spend(value.as_string().size() / 256);
      if (key == "length") return Value::number(static_cast<double>(utf16_length(value.as_string())));
      std::optional<std::size_t> i = array_index(key);
      return i ? string_unit(value.as_string(), *i) : Value();
    }
    default: return Value();
  }
}

// {"var": [path, default]} against `data`: json-logic-js's walk over String(path).split(".").
Value lookup(const Value& data, const Value& path, const Value& fallback, Budget& budget) {
  Value not_found = fallback.is_undefined() ? Value::null() : fallback;
  if (path.is_nullish() || (path.is_string() && path.as_string().empty())) return data;
  std::string text = to_string(path, budget);
  Value current = data;
  std::size_t start = 0;
  while (true) {
    if (!budget.spend(1)) return Value();
    std::size_t dot = text.find('.', start);
    std::string_view segment = std::string_view(text).substr(start, dot == std::string::npos ? dot : dot - start);
    if (current.is_nullish()) return not_found;
    current = property(current, segment, budget);
    if (current.is_undefined()) return not_found;
    if (dot == std::string::npos) return current;
    start = dot + 1;
  }
}

// The keys among `args` whose value is null or "" (json-logic-js `missing`): a first argument
// that is an array is the list of keys. A key that is an array is [path, default].
Value missing_keys(const std::vector<Value>& args, const Value& data, Budget& budget) {
  std::vector<Value> keys;
  if (!args.empty() && args[0].is_array()) {
    for (std::size_t i = 0; i < args[0].size(); ++i) keys.push_back(args[0].at(i));
  } else {
    keys = args;
  }
  std::vector<Value> out;
  for (const Value& key : keys) {
    if (!budget.spend(1)) return Value();
    Value path = key.is_array() ? key.at(0) : key;
    Value fallback = key.is_array() ? key.at(1) : Value();
    Value found = lookup(data, path, fallback, budget);
    if (found.type() == Type::null || (found.is_string() && found.as_string().empty())) out.push_back(key);
  }
  return make_array(std::move(out), budget);
}

}  // namespace

Result<Value> op_var(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  const std::vector<Value>& a = v.value();
  return lookup(data, a.empty() ? Value() : a[0], a.size() > 1 ? a[1] : Value(), ev.budget());
}

Result<Value> op_missing(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  return missing_keys(v.value(), data, ev.budget());
}

// missing_some(need, keys): [] when at least `need` of `keys` are present, else the missing ones.
Result<Value> op_missing_some(Evaluator& ev, const Node& node, const Value& data) {
  Result<std::vector<Value>> v = ev.eval_args(node, data);
  if (!v.ok()) return v.error();
  const Value& need = v.value()[0];
  const Value& options = v.value()[1];
  if (options.is_nullish()) return ev.bad_argument(node, 2);  // options.length throws in JS
  std::vector<Value> args;
  if (options.is_array()) {
    for (std::size_t i = 0; i < options.size(); ++i) args.push_back(options.at(i));
  } else {
    args.push_back(options);
  }
  Value missing = missing_keys(args, data, ev.budget());
  if (!ev.budget().ok()) return Value();
  double length = options.is_array()    ? static_cast<double>(options.size())
                  : options.is_string() ? static_cast<double>(utf16_length(options.as_string()))
                  : options.is_object() ? to_number(options.member("length"), ev.budget())
                                        : to_number(Value(), ev.budget());
  Value present = Value::number(length - static_cast<double>(missing.size()));
  std::optional<bool> below = less_than(present, need, ev.budget());  // present >= need
  if (below.has_value() && !*below) return make_array({}, ev.budget());
  return missing;
}

Result<Value> op_log(Evaluator& ev, const Node& node, const Value& data) { return ev.eval(ev.args(node)[0], data); }

}  // namespace yushen::logic::detail
