// Materials: which apply (their `when`, their alternative groups), which the government
// obtains itself by data sharing (免提交: status shared, not asked, files not checked), and the
// files of the rest — type, size, page count, file count, duplicates. Required materials that
// are still missing after deferrals and commitments get check.material_missing.
// Entry points: check_materials(), report_missing(). Tested by tests/check/materials_test.cc.
#include <map>

#include "check/run.h"
#include "util/json_pointer.h"

namespace yushen::check::detail {
namespace {

constexpr int kMaxFiles = 100;  // per material, when the template sets no maxFiles

std::string lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

bool accepted(const std::vector<std::string>& accept, const std::string& type) {
  if (accept.empty()) return true;
  for (const std::string& range : accept) {
    if (range == type) return true;
    if (range.size() > 2 && range.compare(range.size() - 2, 2, "/*") == 0 &&
        type.compare(0, range.size() - 1, range, 0, range.size() - 1) == 0) {
      return true;
    }
  }
  return false;
}

struct FileInfo {
  std::string name, type, sha256;
  std::uint64_t size = 0;
  std::optional<std::uint64_t> pages;
};

std::optional<std::uint64_t> count_value(const Json& value) {
  if (value.is_number_unsigned()) return value.get<std::uint64_t>();
  if (value.is_number_integer() && value.get<std::int64_t>() >= 0) return static_cast<std::uint64_t>(value.get<std::int64_t>());
  return std::nullopt;
}

std::optional<FileInfo> read_file_entry(const Json& file) {
  if (!file.is_object()) return std::nullopt;
  auto name = file.find("name"), type = file.find("type"), size = file.find("size");
  if (name == file.end() || !name->is_string() || type == file.end() || !type->is_string() || size == file.end() ||
      !count_value(*size)) {
    return std::nullopt;
  }
  FileInfo out{name->get<std::string>(), lower(type->get<std::string>()), {}, *count_value(*size), {}};
  if (auto pages = file.find("pages"); pages != file.end() && !pages->is_null()) {
    out.pages = count_value(*pages);
    if (!out.pages) return std::nullopt;
  }
  if (auto sha = file.find("sha256"); sha != file.end() && !sha->is_null()) {
    if (!sha->is_string()) return std::nullopt;
    out.sha256 = lower(sha->get<std::string>());
  }
  return out;
}

// Checks one file; returns false when it makes the material invalid.
bool check_file(Run& run, std::size_t index, const FileInfo& file) {
  const tmpl::Material& m = run.t.materials[index];
  bool ok = true;
  if (file.size == 0) {
    run.add_material_issue(Code::kCheckFileEmpty, index, {{"file", file.name}});
    ok = false;
  }
  if (!accepted(m.accept, file.type)) {
    run.add_material_issue(Code::kCheckFileType, index, {{"file", file.name}, {"accepted", m.accept}});
    ok = false;
  }
  if (m.max_file_size && file.size > *m.max_file_size) {
    run.add_material_issue(Code::kCheckFileTooLarge, index,
                           {{"file", file.name}, {"limit", *m.max_file_size}, {"actual", file.size}});
    ok = false;
  }
  if (m.max_pages && file.pages && *file.pages > static_cast<std::uint64_t>(*m.max_pages)) {
    run.add_material_issue(Code::kCheckFilePages, index, {{"file", file.name}, {"limit", *m.max_pages}, {"actual", *file.pages}});
    ok = false;
  }
  return ok;
}

// Status of a material the applicant uploaded files for: provided or invalid.
Status check_files(Run& run, std::size_t index, const Json& entry, std::map<std::string, std::size_t>& seen) {
  const tmpl::Material& m = run.t.materials[index];
  auto files = entry.is_object() ? entry.find("files") : entry.end();
  if (!entry.is_object() || files == entry.end() || !files->is_array()) {
    run.add_material_issue(Code::kCheckFileBadEntry, index);
    return Status::invalid;
  }
  if (files->empty()) return Status::missing;
  bool ok = true;
  int count = static_cast<int>(files->size());
  int max = m.max_files.value_or(kMaxFiles);
  if (count > max) {
    run.add_material_issue(Code::kCheckTooManyFiles, index, {{"limit", max}, {"actual", count}});
    return Status::invalid;
  }
  if (count < m.min_files) {
    run.add_material_issue(Code::kCheckTooFewFiles, index, {{"limit", m.min_files}, {"actual", count}});
    ok = false;
  }
  bool bad_entry = false;
  for (const Json& file : *files) {
    std::optional<FileInfo> info = read_file_entry(file);
    if (!info) {
      bad_entry = true;
      continue;
    }
    ok = check_file(run, index, *info) && ok;
    if (info->sha256.empty()) continue;
    auto [it, inserted] = seen.emplace(info->sha256, index);
    if (!inserted) {
      run.add_material_issue(Code::kCheckFileDuplicate, index,
                             {{"file", info->name}, {"other", run.t.materials[it->second].name.get(run.locale)}});
    }
  }
  if (bad_entry) run.add_material_issue(Code::kCheckFileBadEntry, index);
  return ok && !bad_entry ? Status::provided : Status::invalid;
}

const Json* manifest_entry(const Run& run, const std::string& id) {
  if (!run.in.manifest) return nullptr;
  auto it = run.in.manifest->find(id);
  return it == run.in.manifest->end() ? nullptr : &*it;
}

void mark_groups(Run& run, std::vector<bool>& grouped) {
  for (const tmpl::Alternative& group : run.t.alternatives) {
    bool applies = run.holds(group.when);
    for (const tmpl::AlternativeSet& set : group.sets) {
      bool offered = applies && run.holds(set.when);
      for (std::size_t m : set.materials) {
        grouped[m] = true;
        if (offered) run.materials[m].in_group = true;
      }
    }
  }
}

}  // namespace

void check_materials(Run& run) {
  std::vector<bool> grouped(run.t.materials.size(), false);
  mark_groups(run, grouped);
  std::map<std::string, std::size_t> seen;  // sha256 -> first material
  for (std::size_t i = 0; i < run.t.materials.size(); ++i) {
    const tmpl::Material& m = run.t.materials[i];
    MaterialState& state = run.materials[i];
    state.applies = run.holds(m.when);
    bool group_only = grouped[i] && !state.in_group && m.requirement == tmpl::Requirement::optional;
    if (!state.applies || group_only) {
      state.status = Status::not_applicable;
    } else if (m.data_sharing && run.ctx.shared.count(m.id)) {
      state.status = Status::shared;
    } else if (const Json* entry = manifest_entry(run, m.id)) {
      state.status = check_files(run, i, *entry, seen);
    } else {
      state.status = Status::missing;
    }
  }
  if (!run.in.manifest) return;
  for (auto it = run.in.manifest->begin(); it != run.in.manifest->end(); ++it) {
    if (run.t.material_index(it.key()) != Template::npos) continue;
    std::string path = "/materials";
    append_pointer_token(path, it.key());
    run.add_path_issue(Code::kCheckMaterialUnknown, std::move(path), {{"id", it.key()}});
  }
}

void report_missing(Run& run) {
  for (std::size_t i = 0; i < run.t.materials.size(); ++i) {
    const MaterialState& state = run.materials[i];
    if (state.status != Status::missing || state.refused) continue;
    if (run.t.materials[i].requirement == tmpl::Requirement::optional) continue;
    run.add_material_issue(Code::kCheckMaterialMissing, i);
  }
}

}  // namespace yushen::check::detail
