// Eligibility for 容缺 and 告知承诺: applicants on the dishonesty list are excluded (商丘 信用承诺,
// 铜梁), as are those with a broken commitment within the template's window (铜梁: "对失信主体2年内
// 不再适用承诺制信任审批"), and those failing the template's own rule (e.g. a credit rating); a
// rule that cannot be evaluated refuses the request with its own code (…_eligibility_unknown).
// Entry point: check_eligibility(). Tested by tests/check/requests_test.cc.
#include "check/run.h"

namespace yushen::check::detail {
namespace {

calendar::Date add_period(calendar::Date date, const tmpl::Period& period) {
  switch (period.unit) {
    case tmpl::Period::Unit::days: return calendar::add_days(date, period.count);
    case tmpl::Period::Unit::months: return calendar::add_months(date, period.count);
    case tmpl::Period::Unit::years: return calendar::add_months(date, 12 * period.count);
  }
  return date;
}

}  // namespace

EligibilityVerdict check_eligibility(Run& run, const tmpl::Eligibility& eligibility) {
  EligibilityVerdict out;
  if (eligibility.exclude_dishonest && run.ctx.dishonest) {
    out.reason = Ineligible::dishonest;
    return out;
  }
  if (eligibility.broken_within && run.ctx.last_broken) {
    if (!run.ctx.today) {
      run.fatal = make_error(Code::kCheckContextMissing, "", {{"member", "now"}});
      return out;
    }
    calendar::Date until = add_period(*run.ctx.last_broken, *eligibility.broken_within);
    if (*run.ctx.today < until) {
      out.reason = Ineligible::broken_commitment;
      out.params = {{"date", calendar::format_date(*run.ctx.last_broken)}, {"until", calendar::format_date(until)}};
      return out;
    }
  }
  if (eligibility.rule) {
    // An error is not a "no": telling an eligible applicant they are not would be wrong, and
    // granting on an error would let bad data through the control. Refused, saying so.
    Result<Json> result = logic::evaluate(*eligibility.rule, run.data, run.env);
    if (!result.ok()) {
      out.reason = Ineligible::unknown;
    } else if (!logic::truthy(result.value())) {
      out.reason = Ineligible::rule;
    }
  }
  return out;
}

}  // namespace yushen::check::detail
