// Tests for the operator registry (core/logic/registry.cc): names are unique across the
// standard and built-in tables, arities are sane, built-ins are namespaced, lookups agree.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "logic/program.h"

namespace yushen::logic::detail {
namespace {

TEST(RegistryTest, NamesAreUniqueAndNamespaced) {
  std::set<std::string_view> names;
  for (const OpSpec& op : standard_ops()) {
    EXPECT_TRUE(names.insert(op.name).second) << op.name;
    EXPECT_LE(op.min_args, op.max_args) << op.name;
    EXPECT_NE(op.handler, nullptr) << op.name;
    EXPECT_EQ(find_standard_op(op.name), &op);
    EXPECT_EQ(op.name.find("yushen."), std::string_view::npos) << op.name;
  }
  EXPECT_EQ(standard_ops().size(), 35u);  // the json-logic-js 2.0.5 operator set
  for (const BuiltinExtension& ext : builtin_extensions()) {
    EXPECT_TRUE(names.insert(ext.name).second) << ext.name;
    EXPECT_LE(ext.min_args, ext.max_args) << ext.name;
    EXPECT_EQ(ext.name.rfind("yushen.", 0), 0u) << ext.name;
    EXPECT_EQ(find_builtin_extension(ext.name), &ext);
  }
  EXPECT_EQ(operator_names().size(), names.size());
  EXPECT_EQ(find_standard_op("yushen.len"), nullptr);
  EXPECT_EQ(find_builtin_extension("var"), nullptr);
  EXPECT_EQ(find_builtin_extension("yushen.format"), nullptr);  // a hook, registered elsewhere
}

}  // namespace
}  // namespace yushen::logic::detail
