// The format names of this stage and the checks behind them (JSON Schema "format").
// Entry points: all_formats(), find_format() in cn/cn.h. Tested by tests/cn/registry_test.cc.
#include "cn/cn.h"

namespace yushen::cn {
namespace {

constexpr FormatEntry kFormats[] = {
    {"cn-resident-id", &check_resident_id},
    {"cn-uscc", &check_uscc},
    {"cn-org-code", &check_org_code},
    {"cn-mobile", &check_mobile},
    {"cn-phone", &check_phone},
    {"cn-postal-code", &check_postal_code},
    {"cn-region-code", &check_region_code},
    {"cn-hk-macao-permit", &check_hk_macao_permit},
    {"cn-taiwan-permit", &check_taiwan_permit},
    {"cn-foreign-permanent-id", &check_foreign_permanent_id},
    {"cn-passport", &check_passport},
    {"bank-card", &check_bank_card},
};

}  // namespace

std::span<const FormatEntry> all_formats() { return kFormats; }

CheckFn find_format(std::string_view name) {
  for (const FormatEntry& entry : kFormats) {
    if (entry.name == name) return entry.check;
  }
  return nullptr;
}

}  // namespace yushen::cn
