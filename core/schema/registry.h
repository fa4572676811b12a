// The schema documents a compile sees, and where every identifier points: `$id`s,
// `$anchor`s, `$dynamicAnchor`s and JSON Pointer fragments. Remote documents come from the
// caller's resolver (the core never touches a network or disk) or the bundled metaschemas.
// Internal to core/schema; use schema/compiler.h.
// Tested by tests/schema/registry_test.cc and the JSON Schema suite.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "report/error.h"
#include "schema/dialect.h"
#include "util/json_text.h"

namespace yushen::schema {

// Returns the JSON text of the document at `uri` (no fragment), or nullopt if unknown.
using Resolver = std::function<std::optional<std::string>(const std::string& uri)>;

struct Location {
  std::uint32_t doc = 0;
  std::string pointer;  // JSON Pointer from the document root
  bool operator<(const Location& other) const {
    return doc != other.doc ? doc < other.doc : pointer < other.pointer;
  }
};

// What holds at a schema location: its base URI, dialect, vocabularies and resource.
struct LocationInfo {
  std::string base_uri;
  Dialect dialect = Dialect::draft2020_12;
  std::uint32_t vocabularies = kVocab2020Default;
  std::uint32_t resource = 0;
};

struct ResourceEntry {
  std::string uri;
  Location root;
  std::map<std::string, Location> dynamic_anchors;
};

class Registry {
 public:
  Registry(Resolver resolver, JsonLimits limits, Dialect default_dialect);

  // Adds and indexes a document. `uri` is its retrieval URI (no fragment).
  Result<std::uint32_t> add_document(nlohmann::json root, const std::string& uri,
                                     std::optional<Dialect> inherited = std::nullopt);
  // The same for a document the caller keeps alive as long as the registry (the root schema
  // of a compile): it is read in place, not copied.
  Result<std::uint32_t> add_borrowed_document(const nlohmann::json& root, const std::string& uri);

  // Resolves an absolute URI, possibly with a fragment, to a location; loads documents
  // through the resolver or the bundled metaschemas when needed.
  Result<Location> resolve(const std::string& absolute_uri, std::optional<Dialect> inherited);

  // The schema JSON at a location; nullptr if the pointer does not exist.
  const nlohmann::json* at(const Location& location) const;

  // Information for a location. Locations reached only through a JSON Pointer (inside an
  // unknown keyword, say) are computed by walking down from the document root.
  Result<LocationInfo> info(const Location& location);

  // True if `uri#name` is a $dynamicAnchor (not a plain $anchor).
  bool is_dynamic_anchor(const std::string& uri_with_fragment) const;

  const std::vector<ResourceEntry>& resources() const { return resources_; }
  const std::string& document_uri(std::uint32_t doc) const { return documents_[doc].uri; }

 private:
  struct Document {
    nlohmann::json owned;  // null when borrowed
    const nlohmann::json* root;  // &owned, or the caller's document
    std::string uri;
  };

  Result<std::uint32_t> index_document(std::uint32_t doc, std::optional<Dialect> inherited);

  std::optional<Error> index(std::uint32_t doc, const std::string& pointer, const nlohmann::json& node,
                             LocationInfo info, std::size_t depth);
  Result<LocationInfo> dialect_of(const nlohmann::json& node, LocationInfo inherited, const std::string& pointer);
  Result<std::uint32_t> vocabularies_of_metaschema(const std::string& metaschema_uri);
  std::optional<std::string> load_text(const std::string& uri);
  void apply_identifiers(const nlohmann::json& node, LocationInfo& info, const Location& here);

  Resolver resolver_;
  JsonLimits limits_;
  Dialect default_dialect_;
  std::deque<Document> documents_;  // deque: Document::root and compiled code point into documents
  std::map<std::string, Location> uris_;     // resource URI (no fragment) -> location
  std::map<std::string, Location> anchors_;  // "uri#name" -> location
  std::set<std::string> dynamic_anchor_uris_;
  std::map<Location, LocationInfo> infos_;
  std::vector<ResourceEntry> resources_;
  std::map<std::string, std::uint32_t> metaschema_vocabularies_;
};

}  // namespace yushen::schema
