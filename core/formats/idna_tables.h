// Internal to core/formats: the Unicode data behind IDNA2008 label checks (RFC 5892, 5893)
// and the NFC test of U-labels. Generated into idna_tables.cc by gen_idna_tables.py.
// Use formats/registry.h instead. Tested by tests/formats/idna_test.cc.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace yushen::formats::detail {

struct CodeRange {
  char32_t lo, hi;  // inclusive
};

struct ValuedRange {
  char32_t lo, hi;  // inclusive
  std::uint8_t value;
};

// A sorted table of disjoint [lo, hi] ranges (with a value each if `valued`), packed because
// every page downloads it: the ranges in blocks of 16; block b's first range starts at
// block_starts[b] and its bytes at block_offsets[b]. Each range is LEB128 (lo - previous hi,
// left out for a block's first range), LEB128 (hi - lo), then one value byte if `valued`.
// 8.2 KB instead of 28 KB of 32-bit ranges (brotli alone: 4.4 instead of 7.5 KB; the page
// 1.9 KB smaller). A lookup binary-searches the block starts and decodes at most one block
// (idna.cc).
struct PackedRanges {
  std::span<const std::uint8_t> bytes;
  std::span<const char32_t> block_starts;
  std::span<const std::uint16_t> block_offsets;
  bool valued;
};

// The value of the range holding `cp` (1 for a table without values), or `fallback`.
int packed_value(const PackedRanges& table, char32_t cp, int fallback);
// Every range of `table` in order, unpacked (value 1 for a table without values); for tests.
std::vector<ValuedRange> unpack(const PackedRanges& table);

struct Decomposition {
  char32_t code_point;
  std::uint16_t offset;  // into decomposition_data
  std::uint8_t length;
};

struct Composition {
  char32_t first, second, composite;
};

// ValuedRange::value of `scripts` (the scripts RFC 5892 Appendix A names).
enum class Script : std::uint8_t { kOther = 0, kGreek = 1, kHebrew = 2, kHiragana = 3, kKatakana = 4, kHan = 5 };

// ValuedRange::value of `bidi`: the index of the class in this order (UAX #9 Table 4).
enum class Bidi : std::uint8_t {
  kL, kR, kAL, kEN, kES, kET, kAN, kCS, kNSM, kBN, kB, kS, kWS, kON,
  kLRE, kLRO, kRLE, kRLO, kPDF, kLRI, kRLI, kFSI, kPDI,
};

// All tables are sorted by code point. `mark`, `virama`, `scripts`, `joining` and `bidi`
// are exact only for PVALID and CONTEXT code points (ranges may span others); `ccc`,
// `decomposition` and `composition` are exact for every code point they can meet.
struct IdnaTables {
  PackedRanges pvalid;                      // RFC 5892 PVALID
  PackedRanges mark;                        // General_Category M (RFC 5891 §5.4 leading mark)
  PackedRanges virama;                      // Canonical_Combining_Class = Virama (9)
  PackedRanges scripts;                     // Script, as enum Script
  PackedRanges joining;                     // Joining_Type 'L', 'D', 'R', 'T', 'C'
  PackedRanges bidi;                        // Bidi_Class, as enum Bidi
  PackedRanges ccc;                         // Canonical_Combining_Class, where nonzero
  std::span<const Decomposition> decomposition;  // full canonical decompositions of PVALID
  std::span<const char32_t> decomposition_data;
  std::span<const Composition> composition;      // primary composites, sorted by (first, second)
};

const IdnaTables& idna_tables();

}  // namespace yushen::formats::detail
