// The compiler's working state, shared by the keyword compilers (keywords_*.cc).
// Internal to core/schema; use schema/compiler.h.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "plan/plan.h"
#include "schema/compiler.h"
#include "schema/registry.h"

namespace yushen::schema {

class Compiler;

// What a keyword compiler sees: its schema object, where it is, and how to emit code.
class KeywordContext {
 public:
  // `display_path` and `absolute_path` are where this schema is, as the reports name it
  // (Compiler::display_path, Compiler::absolute_location): computed once per node, each
  // keyword's paths extend them.
  KeywordContext(Compiler& compiler, const nlohmann::json& schema, Location location, LocationInfo info,
                 std::string display_path, std::string absolute_path, std::vector<plan::Instruction>& out)
      : compiler_(compiler),
        schema_(schema),
        location_(std::move(location)),
        info_(std::move(info)),
        display_path_(std::move(display_path)),
        absolute_path_(std::move(absolute_path)),
        out_(out) {}

  const nlohmann::json& schema() const { return schema_; }
  const LocationInfo& info() const { return info_; }
  const Location& location() const { return location_; }
  Dialect dialect() const { return info_.dialect; }
  bool has_vocabulary(std::uint32_t bit) const { return (info_.vocabularies & bit) != 0; }
  plan::Plan& plan();
  const CompileOptions& options() const;
  Registry& registry();
  // Index of the already compiled regex for `source` in plan().regexes, if any: a schema
  // that repeats a pattern (a mobile number per contact) compiles it once and the plan
  // shares one program (and its lazily built DFA) between every place that uses it.
  std::optional<std::uint32_t> known_regex(std::string_view source) const;
  void remember_regex(std::string_view source, std::uint32_t index);

  // The instruction with `op` this node emitted so far, if any (for keywords that read
  // their siblings, like additionalProperties reading properties).
  const plan::Instruction* emitted(plan::Op op) const {
    for (const plan::Instruction& in : out_) {
      if (in.op == op) return &in;
    }
    return nullptr;
  }

  // The node for a subschema physically inside this one, at keyword[/token].
  plan::NodeId child(std::string_view keyword, std::optional<std::string_view> token = std::nullopt);
  // The node a reference points to, resolved against this location's base URI.
  Result<plan::NodeId> reference(std::string_view reference, std::string* resolved_uri = nullptr);

  // Appends an instruction and its reporting data; returns the instruction's index.
  void emit(plan::Instruction instruction, std::string_view keyword, nlohmann::json params = nlohmann::json::object());

  // An error located at this schema's keyword.
  Error bad_keyword(std::string_view keyword, std::string_view expected) const;
  Error error_at(Code code, std::string_view keyword, nlohmann::json params) const;

  std::string pointer_to(std::string_view keyword) const;

 private:
  Compiler& compiler_;
  const nlohmann::json& schema_;
  Location location_;
  LocationInfo info_;
  std::string display_path_;
  std::string absolute_path_;
  std::vector<plan::Instruction>& out_;
};

// The params object {name: value} of an instruction, built member by member: nlohmann's
// initializer-list constructor ({{"type", value}}) inspects every element and copies each
// value twice, which was the largest cost of compiling a plain `type` keyword.
inline nlohmann::json params_of(std::string_view name, nlohmann::json value) {
  nlohmann::json params(nlohmann::json::value_t::object);
  params.emplace(name, std::move(value));
  return params;
}

using KeywordFn = std::optional<Error> (*)(KeywordContext& context, const nlohmann::json& value);

struct KeywordEntry {
  std::string_view name;
  std::uint32_t vocabulary;  // the keyword compiles only when this vocabulary is on
  bool in_2020;
  bool in_draft7;
  KeywordFn compile;
};

// The keyword registry, in evaluation order (keywords_table.cc).
std::span<const KeywordEntry> keyword_table();
// The row of keyword_table() named `name`, if it is a keyword.
std::optional<std::size_t> keyword_row(std::string_view name);
// An upper bound on keyword_table().size(), for fixed-size per-node arrays.
inline constexpr std::size_t kMaxKeywords = 48;

struct KeywordRow {
  std::size_t row;               // in keyword_table()
  const nlohmann::json* value;   // the member's value
};
// The members of schema object `schema` that are keywords, sorted by row, into `out`
// (room for kMaxKeywords: members are unique, so at most one per row); returns how many.
std::size_t keyword_rows_of(const nlohmann::json& schema, KeywordRow* out);

class Compiler {
 public:
  Compiler(Registry& registry, plan::Plan& plan, const CompileOptions& options)
      : registry_(registry), plan_(plan), options_(options) {}

  Result<plan::NodeId> run(const Location& root);
  // The node for `location`, queued for compiling if new. `schema`, when the caller has it,
  // is the JSON at that location (saves walking the pointer from the document root).
  plan::NodeId node_for(const Location& location, const nlohmann::json* schema = nullptr);
  Result<plan::NodeId> reference(const LocationInfo& from, std::string_view reference, std::string* resolved_uri);

  Registry& registry() { return registry_; }
  plan::Plan& plan() { return plan_; }
  std::map<std::string, std::uint32_t, std::less<>>& regex_index() { return regex_index_; }
  const CompileOptions& options() const { return options_; }
  std::string display_path(const Location& location) const;
  std::string absolute_location(const Location& location, const LocationInfo& info) const;

 private:
  struct Pending {
    plan::NodeId id;
    Location location;
    const nlohmann::json* schema;  // nullptr: look it up in the registry
  };

  std::optional<Error> compile_node(const Pending& pending);

  Registry& registry_;
  plan::Plan& plan_;
  const CompileOptions& options_;
  std::map<Location, plan::NodeId> nodes_;
  std::vector<Pending> pending_;
  std::size_t compiled_ = 0;  // pending_[0, compiled_) are done
  std::map<std::string, std::uint32_t, std::less<>> regex_index_;  // pattern source → plan_.regexes index
};

}  // namespace yushen::schema
