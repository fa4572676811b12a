// Code point range sets: normalize, complement, subtract, contains. Each is O(n) or
// O(n log n) in the number of ranges and allocates only its result.
// Tested by tests/unicode/range_set_test.cc.
#include <algorithm>

#include "unicode/unicode.h"

namespace yushen::unicode {

void normalize(RangeSet& set) {
  std::sort(set.begin(), set.end(),
            [](const CodePointRange& a, const CodePointRange& b) { return a.first < b.first; });
  std::size_t out = 0;
  for (const CodePointRange& r : set) {
    if (out > 0 && r.first <= set[out - 1].last + 1) {
      set[out - 1].last = std::max<char32_t>(set[out - 1].last, r.last);
    } else {
      set[out++] = r;
    }
  }
  set.resize(out);
}

RangeSet complement(std::span<const CodePointRange> set) {
  RangeSet out;
  out.reserve(set.size() + 1);
  char32_t next = 0;  // first code point not yet covered
  for (const CodePointRange& r : set) {
    if (r.first > next) out.push_back({next, r.first - 1});
    next = r.last + 1;
  }
  if (next <= kMaxCodePoint) out.push_back({next, kMaxCodePoint});
  return out;
}

RangeSet subtract(std::span<const CodePointRange> a, std::span<const CodePointRange> b) {
  RangeSet out;
  std::size_t j = 0;
  for (CodePointRange r : a) {
    while (j < b.size() && b[j].last < r.first) ++j;
    // Cut every overlapping range of b out of r; b[k] may also overlap the next r.
    std::size_t k = j;
    while (k < b.size() && b[k].first <= r.last) {
      if (b[k].first > r.first) out.push_back({r.first, b[k].first - 1});
      if (b[k].last >= r.last) {
        r.first = r.last + 1;  // nothing left
        break;
      }
      r.first = std::max<char32_t>(r.first, b[k].last + 1);
      ++k;
    }
    if (r.first <= r.last) out.push_back(r);
  }
  return out;
}

bool contains(std::span<const CodePointRange> set, char32_t cp) {
  auto it = std::upper_bound(set.begin(), set.end(), cp,
                             [](char32_t c, const CodePointRange& r) { return c < r.first; });
  return it != set.begin() && cp <= (it - 1)->last;
}

}  // namespace yushen::unicode
