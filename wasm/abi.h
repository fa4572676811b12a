// The C ABI the JS wrapper calls (wasm/api.mjs): strings cross as (pointer, byte length) of
// UTF-8 the wrapper wrote into memory it malloc'd; results come back as a pointer to UTF-8
// held here until the next call, with its length from yushen_result_length(). Why not Embind
// std::string: a 2 KB string cost 28-40 µs through Embind against 6-12 µs this way
// (bench/boundary.mjs), and Embind's runtime was a large part of the download.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "report/codes.h"
#include "report/locale_pack.h"

namespace yushen::wasm {

inline std::string_view text(const char* data, std::uint32_t size) {
  return size == 0 ? std::string_view() : std::string_view(data, size);
}

inline Locale locale_or(const char* data, std::uint32_t size, Locale fallback) {
  return parse_locale(text(data, size)).value_or(fallback);
}

// The locale of errors no caller chose a locale for (a compile that failed, a refused pack):
// en when its pack is installed, else the built-in zh-CN. Codes and params are the same either way.
inline Locale developer_locale() { return locale_available(Locale::en) ? Locale::en : Locale::zh_CN; }

// Keeps `result` until the next call and returns its bytes; the core returns valid UTF-8 only.
const char* give(std::string result);

// Keeps `value` as canonical JSON text (the bytes of dump_json, written by util/json_write
// straight into the kept buffer: nlohmann's serializer was 6% of a template check natively).
const char* give_json(const nlohmann::json& value);

// The buffer give() keeps, for a writer that fills it in place (the schema validate call):
// its capacity is reused, so a stream of results allocates nothing here. Returned empty; a
// buffer grown past 1 MiB by one large result is released first.
std::string& result_buffer();

}  // namespace yushen::wasm
