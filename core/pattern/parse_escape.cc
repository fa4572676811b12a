// Escapes and character classes of u-mode patterns (ECMA-262 §22.2.1 AtomEscape,
// CharacterClass, CharacterEscape, UnicodePropertyValueExpression; Annex B does not apply
// with the u flag): \d \w \s, \p{…} via unicode/unicode.h, \u{…} and surrogate pairs,
// [...] with ranges, and group names. Each class becomes one canonical range set.
// Tested by tests/pattern/parse_escape_test.cc.
#include <algorithm>

#include "pattern/parser.h"
#include "util/utf8.h"

namespace yushen::pattern::detail {
namespace {

using unicode::CodePointRange;
using unicode::RangeSet;

// ECMA-262 §22.2.2.9 CharacterClassEscape; \d and \w are ASCII without the i flag.
constexpr CodePointRange kDigit[] = {{'0', '9'}};
constexpr CodePointRange kWord[] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
// WhiteSpace (§12.2: TAB VT FF ZWNBSP and every Zs, Unicode 15) and LineTerminator (§12.3).
constexpr CodePointRange kSpace[] = {{0x09, 0x0D}, {0x20, 0x20}, {0xA0, 0xA0}, {0x1680, 0x1680},
                                     {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F},
                                     {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF}};

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int hex_value(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_syntax_char(char c) {
  return c != '\0' && std::string_view("^$\\.*+?()[]{}|/").find(c) != std::string_view::npos;
}

}  // namespace

// Large sets (from \p, \P, ., negations) are shared by equal content, so a pattern that
// repeats \p{L} holds its ranges once; small sets are cheap to keep apart.
std::uint32_t Parser::make_class(RangeSet set) {
  std::uint32_t id = static_cast<std::uint32_t>(ast_.classes.size());
  bool large = set.size() > 16;
  if (large) {
    for (std::uint32_t other : large_classes_) {
      if (ast_.classes[other] == set) id = other;
    }
  }
  if (id == ast_.classes.size()) {
    if (large) large_classes_.push_back(id);
    ast_.classes.push_back(std::move(set));
  }
  Node node;
  node.kind = NodeKind::kClass;
  node.class_id = id;
  node.size = 1;
  node.zero_width = false;
  return add_node(std::move(node));
}

// At '\\' outside a class; \b and \B were handled by parse_term.
std::uint32_t Parser::parse_atom_escape() {
  const std::size_t start = pos_;
  ++pos_;
  char c = peek();
  if (at_end()) return fail(PatternErrorKind::syntax, start, "\\ at end of pattern");
  if (std::string_view("dDsSwWpP").find(c) != std::string_view::npos) {
    RangeSet set;
    if (!parse_set_escape(&set)) return kNoNode;
    return make_class(std::move(set));
  }
  if (c == 'k' || (c >= '1' && c <= '9')) return parse_backreference(start);
  char32_t cp = 0;
  if (!parse_character_escape(false, &cp)) return kNoNode;
  return make_class({{cp, cp}});
}

// \N and \k<name> need backtracking to match, so they are refused; a reference to a group
// that does not exist is a syntax error in u-mode, as in JS.
std::uint32_t Parser::parse_backreference(std::size_t start) {
  if (peek() == 'k') {
    std::size_t close = p_.find('>', pos_);
    if (peek(1) != '<' || close == std::string_view::npos) return fail(PatternErrorKind::syntax, start, "invalid escape \\k");
    std::string name(p_.substr(pos_ + 2, close - pos_ - 2));
    pos_ = close + 1;
    bool exists = std::find(scanned_names_.begin(), scanned_names_.end(), name) != scanned_names_.end();
    if (!exists) return fail(PatternErrorKind::syntax, start, "backreference to missing group " + text_from(start));
    return fail(PatternErrorKind::unsupported, start, "backreference " + text_from(start));
  }
  std::size_t n = 0;
  while (peek() >= '0' && peek() <= '9') n = std::min<std::size_t>(n * 10 + (p_[pos_++] - '0'), 1u << 20);
  if (n > capture_count_) return fail(PatternErrorKind::syntax, start, "backreference to missing group " + text_from(start));
  return fail(PatternErrorKind::unsupported, start, "backreference " + text_from(start));
}

// CharacterEscape at pos_ (just after the backslash). Identity escapes are only the syntax
// characters and '/' (and '-' inside a class).
bool Parser::parse_character_escape(bool in_class, char32_t* out) {
  const std::size_t start = pos_ - 1;
  char c = peek();
  switch (c) {
    case 'f': *out = 0x0C; break;
    case 'n': *out = 0x0A; break;
    case 'r': *out = 0x0D; break;
    case 't': *out = 0x09; break;
    case 'v': *out = 0x0B; break;
    case 'c':
      if (!is_ascii_letter(peek(1))) return fail_bool(PatternErrorKind::syntax, start, "invalid escape \\c");
      *out = static_cast<char32_t>(peek(1) % 32);
      ++pos_;
      break;
    case '0':
      if (peek(1) >= '0' && peek(1) <= '9') {
        return fail_bool(PatternErrorKind::syntax, start, std::string("invalid octal escape \\0") + peek(1));
      }
      *out = 0;
      break;
    case 'x':
      if (!is_hex(peek(1)) || !is_hex(peek(2))) return fail_bool(PatternErrorKind::syntax, start, "invalid escape \\x");
      *out = static_cast<char32_t>(hex_value(peek(1)) * 16 + hex_value(peek(2)));
      pos_ += 2;
      break;
    case 'u': return parse_unicode_escape(out);
    default:
      if (is_syntax_char(c) || (in_class && c == '-')) {
        *out = static_cast<unsigned char>(c);
        break;
      }
      next_code_point();
      return fail_bool(PatternErrorKind::syntax, start, "invalid escape " + text_from(start));
  }
  ++pos_;
  return true;
}

// At 'u' of \uHHHH, \uHHHH\uHHHH (a surrogate pair, one code point) or \u{H...}.
bool Parser::parse_unicode_escape(char32_t* out) {
  const std::size_t start = pos_ - 1;
  auto hex4 = [&](std::size_t at, char32_t* v) {
    for (std::size_t k = 0; k < 4; ++k) {
      if (!is_hex(at + k < p_.size() ? p_[at + k] : '\0')) return false;
    }
    *v = 0;
    for (std::size_t k = 0; k < 4; ++k) *v = *v * 16 + static_cast<char32_t>(hex_value(p_[at + k]));
    return true;
  };
  if (peek(1) == '{') {
    std::size_t i = pos_ + 2;
    char32_t v = 0;
    for (; i < p_.size() && is_hex(p_[i]); ++i) {
      v = std::min<char32_t>(v * 16 + static_cast<char32_t>(hex_value(p_[i])), unicode::kMaxCodePoint + 1);
    }
    if (i == pos_ + 2 || i >= p_.size() || p_[i] != '}') return fail_bool(PatternErrorKind::syntax, start, "invalid escape \\u{");
    pos_ = i + 1;
    if (v > unicode::kMaxCodePoint) return fail_bool(PatternErrorKind::syntax, start, "code point out of range " + text_from(start));
    *out = v;
    return true;
  }
  char32_t v = 0;
  if (!hex4(pos_ + 1, &v)) return fail_bool(PatternErrorKind::syntax, start, "invalid escape \\u");
  pos_ += 5;
  char32_t trail = 0;
  if (v >= 0xD800 && v <= 0xDBFF && peek() == '\\' && peek(1) == 'u' && hex4(pos_ + 2, &trail) && trail >= 0xDC00 &&
      trail <= 0xDFFF) {
    v = 0x10000 + ((v - 0xD800) << 10) + (trail - 0xDC00);
    pos_ += 6;
  }
  *out = v;
  return true;
}

// At the letter of \d \D \s \S \w \W \p{…} \P{…}.
bool Parser::parse_set_escape(RangeSet* out) {
  char c = peek();
  if (c == 'p' || c == 'P') return parse_property(out);
  ++pos_;
  using Span = std::span<const CodePointRange>;
  Span base = (c == 'd' || c == 'D') ? Span(kDigit) : (c == 'w' || c == 'W') ? Span(kWord) : Span(kSpace);
  *out = (c >= 'a') ? RangeSet(base.begin(), base.end()) : unicode::complement(base);
  return true;
}

// At 'p' or 'P': {Name}, {Name=Value}; names are exact and case-sensitive (§22.2.2.9).
bool Parser::parse_property(RangeSet* out) {
  const std::size_t start = pos_ - 1;
  const bool negate = peek() == 'P';
  std::size_t close = p_.find('}', pos_);
  if (peek(1) != '{' || close == std::string_view::npos) {
    ++pos_;
    return fail_bool(PatternErrorKind::syntax, start, "invalid property escape " + text_from(start));
  }
  std::string_view body = p_.substr(pos_ + 2, close - pos_ - 2);
  pos_ = close + 1;
  std::size_t eq = body.find('=');
  std::string_view name = body.substr(0, eq);
  std::string_view value = eq == std::string_view::npos ? std::string_view() : body.substr(eq + 1);
  auto valid = [](std::string_view s, bool digits) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [&](char ch) {
      return is_ascii_letter(ch) || ch == '_' || (digits && ch >= '0' && ch <= '9');
    });
  };
  if (!valid(name, false) || (eq != std::string_view::npos && !valid(value, true))) {
    return fail_bool(PatternErrorKind::syntax, start, "invalid property " + text_from(start));
  }
  unicode::PropertyLookup found = unicode::lookup_property(name, value);
  if (found.status == unicode::LookupStatus::unknown) {
    return fail_bool(PatternErrorKind::syntax, start, "invalid property " + text_from(start));
  }
  if (found.status == unicode::LookupStatus::unsupported) {
    return fail_bool(PatternErrorKind::unsupported, start, "property " + text_from(start));
  }
  *out = negate ? unicode::complement(found.ranges) : std::move(found.ranges);
  return true;
}

// At '['. In u-mode a class escape (\d, \p{…}) cannot be a range endpoint.
std::uint32_t Parser::parse_class() {
  const std::size_t start = pos_;
  ++pos_;
  const bool negate = peek() == '^';
  if (negate) ++pos_;
  RangeSet set;
  while (true) {
    if (at_end()) return fail(PatternErrorKind::syntax, start, "unterminated character class");
    if (peek() == ']') break;
    const std::size_t atom_start = pos_;
    ClassAtom a;
    if (!parse_class_atom(&a)) return kNoNode;
    if (peek() == '-' && pos_ + 1 < p_.size() && peek(1) != ']') {
      ++pos_;
      ClassAtom b;
      if (!parse_class_atom(&b)) return kNoNode;
      if (a.is_set || b.is_set) {
        return fail(PatternErrorKind::syntax, atom_start, "character class escape in range " + text_from(atom_start));
      }
      if (a.cp > b.cp) {
        return fail(PatternErrorKind::syntax, atom_start, "range out of order in character class " + text_from(atom_start));
      }
      set.push_back({a.cp, b.cp});
    } else if (a.is_set) {
      set.insert(set.end(), a.set.begin(), a.set.end());
    } else {
      set.push_back({a.cp, a.cp});
    }
  }
  ++pos_;  // ]
  unicode::normalize(set);
  return make_class(negate ? unicode::complement(set) : std::move(set));
}

bool Parser::parse_class_atom(ClassAtom* atom) {
  if (peek() != '\\') {
    atom->cp = next_code_point();
    return true;
  }
  const std::size_t start = pos_;
  ++pos_;
  char c = peek();
  if (at_end()) return fail_bool(PatternErrorKind::syntax, start, "\\ at end of pattern");
  if (c == 'b' || c == '-') {
    atom->cp = c == 'b' ? 0x08 : '-';
    ++pos_;
    return true;
  }
  if (std::string_view("dDsSwWpP").find(c) != std::string_view::npos) {
    atom->is_set = true;
    return parse_set_escape(&atom->set);
  }
  if (c == 'B' || c == 'k' || (c >= '1' && c <= '9')) {
    return fail_bool(PatternErrorKind::syntax, start, std::string("invalid escape in character class \\") + c);
  }
  return parse_character_escape(true, &atom->cp);
}

// After "(?<": RegExpIdentifierName then '>' (ECMA-262 §22.2.1 GroupName), \u escapes allowed.
bool Parser::parse_group_name(std::string* out) {
  const std::size_t start = pos_ - 3;
  bool first = true;
  while (!at_end() && peek() != '>') {
    char32_t cp = 0;
    if (peek() == '\\') {
      ++pos_;
      if (peek() != 'u') return fail_bool(PatternErrorKind::syntax, start, "invalid group name");
      if (!parse_unicode_escape(&cp)) return false;
    } else {
      cp = next_code_point();
    }
    if (!is_name_char(cp, first)) return fail_bool(PatternErrorKind::syntax, start, "invalid group name");
    first = false;
    append_utf8(*out, cp);
  }
  if (first || at_end()) return fail_bool(PatternErrorKind::syntax, start, "invalid group name");
  ++pos_;  // >
  return true;
}

bool Parser::is_name_char(char32_t cp, bool first) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    return is_ascii_letter(c) || c == '$' || c == '_' || (!first && c >= '0' && c <= '9');
  }
  if (!first && (cp == 0x200C || cp == 0x200D)) return true;
  if (id_start_.empty()) {
    id_start_ = unicode::lookup_property("ID_Start", "").ranges;
    id_continue_ = unicode::lookup_property("ID_Continue", "").ranges;
  }
  return unicode::contains(first ? id_start_ : id_continue_, cp);
}

}  // namespace yushen::pattern::detail
