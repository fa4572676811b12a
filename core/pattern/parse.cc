// parse(): ECMA-262 u-mode pattern (§22.2.1, no Annex B) → Ast. Disjunctions, terms, groups
// and quantifiers here; escapes and classes in parse_escape.cc. Bounds: one recursion level
// per group (capped at kMaxNesting); node sizes are computed bottom-up with saturation, so
// `(a{1000}){1000}` is refused at its outer quantifier before anything is expanded.
// Tested by tests/pattern/parse_test.cc.
#include <algorithm>

#include "pattern/parser.h"
#include "util/utf8.h"

namespace yushen::pattern::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Saturating arithmetic for program sizes; `cap` is max_program_size + 1.
std::size_t sat_add(std::size_t a, std::size_t b, std::size_t cap) { return std::min(cap, a + b); }
std::size_t sat_mul(std::size_t a, std::size_t b, std::size_t cap) {
  if (a == 0 || b == 0) return 0;
  return a > cap / b ? cap : std::min(cap, a * b);
}

}  // namespace

std::variant<Ast, PatternError> parse(std::string_view pattern, const PatternLimits& limits) {
  return Parser(pattern, limits).run();
}

std::variant<Ast, PatternError> Parser::run() {
  if (p_.size() > limits_.max_pattern_bytes) {
    return PatternError{PatternErrorKind::too_large, limits_.max_pattern_bytes,
                        "pattern longer than " + std::to_string(limits_.max_pattern_bytes) + " bytes"};
  }
  std::size_t bad = 0;
  if (!is_valid_utf8(p_, &bad)) return PatternError{PatternErrorKind::syntax, bad, "invalid UTF-8"};
  scan_groups();
  std::uint32_t root = parse_disjunction(0);
  if (root != kNoNode && !at_end()) fail(PatternErrorKind::syntax, pos_, "unmatched )");
  if (error_) return *std::move(error_);
  if (ast_.nodes[root].size + 1 > limits_.max_program_size) {
    return PatternError{PatternErrorKind::too_large, 0,
                        "program larger than " + std::to_string(limits_.max_program_size) + " instructions"};
  }
  ast_.root = root;
  return std::move(ast_);
}

std::uint32_t Parser::fail(PatternErrorKind kind, std::size_t offset, std::string construct) {
  if (!error_) error_ = PatternError{kind, offset, std::move(construct)};
  return kNoNode;
}

char32_t Parser::next_code_point() { return decode_utf8(p_, pos_); }

// Counts capturing groups and records their names before parsing, because \N and \k<name>
// may refer to groups that come later (ECMA-262 §22.2.1.1 early errors).
void Parser::scan_groups() {
  bool in_class = false;
  for (std::size_t i = 0; i < p_.size(); ++i) {
    char c = p_[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      if (i + 1 >= p_.size() || p_[i + 1] != '?') {
        ++capture_count_;
      } else if (i + 3 < p_.size() && p_[i + 2] == '<' && p_[i + 3] != '=' && p_[i + 3] != '!') {
        ++capture_count_;
        std::size_t close = p_.find('>', i + 3);
        if (close != std::string_view::npos) scanned_names_.emplace_back(p_.substr(i + 3, close - i - 3));
      }
    }
  }
}

std::uint32_t Parser::parse_disjunction(int depth) {
  std::vector<std::uint32_t> alternatives;
  while (true) {
    std::uint32_t alternative = parse_alternative(depth);
    if (alternative == kNoNode) return kNoNode;
    alternatives.push_back(alternative);
    if (peek() != '|') break;
    ++pos_;
  }
  return make_list(NodeKind::kAlternate, std::move(alternatives));
}

std::uint32_t Parser::parse_alternative(int depth) {
  std::vector<std::uint32_t> terms;
  while (!at_end() && peek() != '|' && peek() != ')') {
    std::uint32_t term = parse_term(depth);
    if (term == kNoNode) return kNoNode;
    if (ast_.nodes[term].kind != NodeKind::kEmpty) terms.push_back(term);
  }
  return make_list(NodeKind::kConcat, std::move(terms));
}

std::uint32_t Parser::parse_term(int depth) {
  const std::size_t start = pos_;
  std::uint32_t atom = kNoNode;
  switch (peek()) {
    case '^': ++pos_; return make_assertion(AssertionKind::kBegin);
    case '$': ++pos_; return make_assertion(AssertionKind::kEnd);
    case '\\':
      if (peek(1) == 'b' || peek(1) == 'B') {
        bool boundary = peek(1) == 'b';
        pos_ += 2;
        return make_assertion(boundary ? AssertionKind::kWordBoundary : AssertionKind::kNotWordBoundary);
      }
      atom = parse_atom_escape();
      break;
    case '(': atom = parse_group(depth); break;
    case '[': atom = parse_class(); break;
    case '.': {
      ++pos_;
      atom = make_class(unicode::complement(unicode::RangeSet{{'\n', '\n'}, {'\r', '\r'}, {0x2028, 0x2029}}));
      break;
    }
    case '*':
    case '+':
    case '?': return fail(PatternErrorKind::syntax, start, std::string("nothing to repeat ") + peek());
    case '{': {
      std::uint32_t min = 0, max = 0;
      if (parse_braces(&min, &max)) return fail(PatternErrorKind::syntax, start, "nothing to repeat " + text_from(start));
      if (error_) return kNoNode;
      return fail(PatternErrorKind::syntax, start, "lone quantifier bracket {");
    }
    case '}': return fail(PatternErrorKind::syntax, start, "lone quantifier bracket }");
    case ']': return fail(PatternErrorKind::syntax, start, "lone ]");
    default: {
      char32_t cp = next_code_point();
      atom = make_class({{cp, cp}});
    }
  }
  if (atom == kNoNode) return kNoNode;
  return parse_quantifier(atom);
}

std::uint32_t Parser::parse_group(int depth) {
  const std::size_t start = pos_;
  if (depth + 1 > kMaxNesting) {
    return fail(PatternErrorKind::too_large, start, "groups nested deeper than " + std::to_string(kMaxNesting));
  }
  ++pos_;  // (
  if (peek() == '?') {
    char c1 = peek(1);
    char c2 = peek(2);
    if (c1 == ':') {
      pos_ += 2;
    } else if (c1 == '=') {
      return fail(PatternErrorKind::unsupported, start, "lookahead (?=");
    } else if (c1 == '!') {
      return fail(PatternErrorKind::unsupported, start, "negative lookahead (?!");
    } else if (c1 == '<' && c2 == '=') {
      return fail(PatternErrorKind::unsupported, start, "lookbehind (?<=");
    } else if (c1 == '<' && c2 == '!') {
      return fail(PatternErrorKind::unsupported, start, "negative lookbehind (?<!");
    } else if (c1 == '<') {
      pos_ += 2;
      std::string name;
      if (!parse_group_name(&name)) return kNoNode;
      if (std::find(names_.begin(), names_.end(), name) != names_.end()) {
        return fail(PatternErrorKind::syntax, start, "duplicate group name <" + name + ">");
      }
      names_.push_back(std::move(name));
    } else if (c1 == 'i' || c1 == 'm' || c1 == 's' || c1 == '-') {
      return fail(PatternErrorKind::unsupported, start, std::string("modifiers (?") + c1);
    } else {
      return fail(PatternErrorKind::syntax, start, "invalid group (?");
    }
  }
  std::uint32_t inner = parse_disjunction(depth + 1);
  if (inner == kNoNode) return kNoNode;
  if (peek() != ')') return fail(PatternErrorKind::syntax, start, "unterminated group");
  ++pos_;
  return inner;
}

// Reads `{n}`, `{n,}` or `{n,m}` at pos_ and advances past it; false (pos_ unchanged) if
// the text there is not a complete quantifier. Out-of-order bounds are an error.
bool Parser::parse_braces(std::uint32_t* min, std::uint32_t* max) {
  const std::size_t start = pos_;
  std::size_t i = pos_ + 1;
  auto number = [&](std::uint32_t* out) {
    if (i >= p_.size() || !is_digit(p_[i])) return false;
    std::uint64_t v = 0;
    for (; i < p_.size() && is_digit(p_[i]); ++i) v = std::min<std::uint64_t>(kInfinite - 1, v * 10 + (p_[i] - '0'));
    *out = static_cast<std::uint32_t>(v);
    return true;
  };
  if (!number(min)) return false;
  *max = *min;
  if (i < p_.size() && p_[i] == ',') {
    ++i;
    if (!number(max)) *max = kInfinite;
  }
  if (i >= p_.size() || p_[i] != '}') return false;
  pos_ = i + 1;
  if (*max < *min) return fail_bool(PatternErrorKind::syntax, start, "numbers out of order in quantifier " + text_from(start));
  return true;
}

std::uint32_t Parser::parse_quantifier(std::uint32_t atom) {
  const std::size_t start = pos_;
  std::uint32_t min = 0, max = 0;
  switch (peek()) {
    case '*': ++pos_; min = 0; max = kInfinite; break;
    case '+': ++pos_; min = 1; max = kInfinite; break;
    case '?': ++pos_; min = 0; max = 1; break;
    case '{':
      if (!parse_braces(&min, &max)) {
        if (error_) return kNoNode;
        return fail(PatternErrorKind::syntax, start, "incomplete quantifier {");
      }
      break;
    default: return atom;
  }
  if (peek() == '?') ++pos_;  // lazy: the same answer for test()
  return make_repeat(atom, min, max, start);
}

std::uint32_t Parser::add_node(Node node) {
  ast_.nodes.push_back(std::move(node));
  return static_cast<std::uint32_t>(ast_.nodes.size() - 1);
}

std::uint32_t Parser::make_empty() { return add_node(Node{}); }

std::uint32_t Parser::make_assertion(AssertionKind kind) {
  Node node;
  node.kind = NodeKind::kAssertion;
  node.assertion = kind;
  node.size = 1;
  return add_node(std::move(node));
}

// A concatenation or alternation; a single child is returned as is, none is kEmpty.
std::uint32_t Parser::make_list(NodeKind kind, std::vector<std::uint32_t> children) {
  if (children.empty()) return make_empty();
  if (children.size() == 1) return children[0];
  const std::size_t cap = limits_.max_program_size + 1;
  Node node;
  node.kind = kind;
  // An alternation of k branches adds k - 1 splits and k - 1 jumps.
  node.size = kind == NodeKind::kAlternate ? sat_mul(2, children.size() - 1, cap) : 0;
  for (std::uint32_t c : children) {
    node.size = sat_add(node.size, ast_.nodes[c].size, cap);
    node.zero_width = node.zero_width && ast_.nodes[c].zero_width;
  }
  node.children = std::move(children);
  return add_node(std::move(node));
}

// x{min,max}; sizes follow compile.cc: x* = s+2, x{n,} = n*s+1 (n >= 1),
// x{n,m} = n*s + (m-n)*(s+1). `at` is the quantifier's offset for errors.
std::uint32_t Parser::make_repeat(std::uint32_t child, std::uint32_t min, std::uint32_t max, std::size_t at) {
  const Node& c = ast_.nodes[child];
  if (c.zero_width || max == 0) return c.zero_width && min > 0 ? child : make_empty();
  if (min == 1 && max == 1) return child;
  const std::size_t cap = limits_.max_program_size + 1;
  const std::size_t s = c.size;
  std::size_t size = 0;
  if (max == kInfinite) {
    size = min == 0 ? sat_add(s, 2, cap) : sat_add(sat_mul(min, s, cap), 1, cap);
  } else {
    size = sat_add(sat_mul(min, s, cap), sat_mul(max - min, s + 1, cap), cap);
  }
  if (size > limits_.max_program_size) return fail(PatternErrorKind::too_large, at, "quantifier " + text_from(at));
  Node node;
  node.kind = NodeKind::kRepeat;
  node.min = min;
  node.max = max;
  node.children = {child};
  node.size = size;
  node.zero_width = false;
  return add_node(std::move(node));
}

}  // namespace yushen::pattern::detail
