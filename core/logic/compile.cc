// Compiles a JsonLogic rule into a Program: resolves operator names (standard, built-in
// yushen.*, then the caller's Extensions), checks arities and nesting depth, folds constant
// arrays, and records a JSON pointer for every node. Entry points: compile(), Rule::dump().
// Recursion follows the rule and stops at limits.max_rule_depth.
// Tested by tests/logic/compile_test.cc.
#include <algorithm>

#include "logic/program.h"
#include "util/json_pointer.h"
#include "util/json_text.h"

namespace yushen::logic {
namespace detail {
namespace {

struct Resolved {
  Handler handler = nullptr;
  std::size_t min_args = 0;
  std::size_t max_args = 0;
  ExtensionFn fn;  // extensions only
};

std::optional<Resolved> resolve(std::string_view name, const Extensions* extensions) {
  if (const OpSpec* op = find_standard_op(name)) {
    return Resolved{op->handler, op->min_args, op->max_args, nullptr};
  }
  if (const BuiltinExtension* ext = find_builtin_extension(name)) {
    return Resolved{op_extension, ext->min_args, ext->max_args, ext->fn};
  }
  if (extensions) {
    if (const Extensions::Entry* entry = extensions->find(name)) {
      return Resolved{op_extension, entry->min_args, entry->max_args, entry->fn};
    }
  }
  return std::nullopt;
}

class Compiler {
 public:
  Compiler(Program& program, const Extensions* extensions) : p_(program), extensions_(extensions) {}

  Result<std::uint32_t> compile(const Json& rule, const std::string& where, std::size_t depth) {
    if (depth > p_.limits.max_rule_depth) {
      return make_error(Code::kLogicDepthLimit, where, {{"limit", p_.limits.max_rule_depth}});
    }
    if (rule.is_array()) return compile_array(rule, where, depth);
    if (rule.is_object() && rule.size() == 1) return compile_operator(rule, where, depth);
    return literal(rule, where);  // scalars, and objects with zero or several keys
  }

 private:
  std::uint32_t add_node(Node node, const std::string& where, std::string name) {
    node.id = static_cast<std::uint32_t>(p_.nodes.size());
    p_.nodes.push_back(node);
    p_.where.push_back(where);
    p_.names.push_back(std::move(name));
    return node.id;
  }

  std::uint32_t literal(Json value, const std::string& where) {
    Node node;
    node.aux = static_cast<std::uint32_t>(p_.constants.size());
    p_.constants.push_back(std::move(value));
    return add_node(node, where, "literal");
  }

  bool is_literal(std::uint32_t id) const { return p_.nodes[id].handler == nullptr; }

  Result<std::uint32_t> compile_array(const Json& rule, const std::string& where, std::size_t depth) {
    std::size_t node_mark = p_.nodes.size();
    std::size_t constant_mark = p_.constants.size();
    std::vector<std::uint32_t> items;
    for (std::size_t i = 0; i < rule.size(); ++i) {
      std::string at = where;
      append_pointer_index(at, i);
      Result<std::uint32_t> item = compile(rule[i], at, depth + 1);
      if (!item.ok()) return item.error();
      items.push_back(item.value());
    }
    if (std::all_of(items.begin(), items.end(), [&](std::uint32_t id) { return is_literal(id); })) {
      // Every element is a constant: keep one constant array instead of a node per element.
      Json folded = Json::array();
      for (std::uint32_t id : items) folded.push_back(std::move(p_.constants[p_.nodes[id].aux]));
      p_.nodes.resize(node_mark);
      p_.where.resize(node_mark);
      p_.names.resize(node_mark);
      p_.constants.resize(constant_mark);
      return literal(std::move(folded), where);
    }
    return with_args(Node{op_array_literal}, items, where, "array");
  }

  Result<std::uint32_t> compile_operator(const Json& rule, const std::string& where, std::size_t depth) {
    const std::string& name = rule.begin().key();
    const Json& operands = rule.begin().value();
    std::optional<Resolved> op = resolve(name, extensions_);
    if (!op) return make_error(Code::kLogicUnknownOperator, where, {{"operator", name}});
    std::string base = where;
    append_pointer_token(base, name);
    // {"op": x} is short for {"op": [x]}.
    std::size_t count = operands.is_array() ? operands.size() : 1;
    if (count < op->min_args || count > op->max_args) {
      Json max = op->max_args == kUnlimited ? Json(nullptr) : Json(op->max_args);
      return make_error(Code::kLogicBadArity, where,
                        {{"operator", name}, {"min", op->min_args}, {"max", max}, {"actual", count}});
    }
    std::vector<std::uint32_t> args;
    for (std::size_t i = 0; i < count; ++i) {
      std::string at = base;
      if (operands.is_array()) append_pointer_index(at, i);
      Result<std::uint32_t> arg = compile(operands.is_array() ? operands[i] : operands, at, depth + 1);
      if (!arg.ok()) return arg.error();
      args.push_back(arg.value());
    }
    Node node{op->handler};
    if (op->fn) {
      node.aux = static_cast<std::uint32_t>(p_.extensions.size());
      p_.extensions.push_back(ExtensionCall{name, op->fn});
    }
    return with_args(node, args, where, name);
  }

  std::uint32_t with_args(Node node, const std::vector<std::uint32_t>& args, const std::string& where,
                          std::string name) {
    node.first = static_cast<std::uint32_t>(p_.args.size());
    node.count = static_cast<std::uint32_t>(args.size());
    p_.args.insert(p_.args.end(), args.begin(), args.end());
    return add_node(node, where, std::move(name));
  }

  Program& p_;
  const Extensions* extensions_;
};

// One node per line, indented by depth; recursion is bounded by the compile-time depth check.
void dump_node(const Program& p, std::uint32_t id, std::size_t indent, std::string& out) {
  const Node& node = p.nodes[id];
  out.append(indent * 2, ' ');
  out += node.handler ? p.names[id] : dump_json(p.constants[node.aux]);
  out += "  @" + (p.where[id].empty() ? std::string("/") : p.where[id]) + "\n";
  for (std::uint32_t i = 0; i < node.count; ++i) dump_node(p, p.args[node.first + i], indent + 1, out);
}

}  // namespace
}  // namespace detail

Result<Rule> compile(const nlohmann::json& rule, const Extensions* extensions, const LogicLimits& limits) {
  auto program = std::make_shared<detail::Program>();
  program->limits = limits;
  detail::Compiler compiler(*program, extensions);
  Result<std::uint32_t> root = compiler.compile(rule, "", 0);
  if (!root.ok()) return root.error();
  program->root = root.value();
  return Rule(std::move(program));
}

std::string Rule::dump() const {
  std::string out;
  detail::dump_node(*program_, program_->root, 0, out);
  return out;
}

const LogicLimits& Rule::limits() const { return program_->limits; }

}  // namespace yushen::logic
