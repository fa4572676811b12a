// Keyword compilers, one function per keyword, grouped by family in keywords_*.cc and
// registered in keywords_table.cc. Internal to core/schema; use schema/compiler.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "schema/compile_context.h"

namespace yushen::schema {

using KeywordResult = std::optional<Error>;
#define YUSHEN_KEYWORD(fn) KeywordResult fn(KeywordContext& context, const nlohmann::json& value)

// keywords_assert.cc
YUSHEN_KEYWORD(compile_type);
YUSHEN_KEYWORD(compile_const);
YUSHEN_KEYWORD(compile_enum);
YUSHEN_KEYWORD(compile_multiple_of);
YUSHEN_KEYWORD(compile_maximum);
YUSHEN_KEYWORD(compile_exclusive_maximum);
YUSHEN_KEYWORD(compile_minimum);
YUSHEN_KEYWORD(compile_exclusive_minimum);
YUSHEN_KEYWORD(compile_max_length);
YUSHEN_KEYWORD(compile_min_length);
YUSHEN_KEYWORD(compile_pattern);
YUSHEN_KEYWORD(compile_format);
YUSHEN_KEYWORD(compile_max_items);
YUSHEN_KEYWORD(compile_min_items);
YUSHEN_KEYWORD(compile_unique_items);
YUSHEN_KEYWORD(compile_max_properties);
YUSHEN_KEYWORD(compile_min_properties);
YUSHEN_KEYWORD(compile_required);
YUSHEN_KEYWORD(compile_dependent_required);

// keywords_object.cc
YUSHEN_KEYWORD(compile_properties);
YUSHEN_KEYWORD(compile_pattern_properties);
YUSHEN_KEYWORD(compile_additional_properties);
YUSHEN_KEYWORD(compile_property_names);
YUSHEN_KEYWORD(compile_dependent_schemas);
YUSHEN_KEYWORD(compile_dependencies);  // draft-07
YUSHEN_KEYWORD(compile_unevaluated_properties);

// keywords_array.cc
YUSHEN_KEYWORD(compile_prefix_items);
YUSHEN_KEYWORD(compile_items);
YUSHEN_KEYWORD(compile_additional_items);  // draft-07
YUSHEN_KEYWORD(compile_contains);
YUSHEN_KEYWORD(compile_unevaluated_items);

// keywords_logic.cc
YUSHEN_KEYWORD(compile_all_of);
YUSHEN_KEYWORD(compile_any_of);
YUSHEN_KEYWORD(compile_one_of);
YUSHEN_KEYWORD(compile_not);
YUSHEN_KEYWORD(compile_if);
YUSHEN_KEYWORD(compile_ref);
YUSHEN_KEYWORD(compile_dynamic_ref);

#undef YUSHEN_KEYWORD

// Compiles a pattern into the plan's regex table; errors name the construct.
Result<std::uint32_t> compile_regex(KeywordContext& context, std::string_view keyword, const std::string& source);

}  // namespace yushen::schema
