// Tests for materials (core/check/materials.cc): data sharing (免提交) is not asked of the
// applicant; a conditional material that does not apply is neither required nor checked; file
// type, size, page, count, empty and malformed-entry checks; duplicates across materials.
#include "test_util.h"

namespace yushen::check::testing {
namespace {

TEST(Materials, DataSharingIsNotAsked) {
  Json s = clean_submission();
  s["materials"].erase("licence");
  Json context = base_context();
  Json report = run(base_template(), s, context);
  EXPECT_EQ(issues(report), Strings{"check.material_missing #licence"});
  context["sharedMaterials"] = {"licence"};
  report = run(base_template(), s, context);
  EXPECT_EQ(report["decision"], "ready");
  EXPECT_EQ(status(report, "licence"), "shared");
  // Listed by the context but not marked dataSharing in the template: still asked.
  context["sharedMaterials"] = {"k1"};
  s["materials"].erase("k1");
  EXPECT_EQ(issues(run(base_template(), s, context)), (Strings{"check.material_missing #k1", "check.material_missing #licence"}));
}

TEST(Materials, ConditionalMaterialAppliesByCase) {
  Json s = clean_submission();
  s["materials"]["branch-doc"] = {{"files", {file("x.exe", "application/x-msdownload")}}};
  Json report = run(base_template(), s);
  EXPECT_EQ(status(report, "branch-doc"), "not-applicable");  // its files are not checked
  EXPECT_EQ(issues(report), Strings{});
  s["case"]["branch"] = "yes";
  s["form"]["parent"] = {{"name", "总公司"}};
  report = run(base_template(), s);
  EXPECT_EQ(issues(report), Strings{"check.file_type #branch-doc"});
  s["materials"].erase("branch-doc");
  EXPECT_EQ(issues(run(base_template(), s)), Strings{"check.material_missing #branch-doc"});
}

struct FileRow {
  const char* name;
  Json entry;
  Strings issues;
  const char* status;
};

TEST(Materials, FileChecks) {
  Json t = base_template();
  t["materials"][0]["maxFiles"] = 2;
  t["materials"][0]["minFiles"] = 2;
  t["materials"][0]["maxPages"] = 5;
  const FileRow rows[] = {
      {"two good files", {{"files", {file("a.pdf"), file("b.jpg", "image/jpeg")}}}, {}, "provided"},
      {"type wildcard and case", {{"files", {file("a.pdf"), file("b.png", "IMAGE/PNG")}}}, {}, "provided"},
      {"one file of two", {{"files", {file("a.pdf")}}}, {"check.too_few_files #k1"}, "invalid"},
      {"three files", {{"files", {file("a.pdf"), file("b.pdf"), file("c.pdf")}}}, {"check.too_many_files #k1"}, "invalid"},
      {"wrong type", {{"files", {file("a.pdf"), file("b.docx", "application/msword")}}}, {"check.file_type #k1"}, "invalid"},
      {"too large", {{"files", {file("a.pdf"), file("b.pdf", "application/pdf", 1000001)}}}, {"check.file_too_large #k1"},
       "invalid"},
      {"empty", {{"files", {file("a.pdf"), file("b.pdf", "application/pdf", 0)}}}, {"check.file_empty #k1"}, "invalid"},
      {"too many pages",
       {{"files", {file("a.pdf"), Json{{"name", "b.pdf"}, {"type", "application/pdf"}, {"size", 5}, {"pages", 6}}}}},
       {"check.file_pages #k1"}, "invalid"},
      {"malformed entry", {{"files", {file("a.pdf"), Json{{"name", "b.pdf"}}}}}, {"check.file_bad_entry #k1"}, "invalid"},
      {"files not a list", {{"files", "a.pdf"}}, {"check.file_bad_entry #k1"}, "invalid"},
      {"no files", {{"files", Json::array()}}, {"check.material_missing #k1"}, "missing"},
  };
  for (const FileRow& row : rows) {
    Json s = clean_submission();
    s["materials"]["k1"] = row.entry;
    Json report = run(t, s);
    EXPECT_EQ(issues(report), row.issues) << row.name;
    EXPECT_EQ(status(report, "k1"), row.status) << row.name;
  }
}

TEST(Materials, DuplicateFilesAndUnknownMaterials) {
  Json s = clean_submission();
  s["materials"]["s1"]["files"][0]["sha256"] = std::string(64, 'a');
  s["materials"]["s2"]["files"][0]["sha256"] = std::string(64, 'A');
  s["materials"]["mystery"] = files("m.pdf");
  Json report = run(base_template(), s, base_context(), Locale::en);
  EXPECT_EQ(report["decision"], "ready");  // warnings never change the decision
  EXPECT_EQ(issues(report), (Strings{"check.material_unknown @/materials/mystery", "check.file_duplicate #s2"}));
  EXPECT_EQ(report["issues"][1]["message"], "The file s2.pdf in the s2 is identical to a file in the s1; make sure it is the right file");
}

}  // namespace
}  // namespace yushen::check::testing
