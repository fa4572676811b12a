// uuid: the RFC 4122 §3 string representation, 8-4-4-4-12 hex digits.
// Entry point: check_uuid (formats/checks.h).
// Tested by tests/formats/format_vectors_test.cc (vectors/uuid.json).
#include "formats/checks.h"

namespace yushen::formats::detail {

// UUID = time-low "-" time-mid "-" time-high-and-version "-" clock-seq-and-reserved
// clock-seq-low "-" node; hex digits are case-insensitive on input (RFC 4122 §3). The
// version and variant nibbles are not checked: any 128-bit value has this form.
FormatResult check_uuid(std::string_view value, const FormatContext&) {
  if (value.size() != 36) return verdict(false);
  for (std::size_t i = 0; i < value.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? value[i] != '-' : !is_ascii_hex(value[i])) return verdict(false);
  }
  return verdict(true);
}

}  // namespace yushen::formats::detail
