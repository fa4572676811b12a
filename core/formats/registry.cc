// The format table: one line per format, sorted at compile time, looked up by binary search.
// Entry points: find_format, all_formats (formats/registry.h).
// Tested by tests/formats/registry_test.cc.
#include "formats/registry.h"

#include <algorithm>
#include <array>

#include "formats/adapters.h"
#include "formats/checks.h"

namespace yushen::formats {
namespace {

using namespace detail;  // NOLINT(google-build-using-namespace): the check functions

// Lines may be added in any order; the table is sorted below.
constexpr FormatEntry kUnsorted[] = {
    // --- JSON Schema 2020-12 §7.3 standard formats ----------------------------------------
    {"date", &check_date},
    {"date-time", &check_date_time},
    {"duration", &check_duration},
    {"email", &check_email},
    {"hostname", &check_hostname},
    {"idn-email", &check_idn_email},
    {"idn-hostname", &check_idn_hostname},
    {"ipv4", &check_ipv4},
    {"ipv6", &check_ipv6},
    {"iri", &check_iri},
    {"iri-reference", &check_iri_reference},
    {"json-pointer", &check_json_pointer},
    {"relative-json-pointer", &check_relative_json_pointer},
    {"time", &check_time},
    {"uri", &check_uri},
    {"uri-reference", &check_uri_reference},
    {"uuid", &check_uuid},
    {"regex", &check_regex},
    // --- Chinese identifiers and values (core/cn/, docs/cn-formats.md) ----------------------
    {"bank-card", &cn_format<&cn::check_bank_card>},
    {"cn-foreign-permanent-id", &cn_format<&cn::check_foreign_permanent_id>},
    {"cn-hk-macao-permit", &cn_format<&cn::check_hk_macao_permit>},
    {"cn-mobile", &cn_format<&cn::check_mobile>},
    {"cn-org-code", &cn_format<&cn::check_org_code>},
    {"cn-passport", &cn_format<&cn::check_passport>},
    {"cn-phone", &cn_format<&cn::check_phone>},
    {"cn-postal-code", &cn_format<&cn::check_postal_code>},
    {"cn-region-code", &cn_format<&cn::check_region_code>},
    {"cn-resident-id", &cn_format<&cn::check_resident_id>},
    {"cn-taiwan-permit", &cn_format<&cn::check_taiwan_permit>},
    {"cn-uscc", &cn_format<&cn::check_uscc>},
};

constexpr std::size_t kCount = std::size(kUnsorted);

// Insertion sort: the table is small and std::sort is not constexpr in clang 14's libc++.
constexpr std::array<FormatEntry, kCount> sorted_table() {
  std::array<FormatEntry, kCount> out{};
  for (std::size_t i = 0; i < kCount; ++i) {
    std::size_t j = i;
    while (j > 0 && kUnsorted[i].name < out[j - 1].name) {
      out[j] = out[j - 1];
      --j;
    }
    out[j] = kUnsorted[i];
  }
  return out;
}

constexpr std::array<FormatEntry, kCount> kTable = sorted_table();

constexpr bool names_unique() {
  for (std::size_t i = 1; i < kCount; ++i) {
    if (kTable[i - 1].name == kTable[i].name) return false;
  }
  return true;
}
static_assert(names_unique(), "a format name is registered twice");

}  // namespace

const FormatEntry* find_format(std::string_view name) {
  const auto* it = std::lower_bound(kTable.begin(), kTable.end(), name,
                                    [](const FormatEntry& e, std::string_view n) { return e.name < n; });
  return it != kTable.end() && it->name == name ? it : nullptr;
}

std::span<const FormatEntry> all_formats() { return kTable; }

}  // namespace yushen::formats
