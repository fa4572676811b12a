// IDNA2008 U-label checks: code point classes and contextual rules (RFC 5892), hyphen and
// leading-mark rules (RFC 5891 §4.2.3), the Bidi rule (RFC 5893) and an NFC test (UAX #15).
// Entry points: is_u_label, has_rtl, satisfies_bidi_rule, is_nfc (formats/idna.h).
// Tested by tests/formats/idna_test.cc and the idn-hostname/idn-email vectors.
#include "formats/idna.h"

#include <algorithm>
#include <string>

#include "formats/idna_tables.h"

namespace yushen::formats::detail {
namespace {

std::uint32_t read_leb128(std::span<const std::uint8_t> bytes, std::size_t& at) {
  std::uint32_t value = 0;
  for (int shift = 0; at < bytes.size(); shift += 7) {
    const std::uint8_t byte = bytes[at++];
    value |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) break;
  }
  return value;
}

// Calls visit(lo, hi, value) for the ranges of block `b` in order until it returns false.
template <class Visit>
void for_each_in_block(const PackedRanges& t, std::size_t b, Visit visit) {
  std::size_t at = t.block_offsets[b];
  const std::size_t end = b + 1 < t.block_offsets.size() ? t.block_offsets[b + 1] : t.bytes.size();
  char32_t lo = t.block_starts[b];
  char32_t hi = 0;
  for (bool first = true; at < end; first = false) {
    if (!first) lo = hi + read_leb128(t.bytes, at);
    hi = lo + read_leb128(t.bytes, at);
    const int value = t.valued ? t.bytes[at++] : 1;
    if (!visit(lo, hi, value)) return;
  }
}

bool in(const PackedRanges& table, char32_t cp) { return packed_value(table, cp, 0) != 0; }

}  // namespace

int packed_value(const PackedRanges& table, char32_t cp, int fallback) {
  auto it = std::upper_bound(table.block_starts.begin(), table.block_starts.end(), cp);
  if (it == table.block_starts.begin()) return fallback;
  int found = fallback;
  for_each_in_block(table, static_cast<std::size_t>(it - table.block_starts.begin()) - 1,
                    [cp, &found](char32_t lo, char32_t hi, int value) {
                      if (cp < lo) return false;
                      if (cp <= hi) {
                        found = value;
                        return false;
                      }
                      return true;
                    });
  return found;
}

std::vector<ValuedRange> unpack(const PackedRanges& table) {
  std::vector<ValuedRange> out;
  for (std::size_t b = 0; b < table.block_starts.size(); ++b) {
    for_each_in_block(table, b, [&out](char32_t lo, char32_t hi, int value) {
      out.push_back({lo, hi, static_cast<std::uint8_t>(value)});
      return true;
    });
  }
  return out;
}

namespace {

Script script_of(char32_t cp) { return static_cast<Script>(packed_value(idna_tables().scripts, cp, 0)); }
char joining_type(char32_t cp) { return static_cast<char>(packed_value(idna_tables().joining, cp, 'U')); }
Bidi bidi_of(char32_t cp) { return static_cast<Bidi>(packed_value(idna_tables().bidi, cp, 0)); }
int ccc_of(char32_t cp) { return packed_value(idna_tables().ccc, cp, 0); }
bool is_virama(char32_t cp) { return in(idna_tables().virama, cp); }

// RFC 5892 Appendix A.1: ZERO WIDTH NON-JOINER after a virama, or inside the joining context
// (Joining_Type:{L,D})(Joining_Type:T)*\u200C(Joining_Type:T)*(Joining_Type:{R,D}).
bool zwnj_ok(std::u32string_view label, std::size_t pos) {
  if (pos > 0 && is_virama(label[pos - 1])) return true;
  std::size_t before = pos;
  while (before > 0 && joining_type(label[before - 1]) == 'T') --before;
  if (before == 0) return false;
  char left = joining_type(label[before - 1]);
  if (left != 'L' && left != 'D') return false;
  std::size_t after = pos + 1;
  while (after < label.size() && joining_type(label[after]) == 'T') ++after;
  if (after == label.size()) return false;
  char right = joining_type(label[after]);
  return right == 'R' || right == 'D';
}

bool contains_range(std::u32string_view label, char32_t lo, char32_t hi) {
  return std::any_of(label.begin(), label.end(), [&](char32_t c) { return c >= lo && c <= hi; });
}

// RFC 5892 Appendix A: the CONTEXTJ (A.1-A.2) and CONTEXTO (A.3-A.9) rules. Returns false
// for code points that are not CONTEXT at all.
bool context_rule_ok(std::u32string_view label, std::size_t pos) {
  char32_t cp = label[pos];
  bool has_before = pos > 0, has_after = pos + 1 < label.size();
  switch (cp) {
    case 0x200C: return zwnj_ok(label, pos);                           // A.1 ZWNJ
    case 0x200D: return has_before && is_virama(label[pos - 1]);       // A.2 ZWJ
    case 0x00B7:                                                        // A.3 MIDDLE DOT
      return has_before && has_after && label[pos - 1] == 'l' && label[pos + 1] == 'l';
    case 0x0375: return has_after && script_of(label[pos + 1]) == Script::kGreek;  // A.4 KERAIA
    case 0x05F3:                                                        // A.5 GERESH
    case 0x05F4: return has_before && script_of(label[pos - 1]) == Script::kHebrew;  // A.6
    case 0x30FB:                                                        // A.7 KATAKANA MIDDLE DOT
      return std::any_of(label.begin(), label.end(), [](char32_t c) {
        Script s = script_of(c);
        return c != 0x30FB && (s == Script::kHiragana || s == Script::kKatakana || s == Script::kHan);
      });
    default: break;
  }
  if (cp >= 0x0660 && cp <= 0x0669) return !contains_range(label, 0x06F0, 0x06F9);  // A.8
  if (cp >= 0x06F0 && cp <= 0x06F9) return !contains_range(label, 0x0660, 0x0669);  // A.9
  return false;
}

bool is_rtl_class(Bidi b) { return b == Bidi::kR || b == Bidi::kAL || b == Bidi::kAN; }

const Decomposition* find_decomposition(char32_t cp) {
  auto table = idna_tables().decomposition;
  auto it = std::lower_bound(table.begin(), table.end(), cp,
                             [](const Decomposition& d, char32_t c) { return d.code_point < c; });
  return it != table.end() && it->code_point == cp ? &*it : nullptr;
}

// The primary composite of (first, second), or 0.
char32_t compose(char32_t first, char32_t second) {
  auto table = idna_tables().composition;
  auto it = std::lower_bound(table.begin(), table.end(), Composition{first, second, 0},
                             [](const Composition& a, const Composition& b) {
                               return a.first != b.first ? a.first < b.first : a.second < b.second;
                             });
  return it != table.end() && it->first == first && it->second == second ? it->composite : 0;
}

}  // namespace

// UAX #15 §3.11: full canonical decomposition, canonical ordering (D108), then canonical
// composition (D117); the label is NFC when nothing changed. Cost O(n^2) on a label of at
// most kMaxULabelCodePoints code points (each decomposes to at most 4).
bool is_nfc(std::u32string_view label) {
  const IdnaTables& t = idna_tables();
  std::u32string d;
  for (char32_t cp : label) {
    if (const Decomposition* dec = find_decomposition(cp)) {
      d.append(t.decomposition_data.data() + dec->offset, dec->length);
    } else {
      d.push_back(cp);
    }
  }
  for (std::size_t i = 1; i < d.size(); ++i) {  // insertion sort of each run of non-starters
    for (std::size_t j = i; j > 0; --j) {
      int a = ccc_of(d[j - 1]), b = ccc_of(d[j]);
      if (b == 0 || a <= b) break;
      std::swap(d[j - 1], d[j]);
    }
  }
  if (d.empty()) return label.empty();
  std::size_t starter = 0, out = 1;
  int last_class = ccc_of(d[0]) == 0 ? 0 : 256;  // a leading non-starter blocks composition
  for (std::size_t i = 1; i < d.size(); ++i) {
    int cls = ccc_of(d[i]);
    char32_t composite = compose(d[starter], d[i]);
    if (composite != 0 && (last_class < cls || last_class == 0)) {
      d[starter] = composite;
      continue;
    }
    if (cls == 0) starter = out;
    last_class = cls;
    d[out++] = d[i];
  }
  d.resize(out);
  return std::u32string_view(d) == label;
}

bool is_u_label(std::u32string_view label) {
  const IdnaTables& t = idna_tables();
  if (label.empty() || label.size() > kMaxULabelCodePoints) return false;
  // RFC 5891 §4.2.3.1: no "--" in the third and fourth positions, no leading/trailing "-".
  if (label.size() >= 4 && label[2] == '-' && label[3] == '-') return false;
  if (label.front() == '-' || label.back() == '-') return false;
  // §4.2.3.2: the label must not begin with a combining mark (General_Category M).
  if (in(t.mark, label.front())) return false;
  // §4.2.2 / RFC 5892 §2-3: PVALID, or CONTEXTJ/CONTEXTO with its rule (§4.2.3.3).
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (!in(t.pvalid, label[i]) && !context_rule_ok(label, i)) return false;
  }
  return is_nfc(label);  // §5.3 / RFC 5890 §2.3.2.1: a U-label is in NFC
}

bool has_rtl(std::u32string_view label) {
  return std::any_of(label.begin(), label.end(), [](char32_t c) { return is_rtl_class(bidi_of(c)); });
}

bool satisfies_bidi_rule(std::u32string_view label) {
  if (label.empty()) return false;
  Bidi first = bidi_of(label.front());
  // 1. The first character must be L, R or AL.
  if (first != Bidi::kL && first != Bidi::kR && first != Bidi::kAL) return false;
  bool rtl = first != Bidi::kL;
  std::size_t end = label.size();  // the last character that is not NSM
  while (end > 0 && bidi_of(label[end - 1]) == Bidi::kNSM) --end;
  if (end == 0) return false;
  Bidi last = bidi_of(label[end - 1]);
  bool has_en = false, has_an = false;
  for (char32_t c : label) {
    Bidi b = bidi_of(c);
    has_en = has_en || b == Bidi::kEN;
    has_an = has_an || b == Bidi::kAN;
    bool common = b == Bidi::kEN || b == Bidi::kES || b == Bidi::kCS || b == Bidi::kET || b == Bidi::kON ||
                  b == Bidi::kBN || b == Bidi::kNSM;
    // 2. RTL labels: R, AL, AN, EN, ES, CS, ET, ON, BN, NSM. 5. LTR labels: L, EN, ES, CS, ET, ON, BN, NSM.
    bool allowed = rtl ? common || b == Bidi::kR || b == Bidi::kAL || b == Bidi::kAN : common || b == Bidi::kL;
    if (!allowed) return false;
  }
  if (rtl) {
    // 3. End with R, AL, EN or AN (then NSMs). 4. Not both EN and AN.
    if (last != Bidi::kR && last != Bidi::kAL && last != Bidi::kEN && last != Bidi::kAN) return false;
    return !(has_en && has_an);
  }
  return last == Bidi::kL || last == Bidi::kEN;  // 6. End with L or EN (then NSMs).
}

}  // namespace yushen::formats::detail
