// Lint rule: a key material (主要材料) may be neither deferred nor replaced by a commitment —
// 黄梅 容缺受理 and 石峰 allow only 次要/非关键性 materials to be missing at acceptance. The
// checker refuses such requests anyway; lint tells the author the list is wrong.
// Entry point: lint_key_materials(). Tested by tests/template/lint_test.cc.
#include "template/lint.h"
#include "template/reader.h"

namespace yushen::tmpl::detail {

void lint_key_materials(const LintInput& input, std::vector<Error>& out) {
  if (!input.json.is_object()) return;
  for (std::string_view policy : {"tolerance", "commitment"}) {
    auto it = input.json.find(policy);
    if (it == input.json.end() || !it->is_object()) continue;
    auto list = it->find("materials");
    if (list == it->end() || !list->is_array()) continue;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const nlohmann::json& id = (*list)[i];
      if (!id.is_string()) continue;
      std::size_t index = input.parsed.material_index(id.get_ref<const std::string&>());
      if (index != Template::npos && input.parsed.materials[index].key) {
        out.push_back(make_error(Code::kTemplateKeyMaterialInPolicy, child(child(child("", policy), "materials"), i),
                                 {{"id", id}}));
      }
    }
  }
}

}  // namespace yushen::tmpl::detail
