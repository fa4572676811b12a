// A constexpr index of a keyword table's rows sorted by name, and the binary search over it:
// a schema object's few members find their rows this way instead of every row being looked
// up in the object. Used by keywords_table.cc (keyword compilers) and dialect.cc (where
// subschemas live). Internal to core/schema.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace yushen::schema {

// Row numbers of `rows` sorted by their `name`; equal names stay in row order. Insertion
// sort: std::sort is not constexpr in clang 14's libc++.
template <class Row, std::size_t N>
constexpr std::array<std::uint8_t, N> rows_by_name(const Row (&rows)[N]) {
  static_assert(N <= 256, "row numbers are bytes");
  std::array<std::uint8_t, N> out{};
  for (std::size_t i = 0; i < N; ++i) {
    std::size_t j = i;
    while (j > 0 && rows[i].name < rows[out[j - 1]].name) {
      out[j] = out[j - 1];
      --j;
    }
    out[j] = static_cast<std::uint8_t>(i);
  }
  return out;
}

// The first position in `index` (from rows_by_name) whose row's name is not less than `name`.
template <class Row, std::size_t N>
constexpr std::size_t lower_bound_by_name(const Row (&rows)[N], const std::array<std::uint8_t, N>& index,
                                          std::string_view name) {
  std::size_t low = 0;
  std::size_t high = N;
  while (low < high) {
    const std::size_t mid = (low + high) / 2;
    if (rows[index[mid]].name < name) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

}  // namespace yushen::schema
