// The Extensions table: extra operators that other stages register (yushen.format,
// yushen.match, …) without touching the logic stage. Entry points: Extensions::add(), find().
// Tested by tests/logic/extensions_test.cc.
#include "logic/program.h"

namespace yushen::logic {

std::optional<Error> Extensions::add(std::string name, std::size_t min_args, std::size_t max_args,
                                     ExtensionFn fn) {
  if (name.empty() || !fn || min_args > max_args || detail::find_standard_op(name) ||
      detail::find_builtin_extension(name) || find(name)) {
    return make_error(Code::kLogicBadExtension, "", {{"operator", name}});
  }
  entries_.push_back(Entry{std::move(name), min_args, max_args, std::move(fn)});
  return std::nullopt;
}

const Extensions::Entry* Extensions::find(std::string_view name) const {
  for (const Entry& entry : entries_) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

}  // namespace yushen::logic
