// Document registry: indexes identifiers (JSON Schema 2020-12 Core §8.2, draft-07 Core §8)
// and resolves URIs to locations, loading documents through the caller's resolver.
// Tested by tests/schema/registry_test.cc and the JSON Schema suite.
#include "schema/registry.h"

#include <string_view>
#include <utility>

#include "doc/document.h"
#include "report/json_read_error.h"
#include "util/json_pointer.h"
#include "util/uri.h"

namespace yushen::embedded {
extern const std::pair<std::string_view, std::string_view> kMetaschemas[];
extern const unsigned kMetaschemas_count;
}  // namespace yushen::embedded

namespace yushen::schema {
namespace {

// Bundled metaschemas by their canonical URI (files in core/schema/metaschemas/).
std::optional<std::string_view> bundled_metaschema(std::string_view uri) {
  struct Row { std::string_view uri, file; };
  static constexpr Row kRows[] = {
      {"https://json-schema.org/draft/2020-12/schema", "draft2020-12-schema.json"},
      {"https://json-schema.org/draft/2020-12/meta/applicator", "draft2020-12-meta-applicator.json"},
      {"https://json-schema.org/draft/2020-12/meta/content", "draft2020-12-meta-content.json"},
      {"https://json-schema.org/draft/2020-12/meta/core", "draft2020-12-meta-core.json"},
      {"https://json-schema.org/draft/2020-12/meta/format-annotation", "draft2020-12-meta-format-annotation.json"},
      {"https://json-schema.org/draft/2020-12/meta/meta-data", "draft2020-12-meta-meta-data.json"},
      {"https://json-schema.org/draft/2020-12/meta/unevaluated", "draft2020-12-meta-unevaluated.json"},
      {"https://json-schema.org/draft/2020-12/meta/validation", "draft2020-12-meta-validation.json"},
      {"http://json-schema.org/draft-07/schema", "draft-07-schema.json"},
  };
  for (const Row& row : kRows) {
    if (row.uri != uri) continue;
    for (unsigned i = 0; i < embedded::kMetaschemas_count; ++i) {
      if (embedded::kMetaschemas[i].first == row.file) return embedded::kMetaschemas[i].second;
    }
  }
  return std::nullopt;
}

std::uint32_t default_vocabularies(Dialect dialect) {
  return dialect == Dialect::draft7 ? kVocabDraft7 : kVocab2020Default;
}

std::string without_fragment(std::string_view uri) { return split_fragment(uri).uri; }

}  // namespace

Registry::Registry(Resolver resolver, JsonLimits limits, Dialect default_dialect)
    : resolver_(std::move(resolver)), limits_(limits), default_dialect_(default_dialect) {}

std::optional<std::string> Registry::load_text(const std::string& uri) {
  if (auto bundled = bundled_metaschema(uri)) return std::string(*bundled);
  if (resolver_) return resolver_(uri);
  return std::nullopt;
}

Result<std::uint32_t> Registry::add_document(nlohmann::json root, const std::string& uri,
                                             std::optional<Dialect> inherited) {
  auto doc = static_cast<std::uint32_t>(documents_.size());
  Document& added = documents_.emplace_back(Document{std::move(root), nullptr, uri});
  added.root = &added.owned;
  return index_document(doc, inherited);
}

Result<std::uint32_t> Registry::add_borrowed_document(const nlohmann::json& root, const std::string& uri) {
  auto doc = static_cast<std::uint32_t>(documents_.size());
  documents_.push_back(Document{nullptr, &root, uri});
  return index_document(doc, std::nullopt);
}

Result<std::uint32_t> Registry::index_document(std::uint32_t doc, std::optional<Dialect> inherited) {
  const std::string& uri = documents_[doc].uri;
  Location here{doc, ""};
  if (!uri.empty() && !uris_.count(uri)) uris_[uri] = here;
  LocationInfo info;
  info.base_uri = uri;
  info.dialect = inherited.value_or(default_dialect_);
  info.vocabularies = default_vocabularies(info.dialect);
  info.resource = static_cast<std::uint32_t>(resources_.size());
  resources_.push_back(ResourceEntry{uri, here, {}});
  if (auto error = index(doc, "", *documents_[doc].root, info, 0)) return *error;
  return doc;
}

Result<LocationInfo> Registry::dialect_of(const nlohmann::json& node, LocationInfo info, const std::string& pointer) {
  auto it = node.find("$schema");
  if (it == node.end() || !it->is_string()) return info;
  // $schema is only meaningful at a resource root (2020-12 Core §8.1.1).
  if (!pointer.empty() && !node.contains("$id")) return info;
  const std::string& uri = it->get_ref<const std::string&>();
  if (auto dialect = known_dialect(uri)) {
    info.dialect = *dialect;
    info.vocabularies = default_vocabularies(*dialect);
    return info;
  }
  auto vocabularies = vocabularies_of_metaschema(without_fragment(uri));
  if (!vocabularies.ok()) return vocabularies.error();
  info.dialect = Dialect::draft2020_12;
  info.vocabularies = vocabularies.value();
  return info;
}

Result<std::uint32_t> Registry::vocabularies_of_metaschema(const std::string& uri) {
  auto cached = metaschema_vocabularies_.find(uri);
  if (cached != metaschema_vocabularies_.end()) return cached->second;
  std::optional<std::string> text = load_text(uri);
  if (!text) return make_error(Code::kSchemaUnknownDialect, "/$schema", {{"uri", uri}});
  JsonRead read = doc::read_json_fast(*text, limits_);
  if (read.error != JsonReadError::none) return json_read_error(read, limits_, text->size(), uri);
  std::uint32_t vocabularies = kVocab2020Default;
  auto declared = read.value.find("$vocabulary");
  if (declared != read.value.end() && declared->is_object()) {
    vocabularies = kVocabCore;
    for (auto member = declared->begin(); member != declared->end(); ++member) {
      auto bit = known_vocabulary(member.key());
      if (bit) {
        vocabularies |= *bit;
      } else if (member.value() == true) {
        return make_error(Code::kSchemaRequiredVocabulary, "/$schema", {{"vocabulary", member.key()}});
      }
    }
  }
  metaschema_vocabularies_[uri] = vocabularies;
  return vocabularies;
}

void Registry::apply_identifiers(const nlohmann::json& node, LocationInfo& info, const Location& here) {
  auto id = node.find("$id");
  if (id != node.end() && id->is_string()) {
    const std::string& text = id->get_ref<const std::string&>();
    if (info.dialect == Dialect::draft7 && !text.empty() && text[0] == '#') {
      anchors_[without_fragment(info.base_uri) + text] = here;  // plain-name fragment
    } else {
      UriAndFragment resolved = split_fragment(resolve_uri(info.base_uri, text));
      if (info.dialect == Dialect::draft7 && !resolved.fragment.empty()) {
        anchors_[resolved.uri + "#" + resolved.fragment] = here;
      }
      info.base_uri = resolved.uri;
      if (!uris_.count(resolved.uri)) uris_[resolved.uri] = here;
      info.resource = static_cast<std::uint32_t>(resources_.size());
      resources_.push_back(ResourceEntry{resolved.uri, here, {}});
    }
  }
  if (info.dialect != Dialect::draft2020_12) return;
  auto anchor = node.find("$anchor");
  if (anchor != node.end() && anchor->is_string()) {
    anchors_[without_fragment(info.base_uri) + "#" + anchor->get<std::string>()] = here;
  }
  auto dynamic = node.find("$dynamicAnchor");
  if (dynamic != node.end() && dynamic->is_string()) {
    std::string key = without_fragment(info.base_uri) + "#" + dynamic->get<std::string>();
    anchors_[key] = here;
    dynamic_anchor_uris_.insert(key);
    resources_[info.resource].dynamic_anchors[dynamic->get<std::string>()] = here;
  }
}

std::optional<Error> Registry::index(std::uint32_t doc, const std::string& pointer, const nlohmann::json& node,
                                     LocationInfo info, std::size_t depth) {
  if (depth > limits_.max_depth) return make_error(Code::kJsonTooDeep, pointer, {{"limit", limits_.max_depth}});
  Location here{doc, pointer};
  if (node.is_object()) {
    auto with_dialect = dialect_of(node, info, pointer);
    if (!with_dialect.ok()) return with_dialect.error();
    info = with_dialect.value();
    // draft-07: a $ref makes every sibling keyword, $id included, ignored (Core §8.3).
    if (info.dialect == Dialect::draft7 && node.contains("$ref")) {
      infos_[here] = info;
      return std::nullopt;
    }
    apply_identifiers(node, info, here);
  }
  infos_[here] = info;
  std::optional<Error> failure;
  for_each_subschema(node, info.dialect,
                     [&](std::string_view keyword, std::string_view token, bool indexed, const nlohmann::json& sub) {
                       if (failure) return;
                       std::string child = pointer;
                       append_pointer_token(child, keyword);
                       if (indexed) append_pointer_token(child, token);
                       failure = index(doc, child, sub, info, depth + 1);
                     });
  return failure;
}

Result<Location> Registry::resolve(const std::string& absolute_uri, std::optional<Dialect> inherited) {
  UriAndFragment target = split_fragment(absolute_uri);
  auto found = uris_.find(target.uri);
  if (found == uris_.end()) {
    std::optional<std::string> text = load_text(target.uri);
    if (!text) return make_error(Code::kSchemaUnresolvedRef, "", {{"ref", absolute_uri}});
    JsonRead read = doc::read_json_fast(*text, limits_);
    if (read.error != JsonReadError::none) return json_read_error(read, limits_, text->size(), target.uri);
    auto added = add_document(std::move(read.value), target.uri, inherited);
    if (!added.ok()) return added.error();
    found = uris_.find(target.uri);
    if (found == uris_.end()) return make_error(Code::kSchemaUnresolvedRef, "", {{"ref", absolute_uri}});
  }
  Location root = found->second;
  if (target.fragment.empty()) return root;
  if (target.fragment[0] == '/') {
    std::optional<std::string> decoded = percent_decode(target.fragment);
    if (!decoded) return make_error(Code::kSchemaUnresolvedRef, "", {{"ref", absolute_uri}});
    Location location{root.doc, root.pointer + *decoded};
    if (!at(location)) return make_error(Code::kSchemaUnresolvedRef, "", {{"ref", absolute_uri}});
    return location;
  }
  auto anchor = anchors_.find(target.uri + "#" + target.fragment);
  if (anchor == anchors_.end()) return make_error(Code::kSchemaUnresolvedRef, "", {{"ref", absolute_uri}});
  return anchor->second;
}

const nlohmann::json* Registry::at(const Location& location) const {
  if (location.doc >= documents_.size()) return nullptr;
  const nlohmann::json* node = documents_[location.doc].root;
  auto tokens = split_pointer(location.pointer);
  if (!tokens) return nullptr;
  for (const std::string& token : *tokens) {
    if (node->is_object()) {
      auto it = node->find(token);
      if (it == node->end()) return nullptr;
      node = &*it;
    } else if (node->is_array()) {
      if (token.empty() || token.size() > 9) return nullptr;
      std::size_t index = 0;
      for (char c : token) {
        if (c < '0' || c > '9') return nullptr;
        index = index * 10 + static_cast<std::size_t>(c - '0');
      }
      if (token.size() > 1 && token[0] == '0') return nullptr;
      if (index >= node->size()) return nullptr;
      node = &(*node)[index];
    } else {
      return nullptr;
    }
  }
  return node;
}

Result<LocationInfo> Registry::info(const Location& location) {
  auto found = infos_.find(location);
  if (found != infos_.end()) return found->second;
  // Not indexed: start from the nearest indexed ancestor and apply identifiers on the way.
  auto tokens = split_pointer(location.pointer);
  if (!tokens) return make_error(Code::kSchemaUnresolvedRef, location.pointer, {{"ref", location.pointer}});
  LocationInfo current = infos_[Location{location.doc, ""}];
  std::string prefix;
  for (const std::string& token : *tokens) {
    append_pointer_token(prefix, token);
    Location step{location.doc, prefix};
    auto known = infos_.find(step);
    if (known != infos_.end()) {
      current = known->second;
      continue;
    }
    const nlohmann::json* node = at(step);
    if (node && node->is_object()) {
      auto id = node->find("$id");
      if (id != node->end() && id->is_string() && !(current.dialect == Dialect::draft7 && node->contains("$ref"))) {
        current.base_uri = split_fragment(resolve_uri(current.base_uri, id->get<std::string>())).uri;
      }
    }
  }
  infos_[location] = current;
  return current;
}

bool Registry::is_dynamic_anchor(const std::string& uri_with_fragment) const {
  return dynamic_anchor_uris_.count(uri_with_fragment) > 0;
}

}  // namespace yushen::schema
