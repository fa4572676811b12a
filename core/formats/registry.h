// The format registry: the one public header of core/formats. Maps a JSON Schema `format`
// name to its check, e.g. `if (auto* f = find_format("date")) ok = f->check(v, ctx).ok;`.
// The table itself is core/formats/registry.cc; docs/formats.md describes every format.
// Tested by tests/formats/registry_test.cc and tests/formats/format_vectors_test.cc.
#pragma once

#include <span>
#include <string_view>

#include "formats/format.h"

namespace yushen::formats {

// Looks a format up by name; nullptr when unknown (unknown formats are ignored per the spec).
const FormatEntry* find_format(std::string_view name);

// Every registered format, sorted by name (feeds the capabilities manifest).
std::span<const FormatEntry> all_formats();

}  // namespace yushen::formats
