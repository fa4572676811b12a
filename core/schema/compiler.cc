// The compile driver: a worklist over schema locations (no recursion over the schema's
// depth), node allocation, references, and the in-place reference cycle check.
// Entry point: compile(). Tested by tests/schema/compile_test.cc and the JSON Schema suite.
#include "schema/compiler.h"

#include "schema/compile_context.h"
#include "util/json_pointer.h"
#include "util/uri.h"

namespace yushen::schema {

// ---- KeywordContext ---------------------------------------------------------------------

plan::Plan& KeywordContext::plan() { return compiler_.plan(); }
const CompileOptions& KeywordContext::options() const { return compiler_.options(); }

std::optional<std::uint32_t> KeywordContext::known_regex(std::string_view source) const {
  const auto& index = compiler_.regex_index();
  auto found = index.find(source);
  if (found == index.end()) return std::nullopt;
  return found->second;
}

void KeywordContext::remember_regex(std::string_view source, std::uint32_t index) {
  compiler_.regex_index().emplace(std::string(source), index);
}
Registry& KeywordContext::registry() { return compiler_.registry(); }

namespace {

// The subschema at keyword[/token] of `schema`, as Registry::at would find it; nullptr when
// absent (the registry then reports it).
const nlohmann::json* subschema_at(const nlohmann::json& schema, std::string_view keyword,
                                   std::optional<std::string_view> token) {
  auto found = schema.find(keyword);
  if (found == schema.end()) return nullptr;
  if (!token) return &*found;
  if (found->is_object()) {
    auto member = found->find(*token);
    return member == found->end() ? nullptr : &*member;
  }
  if (!found->is_array() || token->empty() || token->size() > 9 || (token->size() > 1 && (*token)[0] == '0')) {
    return nullptr;
  }
  std::size_t index = 0;
  for (char c : *token) {
    if (c < '0' || c > '9') return nullptr;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  return index < found->size() ? &(*found)[index] : nullptr;
}

}  // namespace

plan::NodeId KeywordContext::child(std::string_view keyword, std::optional<std::string_view> token) {
  Location child = location_;
  append_pointer_token(child.pointer, keyword);
  if (token) append_pointer_token(child.pointer, *token);
  return compiler_.node_for(child, subschema_at(schema_, keyword, token));
}

Result<plan::NodeId> KeywordContext::reference(std::string_view reference, std::string* resolved_uri) {
  return compiler_.reference(info_, reference, resolved_uri);
}

std::string KeywordContext::pointer_to(std::string_view keyword) const {
  std::string pointer = location_.pointer;
  append_pointer_token(pointer, keyword);
  return pointer;
}

void KeywordContext::emit(plan::Instruction instruction, std::string_view keyword, nlohmann::json params) {
  plan::Plan& p = compiler_.plan();
  plan::InstructionMeta meta;
  meta.keyword = std::string(keyword);
  meta.schema_path = display_path_;
  append_pointer_token(meta.schema_path, keyword);
  meta.absolute_location = absolute_path_;
  append_pointer_token(meta.absolute_location, keyword);
  append_pointer_token(meta.relative_path, keyword);
  meta.params = std::move(params);
  instruction.meta = static_cast<std::uint32_t>(p.meta.size());
  p.meta.push_back(std::move(meta));
  out_.push_back(instruction);
}

Error KeywordContext::bad_keyword(std::string_view keyword, std::string_view expected) const {
  return make_error(Code::kSchemaBadKeyword, pointer_to(keyword),
                    {{"keyword", std::string(keyword)}, {"expected", std::string(expected)}});
}

Error KeywordContext::error_at(Code code, std::string_view keyword, nlohmann::json params) const {
  return make_error(code, pointer_to(keyword), std::move(params));
}

// ---- Compiler ---------------------------------------------------------------------------

std::string Compiler::display_path(const Location& location) const {
  std::string prefix = location.doc == 0 ? std::string() : registry_.document_uri(location.doc);
  return prefix + "#" + location.pointer;
}

std::string Compiler::absolute_location(const Location& location, const LocationInfo& info) const {
  return registry_.document_uri(location.doc) + "#" + location.pointer;
}

plan::NodeId Compiler::node_for(const Location& location, const nlohmann::json* schema) {
  auto [found, added] = nodes_.try_emplace(location, static_cast<plan::NodeId>(plan_.nodes.size()));
  if (!added) return found->second;
  plan_.nodes.emplace_back();
  pending_.push_back(Pending{found->second, location, schema});
  return found->second;
}

Result<plan::NodeId> Compiler::reference(const LocationInfo& from, std::string_view reference,
                                         std::string* resolved_uri) {
  std::string absolute = resolve_uri(from.base_uri, reference);
  if (resolved_uri) *resolved_uri = absolute;
  auto target = registry_.resolve(absolute, from.dialect);
  if (!target.ok()) return target.error();
  return node_for(target.value());
}

std::optional<Error> Compiler::compile_node(const Pending& pending) {
  const Location& location = pending.location;
  const nlohmann::json* schema = pending.schema ? pending.schema : registry_.at(location);
  if (!schema) return make_error(Code::kSchemaUnresolvedRef, location.pointer, {{"ref", display_path(location)}});
  auto info = registry_.info(location);
  if (!info.ok()) return info.error();
  std::string node_path = display_path(location);
  std::vector<plan::Instruction> code;
  KeywordContext context(*this, *schema, location, info.value(), node_path, absolute_location(location, info.value()),
                         code);
  if (schema->is_boolean()) {
    if (!schema->get<bool>()) context.emit(plan::Instruction{plan::Op::AssertFail}, "false schema");
  } else if (!schema->is_object()) {
    return make_error(Code::kSchemaNotSchema, location.pointer);
  } else {
    // The schema's members that are keywords, put in the table's order (the order keywords
    // compile in, not the members'). Only the few present rows are visited: a pass over all
    // 38 rows per node was most of the loop iterations of a compile.
    const std::span<const KeywordEntry> table = keyword_table();
    KeywordRow present[kMaxKeywords];
    const std::size_t count = keyword_rows_of(*schema, present);
    const bool draft7 = info.value().dialect == Dialect::draft7;
    const bool ref_overrides = draft7 && schema->contains("$ref");
    for (std::size_t i = 0; i < count; ++i) {
      const KeywordEntry& entry = table[present[i].row];
      if (draft7 ? !entry.in_draft7 : !entry.in_2020) continue;
      if (!context.has_vocabulary(entry.vocabulary)) continue;
      if (ref_overrides && entry.name != "$ref") continue;
      if (auto error = entry.compile(context, *present[i].value)) return error;
    }
  }
  plan::Node& node = plan_.nodes[pending.id];
  node.first = static_cast<std::uint32_t>(plan_.code.size());
  node.count = static_cast<std::uint32_t>(code.size());
  node.resource = info.value().resource;
  node.location = std::move(node_path);
  for (const plan::Instruction& instruction : code) {
    if (instruction.op == plan::Op::LoopUnevaluatedProperties) node.collects_properties = true;
    if (instruction.op == plan::Op::LoopUnevaluatedItems) node.collects_items = true;
  }
  plan_.code.insert(plan_.code.end(), code.begin(), code.end());
  return std::nullopt;
}

Result<plan::NodeId> Compiler::run(const Location& root) {
  plan::NodeId root_id = node_for(root);
  while (compiled_ < pending_.size()) {
    if (plan_.nodes.size() > options_.limits.max_nodes) {
      return make_error(Code::kSchemaTooLarge, "", {{"limit", options_.limits.max_nodes}});
    }
    // A copy: compiling may queue nodes and so move pending_'s elements.
    const Pending pending = pending_[compiled_++];
    if (auto error = compile_node(pending)) return *error;
  }
  return root_id;
}

namespace {

// Nodes reachable from `node` without moving to a child of the instance: such edges form
// an infinite loop when they close a cycle ({"$ref": "#"}, or A -> allOf -> B -> $ref A).
void in_place_edges(const plan::Plan& plan, plan::NodeId node, std::vector<plan::NodeId>& out) {
  const plan::Node& n = plan.nodes[node];
  for (std::uint32_t i = n.first; i < n.first + n.count; ++i) {
    const plan::Instruction& in = plan.code[i];
    switch (in.op) {
      case plan::Op::ControlRef:
      case plan::Op::ControlDynamicRef:
      case plan::Op::LogicalNot: out.push_back(in.a); break;
      case plan::Op::LogicalCondition:
        for (plan::NodeId target : {in.a, in.b, in.c}) {
          if (target != plan::kNoNode) out.push_back(target);
        }
        break;
      case plan::Op::LogicalAllOf:
      case plan::Op::LogicalAnyOf:
      case plan::Op::LogicalOneOf:
        for (std::uint32_t k = 0; k < in.b; ++k) out.push_back(plan.node_lists[in.a + k]);
        break;
      case plan::Op::LogicalDependentSchemas:
        for (std::uint32_t k = 0; k < in.b; ++k) out.push_back(plan.dependencies[in.a + k].node);
        break;
      default: break;
    }
  }
}

// Iterative three-colour DFS; returns a node on a cycle, if any.
std::optional<plan::NodeId> find_in_place_cycle(const plan::Plan& plan) {
  enum Colour : std::uint8_t { white, grey, black };
  std::vector<Colour> colour(plan.nodes.size(), white);
  std::vector<plan::NodeId> edges;
  struct Frame { plan::NodeId node; std::vector<plan::NodeId> next; std::size_t i; };
  for (plan::NodeId start = 0; start < plan.nodes.size(); ++start) {
    if (colour[start] != white) continue;
    std::vector<Frame> stack;
    edges.clear();
    in_place_edges(plan, start, edges);
    stack.push_back(Frame{start, edges, 0});
    colour[start] = grey;
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.i == top.next.size()) {
        colour[top.node] = black;
        stack.pop_back();
        continue;
      }
      plan::NodeId next = top.next[top.i++];
      if (colour[next] == grey) return next;
      if (colour[next] == black) continue;
      colour[next] = grey;
      edges.clear();
      in_place_edges(plan, next, edges);
      stack.push_back(Frame{next, edges, 0});
    }
  }
  return std::nullopt;
}

// The `$ref` that is all of a node (no other keyword, no unevaluated*, same resource, so
// the dynamic scope is the same either way), or kNoNode.
plan::NodeId ref_only_target(const plan::Plan& plan, const plan::Node& n) {
  if (n.count != 1 || n.collects_properties || n.collects_items) return plan::kNoNode;
  const plan::Instruction& in = plan.code[n.first];
  if (in.op != plan::Op::ControlRef || plan.nodes[in.a].resource != n.resource) return plan::kNoNode;
  return in.a;
}

// Sets Node::forward. Runs after the cycle check: a chain of in-place `$ref`s has an end.
void link_ref_only_nodes(plan::Plan& plan) {
  for (plan::Node& n : plan.nodes) {
    plan::NodeId target = ref_only_target(plan, n);
    for (plan::NodeId next = target; next != plan::kNoNode; next = ref_only_target(plan, plan.nodes[next])) {
      target = next;
    }
    n.forward = target;
  }
}

}  // namespace

Result<PlanPtr> compile(const nlohmann::json& schema, const CompileOptions& options) {
  if (!schema.is_object() && !schema.is_boolean()) return make_error(Code::kSchemaNotSchema, "");
  Registry registry(options.resolver, options.json_limits, options.default_dialect);
  auto doc = registry.add_borrowed_document(schema, options.base_uri);
  if (!doc.ok()) return doc.error();
  auto built = std::make_shared<plan::Plan>();
  built->assert_formats = options.assert_formats;
  Compiler compiler(registry, *built, options);
  auto root = compiler.run(Location{doc.value(), ""});
  if (!root.ok()) return root.error();
  built->root = root.value();
  for (const ResourceEntry& entry : registry.resources()) {
    plan::Resource resource;
    resource.uri = entry.uri;
    for (const auto& [name, location] : entry.dynamic_anchors) {
      resource.dynamic_anchors[name] = compiler.node_for(location);
    }
    built->resources.push_back(std::move(resource));
  }
  // Dynamic anchors may name nodes no static path reached yet: compile them too.
  auto rest = compiler.run(Location{doc.value(), ""});
  if (!rest.ok()) return rest.error();
  if (auto cycle = find_in_place_cycle(*built)) {
    return make_error(Code::kSchemaRefCycle, "", {{"ref", built->nodes[*cycle].location}});
  }
  link_ref_only_nodes(*built);
  return PlanPtr(std::move(built));
}

}  // namespace yushen::schema
