// Internal to core/formats: the Unicode data behind IDNA2008 label checks (RFC 5892, 5893)
// and the NFC test of U-labels. Generated into idna_tables.cc by gen_idna_tables.py.
// Use formats/registry.h instead. Tested by tests/formats/idna_test.cc.
#pragma once

#include <cstdint>
#include <span>

namespace yushen::formats::detail {

struct CodeRange {
  char32_t lo, hi;  // inclusive
};

struct ValuedRange {
  char32_t lo, hi;  // inclusive
  std::uint8_t value;
};

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
  std::span<const CodeRange> pvalid;        // RFC 5892 PVALID
  std::span<const CodeRange> mark;          // General_Category M (RFC 5891 §5.4 leading mark)
  std::span<const CodeRange> virama;        // Canonical_Combining_Class = Virama (9)
  std::span<const ValuedRange> scripts;     // Script, as enum Script
  std::span<const ValuedRange> joining;     // Joining_Type 'L', 'D', 'R', 'T', 'C'
  std::span<const ValuedRange> bidi;        // Bidi_Class, as enum Bidi
  std::span<const ValuedRange> ccc;         // Canonical_Combining_Class, where nonzero
  std::span<const Decomposition> decomposition;  // full canonical decompositions of PVALID
  std::span<const char32_t> decomposition_data;
  std::span<const Composition> composition;      // primary composites, sorted by (first, second)
};

const IdnaTables& idna_tables();

}  // namespace yushen::formats::detail
