// Locale packs (locale_pack.h): validation, the install-once registry and message lookup.
// The registry is the core's only mutable global: one atomic pointer per locale, set once to
// a complete pack built before publication and never replaced or freed, so a reader sees no
// pack or a whole immutable one (acquire/release), and a compiled plan stays shareable.
// Tested by tests/report/locale_pack_test.cc and tests/report/lean/locale_pack_lean_test.cc.
#include "report/locale_pack.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "report/message.h"
#include "util/json_text.h"

namespace yushen {
namespace {

struct LocalePack {
  std::vector<std::string> messages;  // indexed by Code
};

std::array<std::atomic<const LocalePack*>, 3> g_packs{};

std::string compute_hash() {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a 64
  auto mix = [&hash](std::string_view bytes) {
    for (unsigned char c : bytes) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
  };
  for (const CodeInfo& row : all_codes()) {
    mix(row.id);
    mix("\t");
    mix(row.params);
    mix("\n");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<std::size_t>(i)] = kHex[hash & 15];
  return out;
}

// The placeholders of a message as append_template (message.h) reads them, filters included.
std::set<std::string_view> placeholders(std::string_view text) {
  std::set<std::string_view> out;
  scan_template(text, [](std::string_view) {}, [&](std::string_view placeholder, std::string_view) { out.insert(placeholder); });
  return out;
}

Error invalid(Locale locale, std::string_view what, std::string_view id = {}) {
  return make_error(Code::kLocalePackInvalid, "",
                    {{"locale", std::string(locale_tag(locale))}, {"what", std::string(what)}, {"id", std::string(id)}});
}

const std::string* string_member(const nlohmann::json& object, std::string_view key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
}

// The pack's messages in table order, or why the pack is refused.
Result<std::unique_ptr<LocalePack>> read_pack(Locale locale, std::string_view json_text) {
  JsonRead read = read_json(json_text);
  if (read.error != JsonReadError::none || !read.value.is_object()) return invalid(locale, "json");
  const nlohmann::json& pack = read.value;
  auto format = pack.find("format");
  const std::string* codes = string_member(pack, "codes");
  const bool format_ok = format != pack.end() && *format == kLocalePackFormat;
  if (!format_ok || !codes || *codes != code_table_hash()) {
    // What the pack says it is: its format when that is the problem, else its table hash.
    const std::string actual = !format_ok ? "format " + dump_json(format == pack.end() ? nlohmann::json() : *format)
                               : codes    ? *codes
                                          : "";
    return make_error(Code::kLocalePackStale, "",
                      {{"locale", std::string(locale_tag(locale))}, {"expected", std::string(code_table_hash())}, {"actual", actual}});
  }
  const std::string* tag = string_member(pack, "locale");
  if (!tag || *tag != locale_tag(locale) || locale == Locale::zh_CN) {
    return invalid(locale, "locale", tag ? *tag : "");
  }
  auto messages = pack.find("messages");
  if (messages == pack.end() || !messages->is_object()) return invalid(locale, "messages");
  auto out = std::make_unique<LocalePack>();
  out->messages.reserve(all_codes().size());
  for (const CodeInfo& row : all_codes()) {
    const std::string* text = string_member(*messages, row.id);
    if (!text) return invalid(locale, "missing", row.id);
    if (text->empty()) return invalid(locale, "empty", row.id);
    if (placeholders(*text) != placeholders(row.message[0])) return invalid(locale, "placeholders", row.id);
    out->messages.push_back(*text);
  }
  if (messages->size() != all_codes().size()) {
    for (auto it = messages->begin(); it != messages->end(); ++it) {
      if (!find_code(it.key())) return invalid(locale, "unknown", it.key());
    }
  }
  return out;
}

}  // namespace

std::string_view code_table_hash() {
  static const std::string hash = compute_hash();
  return hash;
}

std::optional<Error> install_locale_pack(Locale locale, std::string_view json_text) {
  Result<std::unique_ptr<LocalePack>> read = read_pack(locale, json_text);
  if (!read.ok()) return read.error();
  const LocalePack* none = nullptr;
  auto& slot = g_packs[static_cast<std::size_t>(locale)];
  // Published once and kept for the life of the process (never freed: readers hold views).
  if (slot.compare_exchange_strong(none, read.value().get(), std::memory_order_acq_rel)) read.value().release();
  return std::nullopt;
}

std::optional<std::string_view> message_text(Code code, Locale locale) {
  std::string_view built_in = code_info(code).message[static_cast<std::size_t>(locale)];
  if (!built_in.empty()) return built_in;
  const LocalePack* pack = g_packs[static_cast<std::size_t>(locale)].load(std::memory_order_acquire);
  if (!pack) return std::nullopt;
  return std::string_view(pack->messages[static_cast<std::size_t>(code)]);
}

bool locale_available(Locale locale) {
  return !code_info(Code::kJsonSyntax).message[static_cast<std::size_t>(locale)].empty() ||
         g_packs[static_cast<std::size_t>(locale)].load(std::memory_order_acquire) != nullptr;
}

std::optional<Error> require_locale(Locale locale) {
  if (locale_available(locale)) return std::nullopt;
  return make_error(Code::kLocaleNotLoaded, "", {{"locale", std::string(locale_tag(locale))}});
}

}  // namespace yushen
