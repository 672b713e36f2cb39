// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori import practices`, `tori export practices` and `tori demo` as a user runs them:
// idempotence, byte-identical round trips, refused lines with their numbers, determinism.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "server_process.hpp"

namespace tori::testing {
namespace {

CommandResult export_from(const std::filesystem::path& data) {
  return run_tori({"export", "practices", "--data", data.string()});
}

// A valid line with the given external id and theme.
std::string line(const std::string& id, const std::string& theme = "työhyvinvointi",
                 const std::string& municipality = "Tampere") {
  return R"({"external_id": ")" + id + R"(", "title": "Teko )" + id +
         R"(", "summary": "Lyhyt kuvaus.", "organisations": ["Tampereen kaupunki"], )"
         R"("municipality": ")" +
         municipality + R"(", "themes": [")" + theme +
         R"("], "sections": {"background": "Tausta <script>alert(1)</script> \"lainaus\""}, )"
         R"("published_at": "2024-02-16T09:00:00+02:00"})";
}

TEST(PracticesCli, DemoIsDeterministicAndOnlyOnceWhenAsked) {
  TempDir folder;
  for (const char* name : {"a", "b"}) {
    CommandResult demo =
        run_tori({"demo", "--data", (folder / name).string(), "--practices", "200", "--seed", "7"});
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
    EXPECT_NE(demo.out.find("200 created"), std::string::npos) << demo.out;
  }
  CommandResult a = export_from(folder / "a");
  CommandResult b = export_from(folder / "b");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(std::count(a.out.begin(), a.out.end(), '\n'), 200);
  EXPECT_EQ(a.out, b.out);
  CommandResult again = run_tori({"demo", "--data", (folder / "a").string(), "--if-empty"});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("no practices added"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("no events added"), std::string::npos) << again.out;
}

TEST(PracticesCli, ExportImportExportIsByteIdenticalAndReimportChangesNothing) {
  TempDir folder;
  ASSERT_EQ(
      run_tori({"demo", "--data", (folder / "first").string(), "--practices", "300"}).exit_code, 0);
  CommandResult first = export_from(folder / "first");
  folder.write("export.jsonl", first.out);
  std::string file = (folder / "export.jsonl").string();
  CommandResult imported =
      run_tori({"import", "practices", file, "--data", (folder / "second").string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_NE(imported.out.find("300 created"), std::string::npos) << imported.out;
  EXPECT_EQ(export_from(folder / "second").out, first.out);
  CommandResult again =
      run_tori({"import", "practices", file, "--data", (folder / "second").string()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("0 created, 0 updated, 300 unchanged"), std::string::npos) << again.out;
}

TEST(PracticesCli, BadLinesAreRefusedWithTheirNumbersAndOthersImport) {
  TempDir folder;
  folder.write("in.jsonl", line("ok-1") + "\n" +  // 1 good
                               "{not json\n" +    // 2
                               "\n" +             // 3 blank: skipped
                               R"({"external_id": "x", "summary": "s"})"
                               "\n" +  // 4 no title
                               line("bad-theme", "ei-ole-teema") +
                               "\n" +                                                    // 5
                               line("bad-place", "työhyvinvointi", "Atlantis") + "\n" +  // 6
                               line("ok-2") + "\n");                                     // 7 good
  std::string data = (folder / "data").string();
  CommandResult result =
      run_tori({"import", "practices", (folder / "in.jsonl").string(), "--data", data});
  EXPECT_EQ(result.exit_code, 1);
  for (const char* expected : {"line 2: ", "line 4: ", "line 5: ", "line 6: "}) {
    EXPECT_NE(result.err.find(expected), std::string::npos) << expected << "\n" << result.err;
  }
  EXPECT_EQ(result.err.find("line 1:"), std::string::npos);
  EXPECT_EQ(result.err.find("line 3:"), std::string::npos);
  EXPECT_EQ(result.err.find("line 7:"), std::string::npos);
  EXPECT_LT(result.err.find("line 2: "), result.err.find("line 6: "));  // in line order
  EXPECT_NE(result.out.find("2 created"), std::string::npos) << result.out;
  std::string exported = export_from(folder / "data").out;
  EXPECT_EQ(std::count(exported.begin(), exported.end(), '\n'), 2);
  EXPECT_EQ(exported.find("bad-theme"), std::string::npos);
  EXPECT_EQ(exported.find("Atlantis"), std::string::npos);
  // The hostile text is kept as text, escaped only as JSON requires.
  EXPECT_NE(exported.find(R"(Tausta <script>alert(1)</script> \"lainaus\")"), std::string::npos);
}

TEST(PracticesCli, CreateTermsAddsUnknownLabels) {
  TempDir folder;
  folder.write("in.jsonl", line("new-term", "Uusi teema") + "\n");
  std::string data = (folder / "data").string();
  std::string file = (folder / "in.jsonl").string();
  EXPECT_EQ(run_tori({"import", "practices", file, "--data", data}).exit_code, 1);
  CommandResult created = run_tori({"import", "practices", file, "--data", data, "--create-terms"});
  EXPECT_EQ(created.exit_code, 0) << created.err;
  EXPECT_NE(export_from(folder / "data").out.find("\"Uusi teema\""), std::string::npos);
}

TEST(PracticesCli, MissingFileAndUsage) {
  TempDir folder;
  std::string data = (folder / "data").string();
  EXPECT_EQ(run_tori({"import", "practices", "/nonexistent.jsonl", "--data", data}).exit_code, 1);
  EXPECT_EQ(run_tori({"import", "--data", data}).exit_code, 2);
  EXPECT_EQ(run_tori({"import", "practices", "--data", data}).exit_code, 2);
  EXPECT_EQ(run_tori({"demo", "--practices", "many", "--data", data}).exit_code, 2);
}

}  // namespace
}  // namespace tori::testing
