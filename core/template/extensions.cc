// The JsonLogic operators template rules get beyond the logic stage's own: those of
// api/rules.h — yushen.format ([format, value] -> bool, the format checks of core/formats and
// core/cn with the evaluation's "today") and yushen.match ([pattern, value] -> bool, the
// linear-time pattern engine). Entry point: template_extensions().
// Tested by tests/template/extensions_test.cc.
#include "api/rules.h"
#include "template/template.h"

namespace yushen::tmpl {

logic::Extensions template_extensions() { return rule_extensions(); }

}  // namespace yushen::tmpl
