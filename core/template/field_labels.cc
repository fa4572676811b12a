// Field labels: the form schema's `x-label` (or `x-section`) annotations, so an issue can name its field in
// the applicant's words ("请填写法定代表人身份证号码", not "请填写idNumber"). Collected once at
// compile, keyed by the instance pointer they label with array items as "*"
// ("/form/shareholders/*/name"). The walk follows `properties`, `items`, the in-place
// applicators (allOf/anyOf/oneOf, if/then/else) and local `$ref`s ("#/$defs/…"); the first
// label found (breadth first) for a pointer wins. `x-messages` ({code: text}) on a field are its own messages
// for those codes ("项目代码应为 24 位,形如 2025-430400-04-01-123456" for schema.pattern). A node budget bounds the walk, because a template is
// untrusted and `$ref`s can fan out or loop.
// Entry points: collect_field_labels(), Template::field_label(), Template::field_message(). Tested by tests/check/labels_test.cc.
#include <deque>
#include <set>

#include "template/local_ref.h"
#include "template/parse.h"
#include "util/json_pointer.h"

namespace yushen::tmpl {
namespace detail {
namespace {

constexpr int kMaxVisits = 20000;  // schema nodes visited per template, across all $refs
constexpr int kMaxDepth = 64;      // nesting, counting each $ref followed as one level

// A label is a text object ({"zh-CN", "zh-TW", "en"}) or a plain string, which is taken as
// zh-CN (and so zh-TW) only: an English report does not show a Chinese label.
std::optional<Text> label_text(const Json& value) {
  Text text;
  if (value.is_string()) {
    text.zh_cn = value.get<std::string>();
  } else if (value.is_object()) {
    auto pick = [&](const char* locale, std::string& into) {
      auto it = value.find(locale);
      if (it != value.end() && it->is_string()) into = it->get<std::string>();
    };
    pick("zh-CN", text.zh_cn);
    pick("zh-TW", text.zh_tw);
    pick("en", text.en);
  }
  if (text.zh_cn.empty()) return std::nullopt;
  return text;
}

struct Walk {
  Reader& reader;
  const Json& root;
  std::map<std::string, Text, std::less<>>& labels;
  std::map<std::string, PartialText, std::less<>>& field_messages;
  int visits = 0;
  std::set<std::string> reported;  // template pointers already failed (a $ref target is walked once per use)
  // Breadth first, so that when the budget runs out the labels near the top are the ones found.
  struct Node {
    const Json* schema;
    std::string at;     // the instance pointer the schema applies to
    std::string where;  // the schema's place in the template
    int depth;
  };
  std::deque<Node> queue;

  void run(const Json& form) {
    queue.push_back(Node{&form, "/form", "/form", 0});
    while (!queue.empty() && visits < kMaxVisits) {
      Node node = std::move(queue.front());
      queue.pop_front();
      ++visits;
      visit(*node.schema, node.at, node.where, node.depth);
    }
  }

  void enqueue(const Json& schema, std::string at, std::string where, int depth) {
    if (schema.is_object() && depth <= kMaxDepth) queue.push_back(Node{&schema, std::move(at), std::move(where), depth});
  }

  void visit(const Json& schema, const std::string& at, const std::string& where, int depth) {
    if (!schema.is_object() || depth > kMaxDepth) return;
    for (const char* key : {"x-label", "x-section"}) {
      auto label = schema.find(key);
      if (label == schema.end()) continue;
      if (std::optional<Text> text = label_text(*label)) {
        labels.emplace(at, std::move(*text));
        break;
      }
    }
    if (auto messages = schema.find("x-messages"); messages != schema.end() && messages->is_object()) {
      for (const auto& [code, text] : messages->items()) {
        std::optional<Code> known = find_code(code);
        if (!known) {
          // As in `messages`: a misspelt code would silently never apply.
          std::string place = where + "/x-messages";
          append_pointer_token(place, code);
          if (reported.insert(place).second) reader.fail(Code::kTemplateUnknownCode, place, {{"code", code}});
          continue;
        }
        if (!text.is_object()) continue;
        PartialText message;
        for (Locale locale : {Locale::zh_CN, Locale::zh_TW, Locale::en}) {
          auto it = text.find(std::string(locale_tag(locale)));
          if (it != text.end() && it->is_string()) message.text[static_cast<int>(locale)] = it->get<std::string>();
        }
        field_messages.emplace(at + " " + code, std::move(message));
      }
    }
    if (auto properties = schema.find("properties"); properties != schema.end() && properties->is_object()) {
      for (const auto& [name, sub] : properties->items()) {
        std::string child = at, place = where + "/properties";
        append_pointer_token(child, name);
        append_pointer_token(place, name);
        enqueue(sub, child, place, depth + 1);
      }
    }
    if (auto items = schema.find("items"); items != schema.end()) enqueue(*items, at + "/*", where + "/items", depth + 1);
    for (const char* key : {"allOf", "anyOf", "oneOf"}) {
      auto list = schema.find(key);
      if (list == schema.end() || !list->is_array()) continue;
      for (std::size_t i = 0; i < list->size(); ++i) {
        enqueue((*list)[i], at, where + "/" + key + "/" + std::to_string(i), depth + 1);
      }
    }
    for (const char* key : {"if", "then", "else"}) {
      if (auto sub = schema.find(key); sub != schema.end()) enqueue(*sub, at, where + "/" + key, depth + 1);
    }
    if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
      std::string target_where;
      if (const Json* target = resolve_local_ref(root, ref->get_ref<const std::string&>(), &target_where)) {
        enqueue(*target, at, "/form" + target_where, depth + 1);
      }
    }
  }
};

}  // namespace

void collect_field_labels(Reader& reader, const Json& form, Template& out) {
  Walk walk{reader, form, out.field_labels, out.field_messages, 0, {}, {}};
  walk.run(form);
}

}  // namespace detail

namespace {

// "/form/shareholders/1/name" → "/form/shareholders/*/name"; nullopt for a malformed pointer.
std::optional<std::string> generic_pointer(std::string_view pointer) {
  std::optional<std::vector<std::string>> tokens = split_pointer(pointer);
  if (!tokens) return std::nullopt;
  std::string key;
  for (const std::string& token : *tokens) {
    append_pointer_token(key, is_index_token(token) ? std::string_view("*") : std::string_view(token));
  }
  return key;
}

}  // namespace

const Text* Template::field_label(std::string_view pointer) const {
  if (field_labels.empty()) return nullptr;
  std::optional<std::string> key = generic_pointer(pointer);
  if (!key) return nullptr;
  auto it = field_labels.find(*key);
  return it == field_labels.end() ? nullptr : &it->second;
}

const PartialText* Template::field_message(std::string_view pointer, Code code) const {
  if (field_messages.empty()) return nullptr;
  std::optional<std::string> key = generic_pointer(pointer);
  if (!key) return nullptr;
  auto it = field_messages.find(*key + " " + std::string(code_id(code)));
  return it == field_messages.end() ? nullptr : &it->second;
}

}  // namespace yushen::tmpl
