// The plan evaluator: one handler per opcode family, errors recorded in evaluation order,
// annotations (evaluated properties/items) collected only for nodes that need them.
// Bounds: every node entry and child visit costs one unit of work (EvalLimits::max_work),
// and nested node evaluations are capped (EvalLimits::max_depth); either stops evaluation
// with a limit error instead of a hang or a stack overflow.
// Tested by tests/eval/evaluator_test.cc and the JSON Schema suite.
#include "eval/evaluator.h"

#include "eval/annotations.h"
#include "eval/numbers.h"
#include "eval/values.h"
#include "util/json_pointer.h"
#include "util/utf8.h"

namespace yushen::eval {
namespace {

using plan::Instruction;
using plan::NodeId;
using plan::Op;
using Json = nlohmann::json;
using Value = doc::Value;

// Two words, so that natively it is passed in registers: at 24 bytes it went through the
// stack, and reading it back in wider words than were written stalled store forwarding
// (the largest cost of loop_object, perf annotate; evaluation 3.5% faster). WASM passes it
// by pointer either way.
struct PathToken {
  const char* key = nullptr;  // object member name (`n` bytes), or
  std::size_t n = 0;          // the array index when key == nullptr
};

PathToken member_token(const doc::Member& member) { return PathToken{member.key_data, member.key_size}; }
PathToken item_token(std::size_t index) { return PathToken{nullptr, index}; }

// The instance path and the dynamic scope, kept per thread and reused across evaluations:
// once they have grown to a form's depth, evaluating a valid instance allocates nothing.
struct Stacks {
  std::vector<PathToken> path;
  std::vector<std::uint32_t> scope;
  bool busy = false;  // a nested evaluation on the same thread (none today) gets its own
};

class Evaluator {
 public:
  Evaluator(const plan::Plan& plan, const EvalOptions& options, Stacks& stacks)
      : plan_(plan), options_(options), path_(stacks.path), scope_(stacks.scope) {
    path_.clear();
    scope_.clear();
  }

  Outcome run(const Value& instance) {
    Outcome outcome;
    outcome_ = &outcome;
    bool valid = node(plan_.root, instance, nullptr);
    if (limit_) {
      outcome.valid = false;
      outcome.limit = limit_;
      outcome.errors.clear();
    } else {
      outcome.valid = valid;
    }
    return outcome;
  }

 private:
  bool stop_early() const { return !options_.collect_errors || suppress_ > 0; }

  // Runs for every node and instruction: the common case must inline, so building the
  // limit errors (nlohmann params) is kept out of line. In WASM the whole check was one
  // call per node (8% of a valid form's validation, profiled).
  bool charge(std::size_t units) {
    work_ += units;
    if (work_ <= max_work_) [[likely]] return !limit_;
    return over_work_budget();
  }
  [[gnu::noinline]] bool over_work_budget() {
    if (!limit_) limit_ = make_error(Code::kLimitWork, "", {{"limit", max_work_}});
    return false;
  }
  [[gnu::noinline]] void over_depth() {
    limit_ = make_error(Code::kLimitEvalDepth, "", {{"limit", options_.limits.max_depth}});
  }

  std::string instance_path() const {
    std::string out;
    for (const PathToken& token : path_) {
      if (token.key) {
        append_pointer_token(out, std::string_view(token.key, token.n));
      } else {
        append_pointer_index(out, token.n);
      }
    }
    return out;
  }

  // Appends a finding and returns it for the caller to add what it found (nullptr when
  // errors are not being collected). The static params stay in the plan (eval/finding.h).
  Finding* record(const Instruction& in, Code code) {
    if (suppress_ > 0 || !options_.collect_errors) return nullptr;
    std::vector<Finding>& errors = outcome_->errors;
    if (errors.capacity() == 0) errors.reserve(8);  // an invalid form has a few errors
    Finding& finding = errors.emplace_back();
    finding.code = code;
    finding.meta = in.meta;
    finding.instance_path = instance_path();
    if (options_.track_keyword_locations) {
      for (const std::string& segment : keyword_path_) finding.keyword_location += segment;
      finding.keyword_location += plan_.meta[in.meta].relative_path;
    }
    return &finding;
  }

  // A finding with one string parameter the plan (or a literal) owns.
  void record_view(const Instruction& in, Code code, const char* name, std::string_view value) {
    if (Finding* finding = record(in, code)) {
      finding->found_name = name;
      finding->found_view = value;
    }
  }

  // A finding with one string parameter taken from the instance (copied: see Finding).
  void record_copy(const Instruction& in, Code code, const char* name, std::string_view value) {
    if (Finding* finding = record(in, code)) {
      finding->found_name = name;
      finding->found_copy.assign(value);
    }
  }

  // A finding with other found parameters (rare codes): `more` is built only when recorded.
  template <class MakeMore>
  void record_more(const Instruction& in, Code code, MakeMore&& make_more) {
    if (Finding* finding = record(in, code)) finding->more = make_more();
  }

  std::size_t error_mark() const { return outcome_->errors.size(); }
  void rollback(std::size_t mark) {
    if (outcome_->errors.size() > mark) outcome_->errors.resize(mark);
  }

  // "/properties/<name>" for the basic output's keyword locations, in a buffer reused until
  // the next call (child() copies it onto keyword_path_ first).
  std::string_view tracked_segment(const char* keyword, std::string_view token) {
    segment_buffer_ = keyword;
    append_pointer_token(segment_buffer_, token);
    return segment_buffer_;
  }

  // "/allOf/2" for the basic output's keyword locations; empty (no allocation) otherwise.
  std::string keyword_segment(const char* prefix, std::uint32_t index) const {
    return options_.track_keyword_locations ? prefix + std::to_string(index) : std::string();
  }

  bool is_false_node(NodeId id) const {
    const plan::Node& n = plan_.nodes[id];
    return n.count == 1 && plan_.code[n.first].op == Op::AssertFail;
  }

  // Evaluates a child value (member or item) with `id`, extending the instance path.
  // `segment` is a view: literals like "/additionalProperties" would otherwise build a
  // std::string (past the inline buffer, so allocated) on every call, tracked or not.
  bool child(NodeId id, const Value& value, PathToken token, std::string_view segment) {
    path_.push_back(token);
    if (options_.track_keyword_locations) keyword_path_.emplace_back(segment);
    bool ok = node(id, value, nullptr);
    if (options_.track_keyword_locations) keyword_path_.pop_back();
    path_.pop_back();
    return ok;
  }

  // Evaluates another node on the same value (in place), passing annotations through.
  bool in_place(NodeId id, const Value& value, Annotations* annotations, std::string_view segment) {
    if (options_.track_keyword_locations) keyword_path_.emplace_back(segment);
    bool ok = node(id, value, annotations);
    if (options_.track_keyword_locations) keyword_path_.pop_back();
    return ok;
  }

  bool node(NodeId id, const Value& value, Annotations* annotations_out) {
    if (limit_ || !charge(1)) return false;
    // A node that is only a `$ref`: its target directly, one node() call fewer per
    // referenced field (the node and its `$ref` are still charged).
    const plan::Node* target = &plan_.nodes[id];
    if (target->forward != plan::kNoNode && !options_.track_keyword_locations) {
      if (!charge(2)) return false;
      target = &plan_.nodes[target->forward];
    }
    const plan::Node& n = *target;
    if (++depth_ > options_.limits.max_depth) [[unlikely]] {
      over_depth();
      --depth_;
      return false;
    }
    const bool new_scope = scope_.empty() || scope_.back() != n.resource;
    if (new_scope) scope_.push_back(n.resource);
    const bool collect = annotations_out || n.collects_properties || n.collects_items;
    std::optional<Annotations> local;  // constructed only for nodes that collect (few)
    Annotations* annotations = collect ? &local.emplace() : nullptr;
    bool valid = true;
    for (std::uint32_t i = n.first; i < n.first + n.count; ++i) {
      if (!execute(plan_.code[i], value, annotations)) {
        valid = false;
        if (stop_early() || limit_) break;
      }
      if (limit_) break;
    }
    if (valid && annotations_out) annotations_out->merge(*local);
    if (new_scope) scope_.pop_back();
    --depth_;
    return valid && !limit_;
  }

  bool execute(const Instruction& in, const Value& value, Annotations* annotations);
  bool assert_value(const Instruction& in, const Value& value);
  bool loop_object(const Instruction& in, const Value& value, Annotations* annotations);
  bool loop_array(const Instruction& in, const Value& value, Annotations* annotations);
  bool logical(const Instruction& in, const Value& value, Annotations* annotations);
  bool unique_items(const Instruction& in, const Value& value);
  NodeId dynamic_target(const Instruction& in) const;

  const plan::Plan& plan_;
  const EvalOptions& options_;
  Outcome* outcome_ = nullptr;
  std::vector<PathToken>& path_;
  std::vector<std::string> keyword_path_;
  std::string segment_buffer_;  // tracked_segment()
  std::vector<std::uint32_t>& scope_;
  const std::size_t max_work_ = options_.limits.max_work;
  std::size_t work_ = 0;
  std::size_t depth_ = 0;
  int suppress_ = 0;
  std::optional<Error> limit_;
};

// True if `object` has a member for each of the `count` names, which are sorted by bytes
// and unique (plan::Op::AssertRequired's c, d).
bool has_all_members(const Value& object, const std::string* names, std::uint32_t count) {
  const doc::Member* member = object.begin_members();
  const doc::Member* const end = object.end_members();
  for (std::uint32_t k = 0; k < count; ++k) {
    const std::string_view name = names[k];
    int order = 1;
    while (member != end && (order = doc::compare_keys(member->key(), name)) < 0) ++member;
    if (order != 0) return false;
    ++member;
  }
  return true;
}

bool Evaluator::execute(const Instruction& in, const Value& value, Annotations* annotations) {
  if (!charge(1)) return false;
  switch (in.op) {
    case Op::LoopProperties:
    case Op::LoopPatternProperties:
    case Op::LoopAdditionalProperties:
    case Op::LoopPropertyNames:
    case Op::LoopUnevaluatedProperties: return loop_object(in, value, annotations);
    case Op::LoopPrefixItems:
    case Op::LoopItems:
    case Op::LoopContains:
    case Op::LoopUnevaluatedItems: return loop_array(in, value, annotations);
    case Op::LogicalAllOf:
    case Op::LogicalAnyOf:
    case Op::LogicalOneOf:
    case Op::LogicalNot:
    case Op::LogicalCondition:
    case Op::LogicalDependentSchemas:
    case Op::ControlRef:
    case Op::ControlDynamicRef: return logical(in, value, annotations);
    default: return assert_value(in, value);
  }
}

bool Evaluator::assert_value(const Instruction& in, const Value& value) {
  switch (in.op) {
    case Op::AssertFail: record(in, Code::kFalseSchema); return false;
    case Op::AssertType:
      if (type_bits(value) & in.a) return true;
      record(in, Code::kType);
      return false;
    case Op::AssertConst:
      if (json_equal(value, plan_.values[in.a])) return true;
      record(in, Code::kConst);
      return false;
    case Op::AssertEnum:
      for (std::uint32_t k = 0; k < in.b; ++k) {
        if (json_equal(value, plan_.values[in.a + k])) return true;
      }
      record(in, Code::kEnum);
      return false;
    case Op::AssertMinLength:
    case Op::AssertMaxLength: {
      if (!value.is_string()) return true;
      if (!charge(value.string().size() / 64)) return false;
      // A string has at most as many code points as bytes, so a short enough string
      // passes maxLength without counting (most form values do).
      const double bytes = static_cast<double>(value.string().size());
      const bool within_bytes = in.op == Op::AssertMaxLength && bytes <= in.num;
      const double length = within_bytes ? bytes : static_cast<double>(count_code_points(value.string()));
      bool ok = in.op == Op::AssertMinLength ? length >= in.num : length <= in.num;
      if (!ok) record(in, in.op == Op::AssertMinLength ? Code::kMinLength : Code::kMaxLength);
      return ok;
    }
    case Op::AssertPattern: {
      if (!value.is_string()) return true;
      const std::string_view text = value.string();
      if (!charge(text.size() / 16)) return false;
      if (plan_.regexes[in.a].search(text)) return true;
      record(in, Code::kPattern);
      return false;
    }
    case Op::AssertFormat: {
      if (!value.is_string()) return true;
      const formats::FormatEntry* entry = plan_.formats[in.a];
      formats::FormatResult result = entry->check(value.string(), options_.format_context);
      if (result.ok || result.warning) return true;
      if (Finding* finding = record(in, result.code)) finding->more = std::move(result.params);
      return false;
    }
    case Op::AssertMinimum:
    case Op::AssertMaximum:
    case Op::AssertExclusiveMinimum:
    case Op::AssertExclusiveMaximum: {
      if (!value.is_number()) return true;
      // Only an integer limit beyond 2^53 needs the value as written (plan::NumKind).
      int order = in.num_kind == plan::NumKind::big_integer
                      ? compare_number(value, in.num, plan_.meta[in.meta].params["limit"])
                      : compare_number(value, in.num, in.num_kind == plan::NumKind::integer);
      bool ok = in.op == Op::AssertMinimum            ? order >= 0
                : in.op == Op::AssertMaximum          ? order <= 0
                : in.op == Op::AssertExclusiveMinimum ? order > 0
                                                      : order < 0;
      if (ok) return true;
      Code code = in.op == Op::AssertMinimum            ? Code::kMinimum
                  : in.op == Op::AssertMaximum          ? Code::kMaximum
                  : in.op == Op::AssertExclusiveMinimum ? Code::kExclusiveMinimum
                                                        : Code::kExclusiveMaximum;
      record(in, code);
      return false;
    }
    case Op::AssertMultipleOf: {
      if (!value.is_number()) return true;
      bool ok = in.num_kind == plan::NumKind::big_integer
                    ? is_multiple_of(value, in.num, plan_.meta[in.meta].params["multipleOf"])
                    : is_multiple_of(value, in.num, in.num_kind == plan::NumKind::integer);
      if (ok) return true;
      record(in, Code::kMultipleOf);
      return false;
    }
    case Op::AssertMinItems:
    case Op::AssertMaxItems: {
      if (!value.is_array()) return true;
      double size = static_cast<double>(value.size());
      bool ok = in.op == Op::AssertMinItems ? size >= in.num : size <= in.num;
      if (!ok) record(in, in.op == Op::AssertMinItems ? Code::kMinItems : Code::kMaxItems);
      return ok;
    }
    case Op::AssertUniqueItems: return unique_items(in, value);
    case Op::AssertMinProperties:
    case Op::AssertMaxProperties: {
      if (!value.is_object()) return true;
      double size = static_cast<double>(value.size());
      bool ok = in.op == Op::AssertMinProperties ? size >= in.num : size <= in.num;
      if (!ok) record(in, in.op == Op::AssertMinProperties ? Code::kMinProperties : Code::kMaxProperties);
      return ok;
    }
    case Op::AssertRequired: {
      if (!value.is_object()) return true;
      // Usually all are present: one merge of the sorted names with the sorted members
      // instead of a binary search per name (which was 8% of a valid form's validation in WASM).
      if (has_all_members(value, &plan_.strings[in.c], in.d)) return true;
      bool ok = true;
      for (std::uint32_t k = 0; k < in.b; ++k) {
        const std::string& name = plan_.strings[in.a + k];
        if (value.contains(name)) continue;
        ok = false;
        record_view(in, Code::kRequired, "missingProperty", name);
        if (stop_early()) break;
      }
      return ok;
    }
    case Op::AssertDependentRequired: {
      if (!value.is_object()) return true;
      bool ok = true;
      for (std::uint32_t k = 0; k < in.b && (ok || !stop_early()); ++k) {
        const plan::DependencyEntry& entry = plan_.dependencies[in.a + k];
        if (!value.contains(entry.property)) continue;
        for (std::uint32_t m = 0; m < entry.count; ++m) {
          const std::string& name = plan_.strings[entry.first + m];
          if (value.contains(name)) continue;
          ok = false;
          record_more(in, Code::kDependentRequired, [&] {
            Json deps = Json::array();
            for (std::uint32_t d = 0; d < entry.count; ++d) deps.push_back(plan_.strings[entry.first + d]);
            return Json{{"property", entry.property}, {"missingProperty", name}, {"deps", std::move(deps)},
                        {"depsCount", entry.count}};
          });
          if (stop_early()) break;
        }
      }
      return ok;
    }
    default: return true;
  }
}

bool Evaluator::unique_items(const Instruction& in, const Value& value) {
  if (!value.is_array() || value.size() < 2) return true;
  if (!charge(value.size() * 4)) return false;
  auto duplicate = find_duplicate(value);
  if (!duplicate) return true;
  record_more(in, Code::kUniqueItems, [&] { return Json{{"i", duplicate->second}, {"j", duplicate->first}}; });
  return false;
}

bool Evaluator::loop_object(const Instruction& in, const Value& value, Annotations* annotations) {
  if (!value.is_object()) return true;
  if (!charge(value.size())) return false;
  bool ok = true;
  auto keep_going = [&] { return !limit_ && (ok || !stop_early()); };
  switch (in.op) {
    case Op::LoopProperties: {
      // A merge of two sorted lists: the plan's entries come from a schema object (an
      // nlohmann map, sorted by key bytes) and the members are sorted the same way, so
      // each key is compared about once instead of a binary search per entry.
      const doc::Member* cursor = value.begin_members();
      const doc::Member* const members_end = value.end_members();
      for (std::uint32_t k = 0; k < in.b && keep_going(); ++k) {
        const plan::PropertyEntry& entry = plan_.properties[in.a + k];
        int order = -1;
        while (cursor != members_end && (order = doc::compare_keys(cursor->key(), entry.name)) < 0) ++cursor;
        if (cursor == members_end || order != 0) continue;
        const doc::Member* member = cursor;
        if (annotations) annotations->mark_property(&member->value);
        // The keyword segment only when tracked: no std::string per property otherwise.
        const std::string_view segment =
            options_.track_keyword_locations ? tracked_segment("/properties", entry.name) : std::string_view();
        if (!child(entry.node, member->value, member_token(*member), segment)) ok = false;
      }
      return ok;
    }
    case Op::LoopPatternProperties:
      for (const doc::Member* member = value.begin_members(); member != value.end_members() && keep_going(); ++member) {
        for (std::uint32_t k = 0; k < in.b && keep_going(); ++k) {
          const plan::PatternEntry& entry = plan_.patterns[in.a + k];
          if (!charge(1 + member->key().size() / 16)) return false;
          if (!plan_.regexes[entry.regex].search(member->key())) continue;
          if (annotations) annotations->mark_property(&member->value);
          const std::string_view segment =
              options_.track_keyword_locations ? tracked_segment("/patternProperties", entry.source) : std::string_view();
          if (!child(entry.node, member->value, member_token(*member), segment)) ok = false;
        }
      }
      return ok;
    case Op::LoopAdditionalProperties: {
      // Declared names are matched by a merge, as in LoopProperties: both lists are sorted
      // by key bytes, so no binary search (and no std::string comparison) per member.
      const plan::PropertyEntry* declared = plan_.properties.data() + in.b;
      const plan::PropertyEntry* const declared_end = declared + in.c;
      for (const doc::Member* member = value.begin_members(); member != value.end_members() && keep_going(); ++member) {
        int order = 1;
        while (declared != declared_end && (order = doc::compare_keys(declared->name, member->key())) < 0) ++declared;
        if (declared != declared_end && order == 0) continue;
        if (is_matched_by_pattern(plan_, in, member->key())) continue;
        if (annotations) annotations->mark_property(&member->value);
        if (is_false_node(in.a)) {
          ok = false;
          record_copy(in, Code::kAdditionalProperties, "additionalProperty", member->key());
          continue;
        }
        if (!child(in.a, member->value, member_token(*member), "/additionalProperties")) ok = false;
      }
      return ok;
    }
    case Op::LoopPropertyNames:
      for (const doc::Member* member = value.begin_members(); member != value.end_members() && keep_going(); ++member) {
        const Value name = Value::make_string(member->key());
        ++suppress_;
        bool name_ok = in_place(in.a, name, nullptr, "/propertyNames");
        --suppress_;
        if (name_ok || limit_) continue;
        ok = false;
        record_copy(in, Code::kPropertyNames, "propertyName", member->key());
      }
      return ok;
    case Op::LoopUnevaluatedProperties:
      for (const doc::Member* member = value.begin_members(); member != value.end_members() && keep_going(); ++member) {
        if (annotations && annotations->has_property(&member->value)) continue;
        if (is_false_node(in.a)) {
          ok = false;
          record_copy(in, Code::kUnevaluatedProperties, "unevaluatedProperty", member->key());
        } else if (!child(in.a, member->value, member_token(*member), "/unevaluatedProperties")) {
          ok = false;
        }
      }
      if (annotations) annotations->mark_all_properties();
      return ok;
    default: return true;
  }
}

bool Evaluator::loop_array(const Instruction& in, const Value& value, Annotations* annotations) {
  if (!value.is_array()) return true;
  if (!charge(value.size())) return false;
  bool ok = true;
  auto keep_going = [&] { return !limit_ && (ok || !stop_early()); };
  const std::size_t size = value.size();
  switch (in.op) {
    case Op::LoopPrefixItems: {
      std::size_t n = std::min<std::size_t>(in.b, size);
      for (std::size_t i = 0; i < n && keep_going(); ++i) {
        std::string segment = options_.track_keyword_locations ? "/prefixItems/" + std::to_string(i) : std::string();
        if (!child(plan_.node_lists[in.a + i], value[i], item_token(i), segment)) ok = false;
      }
      if (annotations) annotations->mark_items_prefix(n);
      return ok;
    }
    case Op::LoopItems: {
      if (size <= in.b) return true;
      if (annotations) annotations->mark_all_items();
      if (is_false_node(in.a)) {
        record(in, Code::kAdditionalItems);
        return false;
      }
      const std::string segment = options_.track_keyword_locations ? "/" + plan_.meta[in.meta].keyword : std::string();
      for (std::size_t i = in.b; i < size && keep_going(); ++i) {
        if (!child(in.a, value[i], item_token(i), segment)) ok = false;
      }
      return ok;
    }
    case Op::LoopContains: {
      std::size_t matches = 0;
      ++suppress_;
      for (std::size_t i = 0; i < size && !limit_; ++i) {
        if (child(in.a, value[i], item_token(i), "/contains")) {
          ++matches;
          if (annotations) annotations->mark_item(i);
        }
      }
      --suppress_;
      if (limit_) return false;
      bool count_ok = static_cast<double>(matches) >= in.num && (in.num2 < 0 || static_cast<double>(matches) <= in.num2);
      if (!count_ok) record(in, Code::kContains);
      return count_ok;
    }
    case Op::LoopUnevaluatedItems: {
      bool any = false;
      for (std::size_t i = 0; i < size && keep_going(); ++i) {
        if (annotations && annotations->has_item(i)) continue;
        if (is_false_node(in.a)) {
          any = true;
          continue;
        }
        if (!child(in.a, value[i], item_token(i), "/unevaluatedItems")) ok = false;
      }
      if (any) {
        const std::size_t prefix = annotations ? annotations->evaluated_prefix() : 0;
        record_more(in, Code::kUnevaluatedItems, [prefix] { return Json{{"limit", prefix}}; });
        ok = false;
      }
      if (annotations) annotations->mark_all_items();
      return ok;
    }
    default: return true;
  }
}

NodeId Evaluator::dynamic_target(const Instruction& in) const {
  if (in.b == plan::kNoNode) return in.a;
  const std::string& anchor = plan_.strings[in.b];
  // 2020-12 Core §8.2.3.2: the outermost resource in the dynamic scope with that anchor.
  for (std::uint32_t resource : scope_) {
    const auto& anchors = plan_.resources[resource].dynamic_anchors;
    auto found = anchors.find(anchor);
    if (found != anchors.end()) return found->second;
  }
  return in.a;
}

bool Evaluator::logical(const Instruction& in, const Value& value, Annotations* annotations) {
  switch (in.op) {
    case Op::ControlRef: return in_place(in.a, value, annotations, "/$ref");
    case Op::ControlDynamicRef: return in_place(dynamic_target(in), value, annotations, "/$dynamicRef");
    case Op::LogicalAllOf: {
      bool ok = true;
      for (std::uint32_t k = 0; k < in.b && !limit_; ++k) {
        if (!in_place(plan_.node_lists[in.a + k], value, annotations, keyword_segment("/allOf/", k))) {
          ok = false;
          if (stop_early()) break;
        }
      }
      return ok;
    }
    case Op::LogicalAnyOf: {
      std::size_t mark = error_mark();
      bool any = false;
      for (std::uint32_t k = 0; k < in.b && !limit_; ++k) {
        if (in_place(plan_.node_lists[in.a + k], value, annotations, keyword_segment("/anyOf/", k))) {
          any = true;
          if (!annotations) break;  // annotations need every passing branch
        }
      }
      if (limit_) return false;
      if (any) {
        rollback(mark);
        return true;
      }
      record(in, Code::kAnyOf);
      return false;
    }
    case Op::LogicalOneOf: {
      std::size_t mark = error_mark();
      // The passing branches, as an array only once there are two (the error case): a
      // valid oneOf allocates nothing.
      std::uint32_t passing = 0, first_passing = 0;
      Json passing_list;
      for (std::uint32_t k = 0; k < in.b && !limit_; ++k) {
        if (in_place(plan_.node_lists[in.a + k], value, annotations, keyword_segment("/oneOf/", k))) {
          if (++passing == 1) {
            first_passing = k;
          } else {
            if (passing == 2) passing_list.push_back(first_passing);
            passing_list.push_back(k);
            if (stop_early()) break;
          }
        }
      }
      if (limit_) return false;
      if (passing == 1) {
        rollback(mark);
        return true;
      }
      if (passing > 1) rollback(mark);
      record_more(in, Code::kOneOf, [&] { return Json{{"passingSchemas", std::move(passing_list)}}; });
      return false;
    }
    case Op::LogicalNot: {
      ++suppress_;
      bool inner = in_place(in.a, value, nullptr, "/not");
      --suppress_;
      if (limit_) return false;
      if (!inner) return true;
      record(in, Code::kNot);
      return false;
    }
    case Op::LogicalCondition: {
      ++suppress_;
      bool condition = in_place(in.a, value, annotations, "/if");
      --suppress_;
      if (limit_) return false;
      NodeId branch = condition ? in.b : in.c;
      if (branch == plan::kNoNode) return true;
      if (in_place(branch, value, annotations, condition ? "/then" : "/else")) return true;
      record_view(in, Code::kIf, "failingKeyword", condition ? "then" : "else");
      return false;
    }
    case Op::LogicalDependentSchemas: {
      if (!value.is_object()) return true;
      bool ok = true;
      for (std::uint32_t k = 0; k < in.b && !limit_; ++k) {
        const plan::DependencyEntry& entry = plan_.dependencies[in.a + k];
        if (!value.contains(entry.property)) continue;
        std::string segment;
        if (options_.track_keyword_locations) {
          segment = "/" + plan_.meta[in.meta].keyword;
          append_pointer_token(segment, entry.property);
        }
        if (!in_place(entry.node, value, annotations, segment)) {
          ok = false;
          if (stop_early()) break;
        }
      }
      return ok;
    }
    default: return true;
  }
}

}  // namespace

Outcome evaluate(const plan::Plan& plan, const doc::Value& instance, const EvalOptions& options) {
  thread_local Stacks shared;
  Stacks fresh;
  Stacks& stacks = shared.busy ? fresh : shared;
  stacks.busy = true;
  Evaluator evaluator(plan, options, stacks);
  Outcome outcome = evaluator.run(instance);
  stacks.busy = false;
  return outcome;
}

Outcome evaluate(const plan::Plan& plan, const nlohmann::json& instance, const EvalOptions& options) {
  doc::Document document;
  document.assign(instance);
  return evaluate(plan, document.root(), options);
}

}  // namespace yushen::eval
