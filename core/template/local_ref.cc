// Local "$ref" resolution inside the form schema (see local_ref.h).
#include "template/local_ref.h"

#include "util/json_pointer.h"

namespace yushen::tmpl::detail {

const nlohmann::json* resolve_local_ref(const nlohmann::json& root, std::string_view ref, std::string* pointer) {
  if (ref.empty() || ref[0] != '#') return nullptr;
  std::optional<std::string> decoded = percent_decode(ref.substr(1));
  if (!decoded) return nullptr;
  std::optional<std::vector<std::string>> tokens = split_pointer(*decoded);
  if (!tokens) return nullptr;
  const nlohmann::json* node = &root;
  for (const std::string& token : *tokens) {
    if (node->is_object()) {
      auto it = node->find(token);
      if (it == node->end()) return nullptr;
      node = &*it;
    } else if (node->is_array() && is_index_token(token) && std::stoul(token) < node->size()) {
      node = &(*node)[std::stoul(token)];
    } else {
      return nullptr;
    }
  }
  if (pointer) *pointer = std::move(*decoded);
  return node;
}

}  // namespace yushen::tmpl::detail
