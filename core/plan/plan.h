// The validation plan: what a JSON Schema compiles into. Immutable after compile and safe
// to share between threads; evaluating never looks at the schema JSON again.
// A plan is a vector of nodes (one per compiled subschema); a node is a contiguous run of
// instructions; instructions reference other nodes by index and keep everything that is
// only needed for reporting (keyword, schema path, parameters) in side tables.
// Produced by core/schema/compiler.cc, run by core/eval/evaluator.cc.
// Tested by tests/schema/compile_test.cc (plan dumps) and tests/eval/*.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "formats/format.h"
#include "pattern/pattern.h"

namespace yushen::plan {

// Bumped whenever the meaning or layout of the plan changes.
inline constexpr int kPlanVersion = 3;  // 2: Instruction::num_kind; 3: Node::forward, AssertRequired c/d

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFu;

// Opcodes, named by family: Assert* check the current value, Loop* visit children of the
// current value, Logical* combine subschemas on the same value, Control* jump to a node.
enum class Op : std::uint8_t {
  AssertFail,              // the `false` schema
  AssertType,              // a = type mask (TypeBit)
  AssertConst,             // a = value index
  AssertEnum,              // a = first value index, b = count
  AssertMinLength,         // num = limit (code points)
  AssertMaxLength,
  AssertPattern,           // a = regex index
  AssertFormat,            // a = format index
  AssertMinimum,           // num = limit
  AssertMaximum,
  AssertExclusiveMinimum,
  AssertExclusiveMaximum,
  AssertMultipleOf,
  AssertMinItems,
  AssertMaxItems,
  AssertUniqueItems,
  AssertMinProperties,
  AssertMaxProperties,
  AssertRequired,          // a = first string index, b = count (schema order); c, d = the same sorted, unique
  AssertDependentRequired, // a = first dependency entry, b = count
  LoopProperties,          // a = first property entry, b = count
  LoopPatternProperties,   // a = first pattern entry, b = count
  LoopAdditionalProperties,// a = node, b/c = property entries, d/e = pattern entries
  LoopPropertyNames,       // a = node
  LoopPrefixItems,         // a = first node-list index, b = count
  LoopItems,               // a = node, b = first index it applies from
  LoopContains,            // a = node, num = minContains, num2 = maxContains (<0: none)
  LoopUnevaluatedProperties,  // a = node
  LoopUnevaluatedItems,       // a = node
  LogicalAllOf,            // a = first node-list index, b = count
  LogicalAnyOf,
  LogicalOneOf,
  LogicalNot,              // a = node
  LogicalCondition,        // a = if node, b = then node, c = else node (kNoNode if absent)
  LogicalDependentSchemas, // a = first dependency entry, b = count
  ControlRef,              // a = node
  ControlDynamicRef,       // a = statically resolved node, b = anchor name string index (or kNoNode)
};

enum TypeBit : std::uint32_t {
  kTypeNull = 1,
  kTypeBoolean = 2,
  kTypeObject = 4,
  kTypeArray = 8,
  kTypeNumber = 16,
  kTypeString = 32,
  kTypeInteger = 64,
};

// What `num` holds for a numeric keyword (AssertMinimum…AssertMultipleOf), so the evaluator
// compares integers exactly without reading the limit back from the meta params (an
// nlohmann lookup on every numeric check was ~2% of evaluation).
enum class NumKind : std::uint8_t {
  floating,     // the limit was written as a float: compare doubles
  integer,      // an integer within ±2^53: `num` holds it exactly
  big_integer,  // an integer beyond that: its exact value is only in meta params
};

struct Instruction {
  Op op;
  NumKind num_kind = NumKind::floating;  // numeric keywords only; fits the padding after op
  std::uint32_t meta = 0;  // index into Plan::meta
  std::uint32_t a = 0, b = 0, c = 0, d = 0, e = 0;
  double num = 0;
  double num2 = -1;
};

// Reporting data for one instruction, kept out of the hot struct.
struct InstructionMeta {
  std::string keyword;          // as written in the schema ("dependencies" in draft-07)
  std::string schema_path;      // ajv style, "#/properties/name/minLength"
  std::string absolute_location;// absolute URI of the keyword, for the "basic" output
  std::string relative_path;    // "/properties/name/minLength" relative to the node's location
  nlohmann::json params;        // static error parameters (limits, allowed values)
};

struct Node {
  std::uint32_t first = 0;      // first instruction
  std::uint32_t count = 0;      // number of instructions
  std::uint32_t resource = 0;   // schema resource (for $dynamicRef scoping)
  bool collects_properties = false;  // has unevaluatedProperties: needs annotations
  bool collects_items = false;       // has unevaluatedItems: needs annotations
  // The node this one amounts to when it is only a `$ref` ({"$ref": "#/$defs/mobile"}) in
  // the same resource, followed to the end of such a chain; kNoNode otherwise. The evaluator
  // goes straight there unless it tracks keyword locations (the "basic" output names the
  // `$ref` step).
  NodeId forward = kNoNode;
  std::string location;         // ajv-style path of the node, "#/properties/name"
};

struct PropertyEntry {
  std::string name;
  NodeId node;
};

struct PatternEntry {
  std::uint32_t regex;  // index into Plan::regexes
  NodeId node;
  std::string source;   // the pattern as written (reporting only)
};

// dependentRequired / dependentSchemas / draft-07 dependencies.
struct DependencyEntry {
  std::string property;
  std::uint32_t first = 0;  // first string index (dependentRequired)
  std::uint32_t count = 0;
  NodeId node = kNoNode;    // dependentSchemas
};

struct Resource {
  std::string uri;
  std::map<std::string, NodeId> dynamic_anchors;
};

struct Plan {
  int version = kPlanVersion;
  NodeId root = 0;
  std::vector<Node> nodes;
  std::vector<Instruction> code;
  std::vector<InstructionMeta> meta;
  std::vector<nlohmann::json> values;
  std::vector<std::string> strings;
  std::vector<NodeId> node_lists;
  std::vector<PropertyEntry> properties;
  std::vector<PatternEntry> patterns;
  std::vector<DependencyEntry> dependencies;
  std::vector<pattern::Regex> regexes;
  std::vector<const formats::FormatEntry*> formats;
  std::vector<Resource> resources;
  bool assert_formats = false;
};

// A stable, human-readable dump of a plan, one instruction per line (for tests and
// `yushen validate --dump-plan`).
std::string dump_plan(const Plan& plan);

const char* op_name(Op op);

}  // namespace yushen::plan
