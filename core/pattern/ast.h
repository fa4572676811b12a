// Internal: the parsed form of a pattern (parse.cc builds it, compile.cc reads it). Use
// pattern/pattern.h instead. Nodes live in one arena and refer to each other by index.
// Tested by tests/pattern/parse_test.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <variant>
#include <vector>

#include "pattern/pattern.h"
#include "unicode/unicode.h"

namespace yushen::pattern::detail {

enum class NodeKind : std::uint8_t {
  kEmpty,      // matches the empty string
  kClass,      // one code point from ast.classes[class_id]; literals are one-point classes
  kAssertion,  // ^ $ \b \B
  kConcat,     // children in order
  kAlternate,  // any one child
  kRepeat,     // children[0] between min and max times
};

enum class AssertionKind : std::uint8_t { kBegin, kEnd, kWordBoundary, kNotWordBoundary };

inline constexpr std::uint32_t kInfinite = std::numeric_limits<std::uint32_t>::max();

struct Node {
  NodeKind kind = NodeKind::kEmpty;
  AssertionKind assertion = AssertionKind::kBegin;  // kAssertion
  std::uint32_t class_id = 0;                       // kClass
  std::uint32_t min = 0;                            // kRepeat
  std::uint32_t max = 0;                            // kRepeat; kInfinite for * + {n,}
  std::vector<std::uint32_t> children;              // kConcat, kAlternate (>= 2), kRepeat (1)
  // Instructions this node compiles to, saturated at PatternLimits::max_program_size + 1,
  // so the size is known (and refused) before anything is expanded.
  std::size_t size = 0;
  // True if the node can only match the empty string (assertions, empty groups). Repeating
  // such a node is the same as matching it once (min >= 1) or not at all (min == 0).
  bool zero_width = true;
};

struct Ast {
  std::vector<Node> nodes;
  std::vector<unicode::RangeSet> classes;  // canonical range sets
  std::uint32_t root = 0;
};

// Parses an ECMA-262 pattern with u-flag semantics (ECMA-262 §22.2.1 without Annex B).
std::variant<Ast, PatternError> parse(std::string_view pattern, const PatternLimits& limits);

// Largest nesting of groups the parser accepts; deeper patterns are refused as too_large.
// Parsing and compiling recurse once per group level, so this also bounds stack use.
inline constexpr int kMaxNesting = 128;

// A stable one-line text form of the tree for tests, e.g. "cat{[a] rep{1,inf}{[b]}}".
std::string dump(const Ast& ast);

}  // namespace yushen::pattern::detail
