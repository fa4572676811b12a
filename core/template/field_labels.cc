// Field labels: the form schema's `x-label` (or `x-section`) annotations, so an issue can name its field in
// the applicant's words ("请填写法定代表人身份证号码", not "请填写idNumber"). Collected once at
// compile, keyed by the instance pointer they label with array items as "*"
// ("/form/shareholders/*/name"). The walk follows `properties`, `items`, the in-place
// applicators (allOf/anyOf/oneOf, if/then/else) and local `$ref`s ("#/$defs/…"); the first
// label found for a pointer wins. `x-messages` ({code: text}) on a field are its own messages
// for those codes ("项目代码应为 24 位,形如 2025-430400-04-01-123456" for schema.pattern). A node budget bounds the walk, because a template is
// untrusted and `$ref`s can fan out or loop.
// Entry points: collect_field_labels(), Template::field_label(), Template::field_message(). Tested by tests/template/field_labels_test.cc.
#include <cctype>

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

// The schema a local "$ref": "#/…" points at, or nullptr.
const Json* local_ref(const Json& root, const Json& schema) {
  auto ref = schema.find("$ref");
  if (ref == schema.end() || !ref->is_string()) return nullptr;
  const std::string& target = ref->get_ref<const std::string&>();
  if (target.rfind("#/", 0) != 0) return nullptr;
  std::optional<std::string> decoded = percent_decode(std::string_view(target).substr(1));
  if (!decoded) return nullptr;
  std::optional<std::vector<std::string>> tokens = split_pointer(*decoded);
  if (!tokens) return nullptr;
  const Json* node = &root;
  for (const std::string& token : *tokens) {
    if (!node->is_object()) return nullptr;
    auto it = node->find(token);
    if (it == node->end()) return nullptr;
    node = &*it;
  }
  return node;
}

struct Walk {
  const Json& root;
  std::map<std::string, Text, std::less<>>& labels;
  std::map<std::string, PartialText, std::less<>>& field_messages;
  int visits = 0;

  void visit(const Json& schema, const std::string& at, int depth) {
    if (!schema.is_object() || depth > kMaxDepth || ++visits > kMaxVisits) return;
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
        if (!known || !text.is_object()) continue;
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
        std::string child = at;
        append_pointer_token(child, name);
        visit(sub, child, depth + 1);
      }
    }
    if (auto items = schema.find("items"); items != schema.end()) visit(*items, at + "/*", depth + 1);
    for (const char* key : {"allOf", "anyOf", "oneOf"}) {
      auto list = schema.find(key);
      if (list == schema.end() || !list->is_array()) continue;
      for (const Json& sub : *list) visit(sub, at, depth + 1);
    }
    for (const char* key : {"if", "then", "else"}) {
      if (auto sub = schema.find(key); sub != schema.end()) visit(*sub, at, depth + 1);
    }
    if (const Json* target = local_ref(root, schema)) visit(*target, at, depth + 1);
  }
};

}  // namespace

void collect_field_labels(const Json& form, Template& out) {
  Walk walk{form, out.field_labels, out.field_messages};
  walk.visit(form, "/form", 0);
}

}  // namespace detail

namespace {

// "/form/shareholders/1/name" → "/form/shareholders/*/name"; nullopt for a malformed pointer.
std::optional<std::string> generic_pointer(std::string_view pointer) {
  std::optional<std::vector<std::string>> tokens = split_pointer(pointer);
  if (!tokens) return std::nullopt;
  std::string key;
  for (const std::string& token : *tokens) {
    bool index = !token.empty() && token.size() < 10;
    for (char c : token) index = index && std::isdigit(static_cast<unsigned char>(c));
    append_pointer_token(key, index ? std::string_view("*") : std::string_view(token));
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
