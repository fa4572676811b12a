// 情形 answers and the stage: every required question answered with one of its options, and
// the stage one of the template's stages (衡阳 分阶段施工许可). Entry point: check_cases().
// Tested by tests/check/cases_test.cc.
#include <algorithm>

#include "check/run.h"
#include "util/json_pointer.h"

namespace yushen::check::detail {

void check_cases(Run& run) {
  for (const tmpl::Case& c : run.t.cases) {
    std::string path = "/case";
    append_pointer_token(path, c.id);
    auto answer = run.in.cases.find(c.id);
    bool absent = answer == run.in.cases.end() || answer->is_null() || *answer == "";
    Json params = {{"case", c.title.get(run.locale)}};
    if (absent) {
      if (c.required) run.add_path_issue(Code::kCheckCaseMissing, path, params);
      continue;
    }
    bool valid = answer->is_string() &&
                 std::find(c.options.begin(), c.options.end(), answer->get_ref<const std::string&>()) != c.options.end();
    if (!valid) run.add_path_issue(Code::kCheckCaseInvalid, path, params);
  }
  if (run.t.stages.empty()) return;
  if (!run.in.stage || run.in.stage->empty()) {
    run.add_path_issue(Code::kCheckStageMissing, "/stage");
  } else if (std::find(run.t.stages.begin(), run.t.stages.end(), *run.in.stage) == run.t.stages.end()) {
    run.add_path_issue(Code::kCheckStageInvalid, "/stage");
  }
}

}  // namespace yushen::check::detail
