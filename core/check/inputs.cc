// Reads the context (now in Asia/Shanghai, calendar, credit standing, shared materials) and
// the submission (form, 情形 answers, stage, material manifest, deferrals, commitments,
// signature) into a Run. A wrong shape is a fatal error located by JSON Pointer.
// Entry points: read_context(), read_submission(), build_data(), shanghai_date().
// Tested by tests/check/inputs_test.cc.
#include "check/run.h"
#include "util/json_pointer.h"

namespace yushen::check::detail {
namespace {

constexpr std::size_t kMaxRequests = 500;

std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// Minutes east of UTC for "Z" or "±HH:MM" starting at `at`, which must end the text.
std::optional<int> offset_minutes(std::string_view text, std::size_t at) {
  if (at + 1 == text.size() && (text[at] == 'Z' || text[at] == 'z')) return 0;
  if (at + 6 != text.size() || (text[at] != '+' && text[at] != '-') || text[at + 3] != ':') return std::nullopt;
  std::optional<int> h = digits(text, at + 1, 2), m = digits(text, at + 4, 2);
  if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
  return (text[at] == '-' ? -1 : 1) * (*h * 60 + *m);
}

Error bad_context(std::string where, std::string_view type) {
  return make_error(Code::kCheckBadContext, std::move(where), {{"type", std::string(type)}});
}

Error bad_submission(std::string where, std::string_view type) {
  return make_error(Code::kCheckBadSubmission, std::move(where), {{"type", std::string(type)}});
}

std::optional<Error> read_credit(const Json& credit, Run& run) {
  if (!credit.is_object()) return bad_context("/credit", "object");
  if (auto it = credit.find("dishonest"); it != credit.end()) {
    if (!it->is_boolean()) return bad_context("/credit/dishonest", "boolean");
    run.ctx.dishonest = it->get<bool>();
  }
  if (auto it = credit.find("lastBrokenCommitment"); it != credit.end() && !it->is_null()) {
    std::optional<calendar::Date> date;
    if (it->is_string()) date = calendar::parse_date(it->get_ref<const std::string&>());
    if (!date) return bad_context("/credit/lastBrokenCommitment", "date");
    run.ctx.last_broken = date;
  }
  return std::nullopt;
}

// A list of material ids: submission.deferrals / submission.commitments / context.sharedMaterials.
std::optional<Error> read_ids(const Json& list, const std::string& where, bool context,
                              std::vector<std::string>& out) {
  if (!list.is_array()) return context ? bad_context(where, "array") : bad_submission(where, "array");
  if (list.size() > kMaxRequests) {
    return make_error(Code::kCheckTooManyItems, where, {{"member", where}, {"limit", kMaxRequests}});
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_string()) {
      std::string at = where;
      append_pointer_index(at, i);
      return context ? bad_context(at, "string") : bad_submission(at, "string");
    }
    out.push_back(list[i].get<std::string>());
  }
  return std::nullopt;
}

}  // namespace

std::optional<calendar::Date> shanghai_date(std::string_view text) {
  if (text.size() == 10) return calendar::parse_date(text);
  if (text.size() < 20 || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')) return std::nullopt;
  std::optional<calendar::Date> date = calendar::parse_date(text.substr(0, 10));
  std::optional<int> h = digits(text, 11, 2), m = digits(text, 14, 2), s = digits(text, 17, 2);
  if (!date || !h || !m || !s || text[13] != ':' || text[16] != ':' || *h > 23 || *m > 59 || *s > 60) {
    return std::nullopt;
  }
  std::size_t at = 19;
  if (text[at] == '.') {
    std::size_t start = ++at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    if (at == start) return std::nullopt;
  }
  std::optional<int> offset = offset_minutes(text, at);
  if (!offset) return std::nullopt;
  int minutes = *h * 60 + *m - *offset + 8 * 60;  // Asia/Shanghai is UTC+8
  int shift = minutes < 0 ? -1 : minutes / (24 * 60);
  return calendar::add_days(*date, shift);
}

std::optional<Error> read_context(const Json& context, const calendar::Calendar* calendar, Run& run) {
  run.ctx.calendar = calendar;
  if (context.is_null()) return std::nullopt;
  if (!context.is_object()) return bad_context("", "object");
  for (auto it = context.begin(); it != context.end(); ++it) {
    if (it.key() != "calendar") run.ctx.data[it.key()] = it.value();
  }
  if (auto now = context.find("now"); now != context.end()) {
    if (now->is_string()) run.ctx.today = shanghai_date(now->get_ref<const std::string&>());
    if (!run.ctx.today) return bad_context("/now", "date-time");
  }
  if (auto spec = context.find("calendar"); spec != context.end() && spec->is_object()) {
    Result<calendar::Calendar> loaded = calendar::Calendar::from_json(*spec);
    if (!loaded.ok()) {
      Error error = loaded.error();
      error.where = "/calendar" + error.where;
      return error;
    }
    run.ctx.own_calendar.emplace(std::move(loaded.value()));
    run.ctx.calendar = &*run.ctx.own_calendar;
  } else if (spec != context.end() && !(spec->is_string() && calendar)) {
    return bad_context("/calendar", "object");
  }
  if (auto credit = context.find("credit"); credit != context.end()) {
    if (auto error = read_credit(*credit, run)) return error;
  }
  if (auto shared = context.find("sharedMaterials"); shared != context.end()) {
    std::vector<std::string> ids;
    if (auto error = read_ids(*shared, "/sharedMaterials", true, ids)) return error;
    run.ctx.shared.insert(ids.begin(), ids.end());
  }
  if (auto applicant = context.find("applicant"); applicant != context.end()) {
    if (!applicant->is_object()) return bad_context("/applicant", "object");
    auto name = applicant->find("name");
    if (name != applicant->end() && name->is_string()) run.ctx.applicant = name->get<std::string>();
  }
  return std::nullopt;
}

namespace {

// Everything of the submission but its form.
std::optional<Error> read_submission_rest(const Json& submission, Run& run) {
  if (auto cases = submission.find("case"); cases != submission.end()) {
    if (!cases->is_object()) return bad_submission("/case", "object");
    run.in.cases = *cases;
  }
  if (auto stage = submission.find("stage"); stage != submission.end() && !stage->is_null()) {
    if (!stage->is_string()) return bad_submission("/stage", "string");
    run.in.stage = stage->get<std::string>();
  }
  if (auto manifest = submission.find("materials"); manifest != submission.end()) {
    if (!manifest->is_object()) return bad_submission("/materials", "object");
    if (manifest->size() > kMaxRequests) {
      return make_error(Code::kCheckTooManyItems, "/materials", {{"member", "/materials"}, {"limit", kMaxRequests}});
    }
    run.in.manifest = &*manifest;
  }
  if (auto list = submission.find("deferrals"); list != submission.end()) {
    if (auto error = read_ids(*list, "/deferrals", false, run.in.deferrals)) return error;
  }
  if (auto list = submission.find("commitments"); list != submission.end()) {
    if (auto error = read_ids(*list, "/commitments", false, run.in.commitments)) return error;
  }
  if (auto signature = submission.find("signature"); signature != submission.end() && !signature->is_null()) {
    if (!signature->is_object()) return bad_submission("/signature", "object");
    auto is_signed = signature->find("signed");
    run.in.signed_letter = is_signed != signature->end() && *is_signed == true;
    if (auto digest = signature->find("letterDigest"); digest != signature->end()) {
      if (!digest->is_string()) return bad_submission("/signature/letterDigest", "string");
      run.in.letter_digest = digest->get<std::string>();
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> read_submission(const Json& submission, Run& run) {
  if (!submission.is_object()) return bad_submission("", "object");
  if (auto form = submission.find("form"); form != submission.end()) run.in.form = *form;
  return read_submission_rest(submission, run);
}

std::optional<Error> read_submission(Json&& submission, Run& run) {
  if (!submission.is_object()) return bad_submission("", "object");
  if (auto form = submission.find("form"); form != submission.end()) run.in.form = std::move(*form);
  return read_submission_rest(submission, run);
}

// The form and the context data are moved, not copied: nothing reads them from `in` or `ctx`
// afterwards, and copying them was a quarter of a check's allocations. The 情形 answers are
// copied: check_cases() reads them from `in`.
void build_data(Run& run) {
  run.data = Json::object();
  run.data["form"] = std::move(run.in.form);
  run.data["case"] = run.in.cases;
  run.data["stage"] = run.in.stage ? Json(*run.in.stage) : Json(nullptr);
  run.data["context"] = std::move(run.ctx.data);
  run.data["today"] = run.ctx.today ? Json(calendar::format_date(*run.ctx.today)) : Json(nullptr);
  run.env.calendar = run.ctx.calendar;
  run.env.today = run.ctx.today;
}

}  // namespace yushen::check::detail
