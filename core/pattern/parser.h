// Internal: the recursive-descent parser shared by parse.cc (terms, groups, quantifiers)
// and parse_escape.cc (escapes, classes, \p{…}). Use pattern/pattern.h instead.
// Tested by tests/pattern/parse_test.cc and tests/pattern/parse_escape_test.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pattern/ast.h"

namespace yushen::pattern::detail {

inline constexpr std::uint32_t kNoNode = kInfinite;  // returned after an error was recorded

class Parser {
 public:
  Parser(std::string_view pattern, const PatternLimits& limits) : p_(pattern), limits_(limits) {}
  std::variant<Ast, PatternError> run();

 private:
  // A class atom: a single code point, or a set from a class escape like \d or \p{L}.
  struct ClassAtom {
    bool is_set = false;
    char32_t cp = 0;
    unicode::RangeSet set;
  };

  // parse.cc
  std::uint32_t parse_disjunction(int depth);
  std::uint32_t parse_alternative(int depth);
  std::uint32_t parse_term(int depth);
  std::uint32_t parse_group(int depth);
  std::uint32_t parse_quantifier(std::uint32_t atom);
  bool parse_braces(std::uint32_t* min, std::uint32_t* max);
  void scan_groups();
  std::uint32_t add_node(Node node);
  std::uint32_t make_empty();
  std::uint32_t make_assertion(AssertionKind kind);
  std::uint32_t make_list(NodeKind kind, std::vector<std::uint32_t> children);
  std::uint32_t make_repeat(std::uint32_t child, std::uint32_t min, std::uint32_t max, std::size_t at);

  // parse_escape.cc
  std::uint32_t make_class(unicode::RangeSet set);
  std::uint32_t parse_atom_escape();
  std::uint32_t parse_backreference(std::size_t start);
  std::uint32_t parse_class();
  bool parse_class_atom(ClassAtom* atom);
  bool parse_character_escape(bool in_class, char32_t* out);
  bool parse_unicode_escape(char32_t* out);
  bool parse_set_escape(unicode::RangeSet* out);
  bool parse_property(unicode::RangeSet* out);
  bool parse_group_name(std::string* out);
  bool is_name_char(char32_t cp, bool first);

  // Records the first error and returns kNoNode (callers return it straight up).
  std::uint32_t fail(PatternErrorKind kind, std::size_t offset, std::string construct);
  bool fail_bool(PatternErrorKind kind, std::size_t offset, std::string construct) {
    fail(kind, offset, std::move(construct));
    return false;
  }
  bool at_end() const { return pos_ >= p_.size(); }
  char peek(std::size_t ahead = 0) const { return pos_ + ahead < p_.size() ? p_[pos_ + ahead] : '\0'; }
  char32_t next_code_point();  // decodes the UTF-8 code point at pos_ and advances
  std::string text_from(std::size_t start) const { return std::string(p_.substr(start, pos_ - start)); }

  std::string_view p_;
  const PatternLimits& limits_;
  std::size_t pos_ = 0;
  Ast ast_;
  std::optional<PatternError> error_;
  std::size_t capture_count_ = 0;          // from scan_groups(), for \N validity
  std::vector<std::string> scanned_names_;  // raw group names from scan_groups(), for \k
  std::vector<std::string> names_;          // decoded group names seen so far
  std::vector<std::uint32_t> large_classes_;  // class ids worth deduplicating
  unicode::RangeSet id_start_, id_continue_;  // loaded on first non-ASCII group name
};

}  // namespace yushen::pattern::detail
