// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of the edit form's reading: the stored details as the form shows them and back again,
// practice addresses and person lines read, meeting rows (empty, removed, stored, new) made
// meetings, what cannot be read told beside its input, and the validator's findings mapped to the
// row or line they came from.
#include <gtest/gtest.h>

#include "tori/web/networks/network_edit_form.hpp"

namespace tori::web {
namespace {

store::Network edit_network() {
  store::Network network;
  network.input.slug = "verkko";
  network.input.name = "Verkko";
  network.input.period_from = "2025-01-01";
  network.input.period_until = "2026-12-31";
  network.input.members = {
      {"Joensuun kaupunki", "", {{"Aino Virta", "rehtori"}, {"Eero Salo", ""}}},
      {"Liperin kunta", "", {}}};
  network.organisations = {{"joensuun-kaupunki", "Joensuun kaupunki"},
                           {"liperin-kunta", "Liperin kunta"}};
  network.input.meetings = {
      {"2025-05-16", "Liperi", false, "1. Avaus", "Muistio.", "ev-1"},
      {"2025-11-14", "", true, "1. Kuulumiset", "", "", core::MeetingRegistration::kOpen}};
  network.input.board = core::BoardVisibility::kPublic;
  network.input.results = {"hyva-arki"};
  return network;
}

bool known_practice(std::string_view slug) {
  return slug == "hyva-arki" || slug == "uusi-teko";
}

EditFormReading parse_edit(const EditFormValues& values) {
  return parse_edit_form(values, edit_network(), known_practice);
}

std::vector<std::string> edit_problem_fields(const EditFormReading& reading) {
  std::vector<std::string> fields;
  for (const EditFormProblem& problem : reading.problems) {
    fields.push_back(problem.field + " " + problem.key +
                     (problem.line != 0 ? " line " + std::to_string(problem.line) : ""));
  }
  return fields;
}

TEST(NetworkEditFormParse, TheStoredDetailsComeBackWhole) {
  const store::Network network = edit_network();
  const EditFormValues values = edit_form_values(network);
  EXPECT_EQ(values.board, "public");
  EXPECT_TRUE(values.listed);
  EXPECT_EQ(values.results, "hyva-arki");
  ASSERT_EQ(values.meetings.size(), 2U);
  EXPECT_EQ(values.meetings[0], (MeetingRow{.stored = "0",
                                            .date = "2025-05-16",
                                            .place = "Liperi",
                                            .registration = "members",
                                            .agenda = "1. Avaus"}));
  EXPECT_EQ(values.meetings[1].registration, "open");
  EXPECT_TRUE(values.meetings[1].remote);
  EXPECT_EQ(values.people.at("joensuun-kaupunki"), "Aino Virta, rehtori\nEero Salo");
  EXPECT_EQ(values.people.at("liperin-kunta"), "");
  const EditFormReading reading = parse_edit(values);
  EXPECT_TRUE(reading.problems.empty());
  EXPECT_EQ(reading.details, network.details());
}

TEST(NetworkEditFormParse, PracticeAddressesAreReadAsSlugs) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"hyva-arki", "hyva-arki"},
      {"/teot/hyva-arki", "hyva-arki"},
      {"teot/hyva-arki/", "hyva-arki"},
      {"https://tori.example.fi/teot/hyva-arki", "hyva-arki"},
      {"https://tori.example.fi/sv/teot/hyva-arki/?sivu=2#kuvaus", "hyva-arki"},
      {"http://localhost:8080/en/teot/hyva-arki", "hyva-arki"},
      {"/teot/hyva-arki/muokkaa", ""},
      {"https://tori.example.fi/verkostot/hyva-arki", ""},
      {"https://tori.example.fi/", ""},
      {"Hyvä arki", ""},
      {"HYVA-ARKI", ""},
      {"/teot/", ""},
      {"", ""}};
  for (const auto& [line, slug] : cases)
    EXPECT_EQ(practice_slug_of(line), slug) << line;
}

TEST(NetworkEditFormParse, APersonLineIsANameAndATitle) {
  const std::vector<std::pair<std::string, core::AppointedPerson>> cases = {
      {"Aino Virta, työsuojelupäällikkö", {"Aino Virta", "työsuojelupäällikkö"}},
      {"Eero Salo", {"Eero Salo", ""}},
      {"  Liisa Mäki ,  rehtori ", {"Liisa Mäki", "rehtori"}},
      {"Virta, Aino, rehtori", {"Virta", "Aino, rehtori"}},
      {", rehtori", {"", "rehtori"}},
      {"Eero Salo,", {"Eero Salo", ""}}};
  for (const auto& [line, person] : cases)
    EXPECT_EQ(appointed_person_of(line), person) << line;
}

TEST(NetworkEditFormParse, RowsBecomeMeetingsKeepingWhatWasStored) {
  EditFormValues values = edit_form_values(edit_network());
  values.meetings[0].place = "Joensuu";
  values.meetings[1].remove = true;
  values.meetings.push_back({});  // empty: left out
  values.meetings.push_back({.date = "3.2.2026", .registration = "open", .agenda = "Uusi"});
  values.meetings.push_back({.stored = "0", .date = "2026-04-01"});  // stored index given twice
  values.meetings.push_back({.date = "2026-05-05", .remove = true});
  values.people.erase("liperin-kunta");
  values.people["joensuun-kaupunki"] = "\n Aino Virta \n\nLiisa Mäki, hallintojohtaja\n";
  values.results = "\n/teot/uusi-teko\n  hyva-arki \n";
  const EditFormReading reading = parse_edit(values);
  ASSERT_TRUE(reading.problems.empty()) << reading.problems.front().field;
  const std::vector<core::NetworkMeeting> expected = {
      {"2025-05-16", "Joensuu", false, "1. Avaus", "Muistio.", "ev-1"},
      {"2026-02-03", "", false, "Uusi", "", "", core::MeetingRegistration::kOpen},
      {"2026-04-01", "", false, "", "", ""}};
  EXPECT_EQ(reading.details.meetings, expected);
  EXPECT_EQ(reading.lines.meetings, (std::vector<std::size_t>{0, 3, 4}));
  EXPECT_EQ(reading.details.people,
            (std::map<std::string, std::vector<core::AppointedPerson>, std::less<>>{
                {"joensuun-kaupunki", {{"Aino Virta", ""}, {"Liisa Mäki", "hallintojohtaja"}}}}));
  EXPECT_EQ(reading.lines.people[0], (std::vector<std::size_t>{2, 4}));
  EXPECT_EQ(reading.details.results, (std::vector<std::string>{"uusi-teko", "hyva-arki"}));
  EXPECT_EQ(reading.lines.results, (std::vector<std::size_t>{2, 3}));
}

TEST(NetworkEditFormParse, WhatCannotBeReadIsToldBesideItsInput) {
  struct Case {
    const char* name;
    std::function<void(EditFormValues&)> change;
    std::vector<std::string> problems;
  };
  const std::vector<Case> cases = {
      {"a board not offered",
       [](EditFormValues& v) { v.board = "kaikille"; },
       {"board network_edit.error.board"}},
      {"a date that is no date",
       [](EditFormValues& v) { v.meetings[1].date = "31.2.2025"; },
       {"meeting1_date network_edit.error.date"}},
      {"a stored meeting without its date",
       [](EditFormValues& v) { v.meetings[0] = {.stored = "0"}; },
       {"meeting0_date network_edit.error.date_required"}},
      {"a new row with a place only",
       [](EditFormValues& v) { v.meetings.push_back({.place = "Liperi"}); },
       {"meeting2_date network_edit.error.date_required"}},
      {"a registration not offered",
       [](EditFormValues& v) { v.meetings[0].registration = "kaikki"; },
       {"meeting0_registration network_edit.error.registration"}},
      {"a line that is no practice's address, then an unknown one",
       [](EditFormValues& v) { v.results = "hyva-arki\n/verkostot/x\n/teot/ei-ole"; },
       {"results network_edit.error.result_address line 2"}},
      {"an unknown practice",
       [](EditFormValues& v) { v.results = "\n/teot/ei-ole"; },
       {"results network_edit.error.result_unknown line 2"}},
  };
  for (const Case& c : cases) {
    EditFormValues values = edit_form_values(edit_network());
    c.change(values);
    EXPECT_EQ(edit_problem_fields(parse_edit(values)), c.problems) << c.name;
  }
}

TEST(NetworkEditFormParse, TheValidatorsFindingsGoToTheirInputs) {
  struct Case {
    const char* name;
    std::function<void(EditFormValues&)> change;
    std::vector<std::string> problems;
  };
  const std::vector<Case> cases = {
      {"goals too long",
       [](EditFormValues& v) { v.goals = std::string(core::kMaxNetworkGoalsLength + 1, 'x'); },
       {"goals network_edit.error.too_long"}},
      {"an agenda too long after an empty row",
       [](EditFormValues& v) {
         v.meetings.push_back({});
         v.meetings.push_back(
             {.date = "2026-01-01", .agenda = std::string(core::kMaxMeetingTextLength + 1, 'x')});
       },
       {"meeting3_agenda network_edit.error.too_long"}},
      {"a place with a control character",
       [](EditFormValues& v) { v.meetings[1].place = "Liperi\x01"; },
       {"meeting1_place network_edit.error.characters"}},
      {"a person without a name on line 3",
       [](EditFormValues& v) { v.people["liperin-kunta"] = "Liisa Mäki\n\n, rehtori"; },
       {"people-liperin-kunta network_edit.error.person_name line 3"}},
      {"a title too long",
       [](EditFormValues& v) { v.people["joensuun-kaupunki"] = "Aino, " + std::string(201, 'x'); },
       {"people-joensuun-kaupunki network_edit.error.person_too_long line 1"}},
      {"too many people",
       [](EditFormValues& v) {
         std::string lines;
         for (std::size_t i = 0; i <= core::kMaxAppointedPeople; ++i)
           lines += "Henkilö " + std::to_string(i) + "\n";
         v.people["liperin-kunta"] = lines;
       },
       {"people-liperin-kunta network_edit.error.too_many_people"}},
      {"a practice twice",
       [](EditFormValues& v) { v.results = "hyva-arki\n\n/teot/hyva-arki"; },
       {"results network_edit.error.result_twice line 3"}},
  };
  for (const Case& c : cases) {
    EditFormValues values = edit_form_values(edit_network());
    c.change(values);
    EXPECT_EQ(edit_problem_fields(parse_edit(values)), c.problems) << c.name;
  }
}

TEST(NetworkEditFormParse, FindingsOutsideTheFormGoToTheForm) {
  const store::Network network = edit_network();
  const EditFormLines lines{{0, 2}, {{1, 2}, {}}, {1}};
  const store::NetworkDetails details = network.details();
  const std::vector<std::pair<core::FieldError, EditFormProblem>> cases = {
      {{"name", "name is required"}, {"form", "network_edit.error.network"}},
      {{"costs.days[0].date", "x"}, {"form", "network_edit.error.network"}},
      {{"meetings[1].minutes", "meetings[1].minutes is longer than 50000 characters"},
       {"form", "network_edit.error.network"}},
      {{"meetings[1].date", "meetings[1].date must be a date YYYY-MM-DD"},
       {"meeting2_date", "network_edit.error.date"}},
      {{"meetings", "at most 200 meetings"},
       {"meetings", "network_edit.error.too_many_meetings", 200}},
      {{"members[0].people[1].name", "members[0].people[1].name is longer than 200 characters"},
       {"people-joensuun-kaupunki", "network_edit.error.person_too_long", 200, 2}},
      {{"members[5].people[0].name", "x"}, {"form", "network_edit.error.network"}},
      {{"results", "at most 100 results"}, {"results", "network_edit.error.too_many_results", 100}},
      {{"results[0]", "results[0] must be a practice's slug"},
       {"results", "network_edit.error.result_address", 0, 1, "hyva-arki"}},
  };
  for (const auto& [finding, problem] : cases)
    EXPECT_EQ(edit_form_problem(finding, lines, details, network), problem) << finding.field;
}

}  // namespace
}  // namespace tori::web
