// Annotations an evaluation collects for unevaluatedProperties/unevaluatedItems
// (2020-12 Core §11): which members and items adjacent or in-place keywords evaluated.
// Members are identified by the address of their value inside the instance, which is
// stable for the whole evaluation. Internal to core/eval.
// Tested by tests/eval/evaluator_test.cc and the unevaluated* suite files.
#pragma once

#include <algorithm>
#include <cstddef>
#include "doc/document.h"
#include <vector>

namespace yushen::eval {

class Annotations {
 public:
  void mark_property(const doc::Value* member) {
    properties_.push_back(member);
    sorted_ = false;
  }
  void mark_all_properties() { all_properties_ = true; }
  bool has_property(const doc::Value* member) const {
    if (all_properties_) return true;
    if (!sorted_) {
      std::sort(properties_.begin(), properties_.end());
      properties_.erase(std::unique(properties_.begin(), properties_.end()), properties_.end());
      sorted_ = true;
    }
    return std::binary_search(properties_.begin(), properties_.end(), member);
  }

  void mark_items_prefix(std::size_t n) { prefix_ = std::max(prefix_, n); }
  void mark_item(std::size_t index) { items_.push_back(index); }
  void mark_all_items() { all_items_ = true; }
  bool has_item(std::size_t index) const {
    return all_items_ || index < prefix_ || std::find(items_.begin(), items_.end(), index) != items_.end();
  }
  std::size_t evaluated_prefix() const { return prefix_; }

  void merge(const Annotations& other) {
    properties_.insert(properties_.end(), other.properties_.begin(), other.properties_.end());
    sorted_ = false;
    all_properties_ = all_properties_ || other.all_properties_;
    prefix_ = std::max(prefix_, other.prefix_);
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
    all_items_ = all_items_ || other.all_items_;
  }

 private:
  mutable std::vector<const doc::Value*> properties_;
  mutable bool sorted_ = true;
  bool all_properties_ = false;
  std::size_t prefix_ = 0;
  std::vector<std::size_t> items_;
  bool all_items_ = false;
};

}  // namespace yushen::eval
