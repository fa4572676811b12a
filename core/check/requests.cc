// Deferrals (容缺受理, 黄梅) and commitments (告知承诺, 铜梁) asked for in the submission. A request
// is accepted only for a missing, secondary (次要) material that the policy lists, for an
// eligible applicant, within the cap, once the letter is signed; otherwise the material stays
// missing and the issue says why the request was refused. A commitment is tried first, then a
// deferral. An ineligible application (a `block` issue) accepts none.
// Entry point: decide_requests(). Tested by tests/check/requests_test.cc.
#include "check/run.h"
#include "template/sha256.h"
#include "util/json_pointer.h"

namespace yushen::check::detail {
namespace {

struct Codes {
  Code key, not_allowed, dishonest, broken, ineligible, unknown, cap, unsigned_letter;
};
constexpr Codes kDeferral{Code::kCheckDeferralKey,        Code::kCheckDeferralNotAllowed,
                          Code::kCheckDeferralDishonest,  Code::kCheckDeferralBrokenCommitment,
                          Code::kCheckDeferralIneligible, Code::kCheckDeferralEligibilityUnknown, Code::kCheckDeferralCap,
                          Code::kCheckDeferralUnsigned};
constexpr Codes kCommitment{Code::kCheckCommitmentKey,        Code::kCheckCommitmentNotAllowed,
                            Code::kCheckCommitmentDishonest,  Code::kCheckCommitmentBrokenCommitment,
                            Code::kCheckCommitmentIneligible, Code::kCheckCommitmentEligibilityUnknown,
                            Code::kCheckCommitmentCap,
                            Code::kCheckCommitmentUnsigned};

struct Refusal {
  Code code;
  Json params = Json::object();
};

struct PolicyRun {
  const tmpl::Policy& policy;
  const Codes& codes;
  std::optional<EligibilityVerdict> verdict;  // evaluated on first use
  std::vector<std::size_t> pending;           // acceptable once the letter is signed
};

bool listed(const tmpl::Policy& policy, std::size_t index) {
  for (std::size_t m : policy.materials) {
    if (m == index) return true;
  }
  return false;
}

// Accepts (adds to pending) or says why not.
std::optional<Refusal> try_request(Run& run, PolicyRun& p, std::size_t index) {
  if (run.t.materials[index].key) return Refusal{p.codes.key};
  if (!p.policy.enabled || !listed(p.policy, index)) return Refusal{p.codes.not_allowed};
  if (!p.verdict) p.verdict = check_eligibility(run, p.policy.eligibility);
  switch (p.verdict->reason) {
    case Ineligible::none: break;
    case Ineligible::dishonest: return Refusal{p.codes.dishonest};
    case Ineligible::broken_commitment: return Refusal{p.codes.broken, p.verdict->params};
    case Ineligible::rule: return Refusal{p.codes.ineligible};
    case Ineligible::unknown: return Refusal{p.codes.unknown};
  }
  if (p.policy.max_count && static_cast<int>(p.pending.size()) >= *p.policy.max_count) {
    return Refusal{p.codes.cap, {{"limit", *p.policy.max_count}}};
  }
  p.pending.push_back(index);
  return std::nullopt;
}

// Why a request for a material that is not missing (or is optional) is not needed, as the
// applicant can act on it: a file is attached (valid or not), the department gets it by
// data sharing, or it is not needed this time (optional, or its condition does not hold).
Code unneeded_request_code(Status status) {
  switch (status) {
    case Status::provided:
    case Status::invalid: return Code::kCheckRequestProvided;
    case Status::shared: return Code::kCheckRequestShared;
    default: return Code::kCheckRequestUnneeded;
  }
}

// Records which material each request names; unknown ids and materials that need no request
// get warnings.
void index_requests(Run& run, const std::vector<std::string>& ids, const char* list, bool commitment) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    std::size_t index = run.t.material_index(ids[i]);
    if (index == Template::npos) {
      std::string path = list;
      append_pointer_index(path, i);
      run.add_path_issue(Code::kCheckMaterialUnknown, std::move(path), {{"id", ids[i]}});
      continue;
    }
    MaterialState& state = run.materials[index];
    bool optional = run.t.materials[index].requirement == tmpl::Requirement::optional && !state.in_group;
    if (state.status != Status::missing || optional) {
      if (!state.request_unneeded) run.add_material_issue(unneeded_request_code(state.status), index);
      state.request_unneeded = true;
      continue;
    }
    (commitment ? state.commitment_request : state.deferral_request) = i;
  }
}

void refuse(Run& run, std::size_t index, const Refusal& refusal) {
  run.materials[index].refused = true;
  run.add_material_issue(refusal.code, index, refusal.params);
}

bool letter_signed(Run& run) {
  if (!run.in.signed_letter) return false;
  if (run.in.letter_digest && *run.in.letter_digest != tmpl::sha256_hex(run.letter)) {
    run.add_path_issue(Code::kCheckLetterChanged, "/signature/letterDigest");
    return false;
  }
  return true;
}

}  // namespace

void decide_requests(Run& run) {
  index_requests(run, run.in.commitments, "/commitments", true);
  index_requests(run, run.in.deferrals, "/deferrals", false);
  // 不予受理: an application a `block` rule refuses accepts nothing, so no deferral or
  // commitment is granted and no letter is drawn up for signature.
  for (const Issue& issue : run.issues) {
    if (issue.severity == Severity::block) return;
  }
  PolicyRun commitments{run.t.commitment, kCommitment, std::nullopt, {}};
  PolicyRun deferrals{run.t.tolerance, kDeferral, std::nullopt, {}};
  for (std::size_t i = 0; i < run.t.materials.size() && !run.fatal; ++i) {
    MaterialState& state = run.materials[i];
    if (state.status != Status::missing) continue;
    std::vector<Refusal> refusals;
    if (state.commitment_request) {
      std::optional<Refusal> refused = try_request(run, commitments, i);
      if (!refused) continue;
      refusals.push_back(std::move(*refused));
    }
    if (state.deferral_request) {
      std::optional<Refusal> refused = try_request(run, deferrals, i);
      if (!refused) continue;
      refusals.push_back(std::move(*refused));
    }
    for (const Refusal& refusal : refusals) refuse(run, i, refusal);
  }
  if (run.fatal || (commitments.pending.empty() && deferrals.pending.empty())) return;
  if (!commitments.pending.empty()) {
    run.commitment_due = due_date(run, run.t.commitment.deadline, run.commitment_gap);
    if (run.commitment_gap) add_due_date_pending(run, "/commitments", commitments.pending, *run.commitment_gap);
  }
  if (!deferrals.pending.empty()) {
    run.deferral_due = due_date(run, run.t.tolerance.deadline, run.deferral_gap);
    if (run.deferral_gap) add_due_date_pending(run, "/deferrals", deferrals.pending, *run.deferral_gap);
  }
  if (run.fatal) return;
  run.letter = render_letter(run, commitments.pending, deferrals.pending);
  bool is_signed = letter_signed(run);
  for (PolicyRun* p : {&commitments, &deferrals}) {
    bool commitment = p == &commitments;
    for (std::size_t index : p->pending) {
      if (!is_signed) {
        refuse(run, index, Refusal{p->codes.unsigned_letter});
        continue;
      }
      run.materials[index].status = commitment ? Status::committed : Status::deferred;
      (commitment ? run.committed : run.deferred).push_back(index);
    }
  }
}

}  // namespace yushen::check::detail
