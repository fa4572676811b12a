// Alternative groups: an applicable group is satisfied when every material of one offered set
// (its `when` holds, e.g. the stage) is provided, shared, deferred or committed — 衡阳 分阶段施工
// 许可: the 土方开挖 stage may give the 规划条件批文 instead of the 工程规划许可证. An unsatisfied
// group is one issue naming the sets; members not needed become not-applicable.
// Entry point: check_alternatives(). Tested by tests/check/alternatives_test.cc.
#include "check/run.h"

namespace yushen::check::detail {
namespace {

bool satisfied(Status status) {
  return status == Status::provided || status == Status::shared || status == Status::deferred ||
         status == Status::committed;
}

}  // namespace

void check_alternatives(Run& run) {
  for (std::size_t g = 0; g < run.t.alternatives.size(); ++g) {
    const tmpl::Alternative& group = run.t.alternatives[g];
    if (!run.holds(group.when)) continue;
    bool done = false, reported = false;
    Json options = Json::array();
    for (const tmpl::AlternativeSet& set : group.sets) {
      if (!run.holds(set.when)) continue;
      bool all = true;
      std::string label;
      for (std::size_t m : set.materials) {
        const MaterialState& state = run.materials[m];
        all = all && satisfied(state.status);
        reported = reported || state.status == Status::invalid || state.refused;
        if (!label.empty()) label += " + ";
        label += run.t.materials[m].name.get(run.locale);
      }
      done = done || all;
      options.push_back(std::move(label));
    }
    if (done || options.empty()) {
      for (const tmpl::AlternativeSet& set : group.sets) {
        for (std::size_t m : set.materials) {
          MaterialState& state = run.materials[m];
          bool optional = run.t.materials[m].requirement == tmpl::Requirement::optional;
          if (state.status == Status::missing && optional && !state.refused) state.status = Status::not_applicable;
        }
      }
      continue;
    }
    if (reported) continue;  // an invalid file or a refused request already says what to do
    Issue issue(Code::kCheckAlternativeMissing, Severity::error);
    issue.material = group.id;
    issue.order = run.t.materials.size() + g;
    issue.params = {{"material", group.name.get(run.locale)}, {"options", std::move(options)}};
    run.add(std::move(issue));
  }
}

}  // namespace yushen::check::detail
