// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori import events`, `tori export events` and the demo's events as a user runs them:
// idempotence, byte-identical round trips, refused lines with their numbers.
#include <gtest/gtest.h>

#include <algorithm>

#include "server_process.hpp"

namespace tori::testing {
namespace {

CommandResult export_events(const std::filesystem::path& data) {
  return run_tori({"export", "events", "--data", data.string()});
}

// A valid line with the given external id, municipality and capacity.
std::string event_line(const std::string& id, const std::string& municipality = "Tampere",
                       const std::string& capacity = "40") {
  return R"({"external_id": ")" + id + R"(", "kind": "workshop", "title": "Työpaja )" + id +
         R"(", "starts_at": "2027-03-02T09:00:00+02:00", "ends_at": "2027-03-02T12:00:00+02:00", )"
         R"("place": {"name": "Kaupungintalo", "address": "Aleksis Kiven katu 14", )"
         R"("municipality": ")" +
         municipality + R"("}, "capacity": )" + capacity +
         R"(, "registration_closes": "2027-02-23"})";
}

TEST(EventsCli, DemoLoadsTheEventsOnceAndTheyExportAndImportByteIdentical) {
  TempDir folder;
  const auto demo = run_tori({"demo", "--data", (folder / "first").string(), "--practices", "5"});
  ASSERT_EQ(demo.exit_code, 0) << demo.err;
  EXPECT_NE(demo.out.find("events: 29 created"), std::string::npos) << demo.out;
  const CommandResult first = export_events(folder / "first");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(std::count(first.out.begin(), first.out.end(), '\n'), 29);
  folder.write("events.jsonl", first.out);
  const std::string file = (folder / "events.jsonl").string();
  const auto imported =
      run_tori({"import", "events", file, "--data", (folder / "second").string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_NE(imported.out.find("29 created"), std::string::npos) << imported.out;
  EXPECT_EQ(export_events(folder / "second").out, first.out);
  const auto again = run_tori({"import", "events", file, "--data", (folder / "second").string()});
  EXPECT_NE(again.out.find("0 created, 0 updated, 29 unchanged"), std::string::npos) << again.out;
  const auto once = run_tori({"demo", "--data", (folder / "first").string(), "--if-empty"});
  EXPECT_NE(once.out.find("no events added"), std::string::npos) << once.out;
}

TEST(EventsCli, BadLinesAreRefusedWithTheirNumbersAndOthersImport) {
  TempDir folder;
  folder.write("in.jsonl", event_line("ok-1") + "\n" +                    // 1 good
                               "{not json\n" +                            // 2
                               "\n" +                                     // 3 blank: skipped
                               event_line("bad-4", "Atlantis") +          // 4 unknown municipality
                               "\n" + event_line("bad-5", "Oulu", "0") +  // 5 capacity 0
                               "\n" + event_line("ok-6", "helsingfors") + "\n");
  const auto result = run_tori(
      {"import", "events", (folder / "in.jsonl").string(), "--data", (folder / "data").string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("line 2: not valid JSON"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("line 4: unknown municipality 'Atlantis'"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("line 5: "), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("line 1"), std::string::npos);
  EXPECT_NE(result.out.find("2 created, 0 updated, 0 unchanged, 3 refused"), std::string::npos)
      << result.out;
  const CommandResult exported = export_events(folder / "data");
  EXPECT_EQ(std::count(exported.out.begin(), exported.out.end(), '\n'), 2);
  EXPECT_NE(exported.out.find(R"("municipality": "Helsinki")"), std::string::npos)
      << "stored by its Finnish name: " << exported.out;
  const auto missing = run_tori(
      {"import", "events", (folder / "nope.jsonl").string(), "--data", (folder / "data").string()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("cannot read"), std::string::npos);
}

TEST(EventsCli, ExportRegistrationsIsACsvOfTheEvent) {
  TempDir folder;
  folder.write("in.jsonl", event_line("ok-1") + "\n");
  const std::string data = (folder / "data").string();
  ASSERT_EQ(
      run_tori({"import", "events", (folder / "in.jsonl").string(), "--data", data}).exit_code, 0);
  const auto csv = run_tori({"export", "registrations", "--event", "tyopaja-ok-1", "--data", data});
  EXPECT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out,
            "email,name,organisation,title,status,registered_at,attended_at,participation\r\n");
  const auto unknown = run_tori({"export", "registrations", "--event", "ei-ole", "--data", data});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("no event 'ei-ole'"), std::string::npos) << unknown.err;
  EXPECT_EQ(run_tori({"export", "registrations", "--data", data}).exit_code, 2) << "--event needed";
}

}  // namespace
}  // namespace tori::testing
