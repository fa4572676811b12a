// Run-time values of the logic stage: construction, access to borrowed and owned arrays and
// objects, the evaluation budget, and the conversion back to JSON.
// Entry points: Value, Budget, make_array(), make_object(), to_json() (logic/value.h).
// Tested by tests/logic/value_test.cc.
#include "logic/value.h"

#include <algorithm>
#include <cmath>

namespace yushen::logic::detail {
namespace {

const ArrayData* owned_array(const std::shared_ptr<const void>& p) {
  return static_cast<const ArrayData*>(p.get());
}
const ObjectData* owned_object(const std::shared_ptr<const void>& p) {
  return static_cast<const ObjectData*>(p.get());
}

Json number_to_json(double n) {
  if (!std::isfinite(n)) return nullptr;
  constexpr double kMaxSafe = 9007199254740992.0;  // 2^53
  if (n == std::trunc(n) && std::fabs(n) <= kMaxSafe) return static_cast<std::int64_t>(n);
  return n;
}

std::optional<Json> to_json_at(const Value& value, Budget& budget, std::size_t depth);

// Copies borrowed JSON (normalising numbers); recursion is bounded by budget.max_depth().
std::optional<Json> copy_json(const Json& j, Budget& budget, std::size_t depth) {
  if (!budget.spend(1)) return std::nullopt;
  if (j.is_number()) return number_to_json(Value::ref(j).as_number());
  if (!j.is_structured()) return j;
  if (depth >= budget.max_depth()) {
    budget.fail_depth();
    return std::nullopt;
  }
  Json out = j.is_array() ? Json::array() : Json::object();
  for (auto it = j.begin(); it != j.end(); ++it) {
    std::optional<Json> item = copy_json(it.value(), budget, depth + 1);
    if (!item) return std::nullopt;
    if (j.is_array()) {
      out.push_back(std::move(*item));
    } else {
      out[it.key()] = std::move(*item);
    }
  }
  return out;
}

std::optional<Json> array_to_json(const Value& value, Budget& budget, std::size_t depth) {
  Json out = Json::array();
  for (std::size_t i = 0; i < value.size(); ++i) {
    std::optional<Json> item = to_json_at(value.at(i), budget, depth + 1);
    if (!item) return std::nullopt;
    out.push_back(std::move(*item));
  }
  return out;
}

std::optional<Json> object_to_json(const Value& value, Budget& budget, std::size_t depth) {
  Json out = Json::object();
  for (std::size_t i = 0; i < value.member_count(); ++i) {
    auto [key, member] = value.member_at(i);
    if (member.is_undefined()) continue;  // JSON.stringify drops undefined members
    std::optional<Json> item = to_json_at(member, budget, depth + 1);
    if (!item) return std::nullopt;
    out[std::string(key)] = std::move(*item);
  }
  return out;
}

// Recursion is bounded by budget.max_depth().
std::optional<Json> to_json_at(const Value& value, Budget& budget, std::size_t depth) {
  if (!budget.spend(1)) return std::nullopt;
  switch (value.type()) {
    case Type::undefined:
    case Type::null: return Json(nullptr);
    case Type::boolean: return Json(value.as_bool());
    case Type::number: return number_to_json(value.as_number());
    case Type::string: return Json(std::string(value.as_string()));
    case Type::array:
    case Type::object:
      if (value.borrowed()) {
        return copy_json(*value.borrowed(), budget, depth);
      }
      if (depth >= budget.max_depth()) {
        budget.fail_depth();
        return std::nullopt;
      }
      return value.is_array() ? array_to_json(value, budget, depth) : object_to_json(value, budget, depth);
  }
  return Json(nullptr);
}

}  // namespace

Value Value::null() {
  Value v;
  v.type_ = Type::null;
  return v;
}

Value Value::boolean(bool b) {
  Value v;
  v.type_ = Type::boolean;
  v.bool_ = b;
  return v;
}

Value Value::number(double n) {
  Value v;
  v.type_ = Type::number;
  v.number_ = n;
  return v;
}

Value Value::string(std::string s) {
  Value v;
  v.type_ = Type::string;
  v.owned_ = std::make_shared<const std::string>(std::move(s));
  return v;
}

Value Value::ref(const Json& j, const std::shared_ptr<const Json>& keep) {
  Value v;
  switch (j.type()) {
    case Json::value_t::null: v.type_ = Type::null; return v;
    case Json::value_t::boolean: return boolean(j.get<bool>());
    case Json::value_t::number_integer: return number(static_cast<double>(j.get<std::int64_t>()));
    case Json::value_t::number_unsigned: return number(static_cast<double>(j.get<std::uint64_t>()));
    case Json::value_t::number_float: return number(j.get<double>());
    case Json::value_t::string: v.type_ = Type::string; break;
    case Json::value_t::array: v.type_ = Type::array; break;
    case Json::value_t::object: v.type_ = Type::object; break;
    default: return v;  // binary and discarded values are undefined
  }
  v.json_ = &j;
  v.owned_ = keep;
  return v;
}

Value Value::array(std::shared_ptr<const ArrayData> data) {
  Value v;
  v.type_ = Type::array;
  v.owned_ = std::move(data);
  return v;
}

Value Value::object(std::shared_ptr<const ObjectData> data) {
  Value v;
  v.type_ = Type::object;
  v.owned_ = std::move(data);
  return v;
}

std::string_view Value::as_string() const {
  if (type_ != Type::string) return {};
  if (json_) return json_->get_ref<const std::string&>();
  return *static_cast<const std::string*>(owned_.get());
}

std::size_t Value::size() const {
  if (type_ != Type::array) return 0;
  return json_ ? json_->size() : owned_array(owned_)->items.size();
}

Value Value::at(std::size_t i) const {
  if (type_ != Type::array || i >= size()) return Value();
  if (json_) return ref((*json_)[i], std::static_pointer_cast<const Json>(owned_));
  return owned_array(owned_)->items[i];
}

Value Value::member(std::string_view key) const {
  if (type_ != Type::object) return Value();
  if (json_) {
    auto it = json_->find(key);
    if (it == json_->end()) return Value();
    return ref(*it, std::static_pointer_cast<const Json>(owned_));
  }
  for (const auto& [name, v] : owned_object(owned_)->members) {
    if (name == key) return v;
  }
  return Value();
}

std::size_t Value::member_count() const {
  if (type_ != Type::object) return 0;
  return json_ ? json_->size() : owned_object(owned_)->members.size();
}

std::pair<std::string_view, Value> Value::member_at(std::size_t i) const {
  if (json_) {
    auto it = json_->begin();
    std::advance(it, static_cast<std::ptrdiff_t>(i));
    return {it.key(), ref(it.value(), std::static_pointer_cast<const Json>(owned_))};
  }
  const auto& m = owned_object(owned_)->members[i];
  return {m.first, m.second};
}

const void* Value::identity() const {
  if (type_ != Type::array && type_ != Type::object) return nullptr;
  return json_ ? static_cast<const void*>(json_) : owned_.get();
}

std::size_t Value::owned_depth() const {
  if (json_ || !owned_) return 0;
  if (type_ == Type::array) return owned_array(owned_)->depth;
  if (type_ == Type::object) return owned_object(owned_)->depth;
  return 0;
}

bool Budget::spend(std::size_t n) {
  if (error_) return false;
  used_ += n;
  if (used_ > max_cost_) {
    error_ = make_error(Code::kLogicCostLimit, "", {{"limit", max_cost_}});
    return false;
  }
  return true;
}

bool Budget::fail_depth() {
  if (!error_) error_ = make_error(Code::kLogicDepthLimit, "", {{"limit", max_depth_}});
  return false;
}

Value make_array(std::vector<Value> items, Budget& budget) {
  auto data = std::make_shared<ArrayData>();
  for (const Value& item : items) data->depth = std::max(data->depth, item.owned_depth() + 1);
  if (data->depth > budget.max_depth()) {
    budget.fail_depth();
    return Value();
  }
  data->items = std::move(items);
  return Value::array(std::move(data));
}

Value make_object(std::vector<std::pair<std::string, Value>> members, Budget& budget) {
  auto data = std::make_shared<ObjectData>();
  for (const auto& m : members) data->depth = std::max(data->depth, m.second.owned_depth() + 1);
  if (data->depth > budget.max_depth()) {
    budget.fail_depth();
    return Value();
  }
  data->members = std::move(members);
  return Value::object(std::move(data));
}

std::optional<Json> to_json(const Value& value, Budget& budget) { return to_json_at(value, budget, 0); }

}  // namespace yushen::logic::detail
