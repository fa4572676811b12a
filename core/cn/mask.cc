// mask_identifier(): keeps the ends of an identifier and stars out the middle.
// Tested by tests/cn/mask_test.cc.
#include "cn/mask.h"

#include <algorithm>
#include <cstddef>
#include <vector>

#include "util/utf8.h"

namespace yushen::cn {

std::string mask_identifier(std::string_view value, MaskStyle style) {
  // Split into code points so a multi-byte character is kept or hidden whole.
  std::vector<std::string_view> points;
  for (std::size_t i = 0; i < value.size();) {
    std::size_t start = i;
    decode_utf8(value, i);
    points.push_back(value.substr(start, i - start));
  }
  const std::size_t n = points.size();
  std::size_t front = style == MaskStyle::phone ? 3 : 4;
  std::size_t back = 4;
  if (!(style == MaskStyle::phone && n >= 9)) {
    front = std::min(front, n / 4);
    back = std::min(back, n / 4);
  }
  std::string out;
  out.reserve(value.size());
  for (std::size_t k = 0; k < n; ++k) {
    if (k < front || k >= n - back) {
      out.append(points[k]);
    } else {
      out.push_back('*');
    }
  }
  return out;
}

}  // namespace yushen::cn
