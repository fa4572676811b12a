// yushen.format and yushen.match for JsonLogic rules.
// Tested by tests/api/rules_test.cc.
#include "api/rules.h"

#include <algorithm>
#include <string>
#include <vector>

#include "formats/registry.h"
#include "pattern/pattern.h"

namespace yushen {
namespace {

Error bad_argument(std::string_view op, int index) {
  return make_error(Code::kLogicBadArgument, "", {{"operator", std::string(op)}, {"index", index}});
}

Result<nlohmann::json> format_op(std::span<const nlohmann::json> args, const logic::Env& env) {
  if (!args[0].is_string()) return bad_argument("yushen.format", 0);
  const formats::FormatEntry* entry = formats::find_format(args[0].get_ref<const std::string&>());
  if (!entry) return bad_argument("yushen.format", 0);
  if (!args[1].is_string()) return nlohmann::json(false);
  formats::FormatContext context;
  if (env.today) {
    context.today_year = env.today->year;
    context.today_month = env.today->month;
    context.today_day = env.today->day;
  }
  formats::FormatResult result = entry->check(args[1].get_ref<const std::string&>(), context);
  return nlohmann::json(result.ok || result.warning);
}

// The compiled pattern for `source`, or nullptr when it does not compile. Compiling costs far
// more than matching a form value, and a template's rules use the same few literal patterns on
// every check (compiling was 9% of a template check in WASM, docs/performance.md), so the
// last kCachedPatterns compiled patterns are kept per thread: no state is shared between
// threads (a Rule stays safe to evaluate from several at once) and memory stays bounded. A
// pattern compiles to the same program every time, so the cache cannot change a result.
const pattern::Regex* compiled_pattern(const std::string& source) {
  constexpr std::size_t kCachedPatterns = 16;
  struct Entry {
    std::string source;
    pattern::Regex regex;
  };
  thread_local std::vector<Entry> cache;  // most recently used last
  for (std::size_t i = cache.size(); i-- > 0;) {
    if (cache[i].source != source) continue;
    if (i + 1 != cache.size()) std::rotate(cache.begin() + static_cast<std::ptrdiff_t>(i),
                                           cache.begin() + static_cast<std::ptrdiff_t>(i) + 1, cache.end());
    return &cache.back().regex;
  }
  auto compiled = pattern::compile(source);
  auto* regex = std::get_if<pattern::Regex>(&compiled);
  if (!regex) return nullptr;
  if (cache.size() == kCachedPatterns) cache.erase(cache.begin());
  cache.push_back({source, std::move(*regex)});
  return &cache.back().regex;
}

Result<nlohmann::json> match_op(std::span<const nlohmann::json> args, const logic::Env&) {
  if (!args[0].is_string()) return bad_argument("yushen.match", 0);
  const pattern::Regex* regex = compiled_pattern(args[0].get_ref<const std::string&>());
  if (!regex) return bad_argument("yushen.match", 0);
  if (!args[1].is_string()) return nlohmann::json(false);
  return nlohmann::json(regex->search(args[1].get_ref<const std::string&>()));
}

logic::Extensions build() {
  logic::Extensions extensions;
  extensions.add("yushen.format", 2, 2, format_op);
  extensions.add("yushen.match", 2, 2, match_op);
  return extensions;
}

}  // namespace

const logic::Extensions& rule_extensions() {
  static const logic::Extensions kExtensions = build();  // immutable after first use
  return kExtensions;
}

}  // namespace yushen
