// Template compile: materials (申请材料: requirement, 主要/次要, accepted types, size, count and
// page limits, data sharing 免提交) and alternative groups (any one set of materials
// satisfies the group, optionally by stage, as in 衡阳 分阶段施工许可).
// Entry point: parse_materials(). Tested by tests/template/compile_test.cc.
#include <set>

#include "template/parse.h"

namespace yushen::tmpl::detail {
namespace {

// "type/subtype" or "type/*", lower case, as file sniffers report types.
bool is_media_range(std::string_view text) {
  std::size_t slash = text.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == text.size()) return false;
  auto token = [](std::string_view part) {
    for (char c : part) {
      bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-';
      if (!ok) return false;
    }
    return true;
  };
  std::string_view sub = text.substr(slash + 1);
  return token(text.substr(0, slash)) && (sub == "*" || token(sub));
}

std::optional<Requirement> parse_requirement(Reader& reader, const Json& item, const std::string& at) {
  std::optional<std::string> name = reader.string(item, "requirement", at, true);
  if (!name) return std::nullopt;
  if (*name == "required") return Requirement::required;
  if (*name == "conditional") return Requirement::conditional;
  if (*name == "optional") return Requirement::optional;
  reader.fail(Code::kTemplateBadValue, child(at, "requirement"), {{"allowed", "required | conditional | optional"}});
  return std::nullopt;
}

std::optional<bool> parse_importance(Reader& reader, const Json& item, const std::string& at) {
  std::optional<std::string> name = reader.string(item, "importance", at, true);
  if (!name) return std::nullopt;
  if (*name == "key") return true;
  if (*name == "secondary") return false;
  reader.fail(Code::kTemplateBadValue, child(at, "importance"), {{"allowed", "key | secondary"}});
  return std::nullopt;
}

void parse_files(Reader& reader, const Json& item, const std::string& at, Material& out) {
  if (const Json* accept = reader.array(item, "accept", at, false, 50)) {
    for (std::size_t i = 0; i < accept->size(); ++i) {
      const Json& type = (*accept)[i];
      if (type.is_string() && is_media_range(type.get_ref<const std::string&>())) {
        out.accept.push_back(type.get<std::string>());
      } else {
        reader.fail(Code::kTemplateBadValue, child(child(at, "accept"), i), {{"allowed", "type/subtype | type/*"}});
      }
    }
  }
  if (auto size = reader.integer(item, "maxFileSize", at, 1, 1LL << 40)) out.max_file_size = static_cast<std::uint64_t>(*size);
  if (auto min = reader.integer(item, "minFiles", at, 0, 100)) out.min_files = static_cast<int>(*min);
  if (auto max = reader.integer(item, "maxFiles", at, 1, 100)) out.max_files = static_cast<int>(*max);
  if (auto pages = reader.integer(item, "maxPages", at, 1, 100000)) out.max_pages = static_cast<int>(*pages);
  if (out.max_files && *out.max_files < out.min_files) {
    reader.fail(Code::kTemplateBadValue, child(at, "maxFiles"), {{"allowed", ">= minFiles"}});
  }
}

std::optional<Material> parse_material(Reader& reader, const Json& item, const std::string& at) {
  if (!reader.object(item, at)) return std::nullopt;
  reader.members(item, at, {"id", "name", "requirement", "when", "importance", "accept", "maxFileSize",
                            "minFiles", "maxFiles", "maxPages", "dataSharing"});
  Material out;
  std::optional<std::string> id = reader.id(item, "id", at);
  std::optional<Text> name = reader.text(item, "name", at, true);
  std::optional<Requirement> requirement = parse_requirement(reader, item, at);
  std::optional<bool> key = parse_importance(reader, item, at);
  parse_files(reader, item, at, out);
  if (reader.get(item, "when", at, requirement == Requirement::conditional)) out.when = reader.logic(item, "when", at, true);
  out.data_sharing = reader.boolean(item, "dataSharing", at).value_or(false);
  // With a valid id the material is kept even when other members are wrong (their errors are
  // recorded and fail the compile), so references to it do not cascade into more errors.
  if (!id) return std::nullopt;
  out.id = *id;
  if (name) out.name = *name;
  if (requirement) out.requirement = *requirement;
  if (key) out.key = *key;
  return out;
}

std::optional<AlternativeSet> parse_set(Reader& reader, const Json& item, const std::string& at,
                                        const Template& t) {
  if (!reader.object(item, at)) return std::nullopt;
  reader.members(item, at, {"materials", "when"});
  AlternativeSet out;
  bool ok = true;
  std::vector<std::string> ids = reader.id_list(item, "materials", at, true);
  if (ids.empty() && reader.get(item, "materials", at, false)) {
    reader.fail(Code::kTemplateRequired, child(at, "materials"), {{"member", "0"}});
    ok = false;
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    std::size_t index = t.material_index(ids[i]);
    if (index == Template::npos) {
      reader.fail(Code::kTemplateUnknownMaterial, child(child(at, "materials"), i), {{"id", ids[i]}});
      ok = false;
    } else {
      out.materials.push_back(index);
    }
  }
  if (reader.get(item, "when", at, false)) {
    out.when = reader.logic(item, "when", at, true);
    ok = ok && out.when.has_value();
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<Alternative> parse_alternative(Reader& reader, const Json& item, const std::string& at,
                                             const Template& t) {
  if (!reader.object(item, at)) return std::nullopt;
  reader.members(item, at, {"id", "name", "when", "sets"});
  std::optional<std::string> id = reader.id(item, "id", at);
  std::optional<Text> name = reader.text(item, "name", at, true);
  std::optional<logic::Rule> when;
  bool ok = true;
  if (reader.get(item, "when", at, false)) {
    when = reader.logic(item, "when", at, true);
    ok = when.has_value();
  }
  std::vector<AlternativeSet> sets;
  if (const Json* list = reader.array(item, "sets", at, true, reader.limits().max_sets)) {
    if (list->size() < 2) {
      reader.fail(Code::kTemplateBadValue, child(at, "sets"), {{"allowed", "2..20 sets"}});
      ok = false;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
      std::optional<AlternativeSet> set = parse_set(reader, (*list)[i], child(child(at, "sets"), i), t);
      if (set) sets.push_back(std::move(*set));
      else ok = false;
    }
  } else {
    ok = false;
  }
  if (!id || !name || !ok) return std::nullopt;
  return Alternative{*id, *name, std::move(when), std::move(sets)};
}

}  // namespace

void parse_materials(Reader& reader, const Json& json, Template& out) {
  std::set<std::string, std::less<>> seen;
  if (const Json* materials = reader.array(json, "materials", "", true, reader.limits().max_materials)) {
    for (std::size_t i = 0; i < materials->size(); ++i) {
      std::string at = child("/materials", i);
      std::optional<Material> material = parse_material(reader, (*materials)[i], at);
      if (!material) continue;
      if (!seen.insert(material->id).second) {
        reader.fail(Code::kTemplateDuplicateId, child(at, "id"), {{"id", material->id}});
        continue;
      }
      out.materials.push_back(std::move(*material));
    }
  }
  const Json* alternatives = reader.array(json, "alternatives", "", false, reader.limits().max_alternatives);
  if (!alternatives) return;
  for (std::size_t i = 0; i < alternatives->size(); ++i) {
    std::string at = child("/alternatives", i);
    std::optional<Alternative> group = parse_alternative(reader, (*alternatives)[i], at, out);
    if (!group) continue;
    if (!seen.insert(group->id).second) {
      reader.fail(Code::kTemplateDuplicateId, child(at, "id"), {{"id", group->id}});
      continue;
    }
    out.alternatives.push_back(std::move(*group));
  }
}

}  // namespace yushen::tmpl::detail
