// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the registrations CSV: every case of csv_cell, and a whole file with questions.
#include "tori/app/registration_export.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace tori::app {
namespace {

TEST(CsvCell, EveryCase) {
  struct Case {
    const char* text;
    const char* cell;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"", ""},
           {"Maija", "Maija"},
           {"Meikäläinen, Maija", "\"Meikäläinen, Maija\""},
           {"sanoi \"hei\"", "\"sanoi \"\"hei\"\"\""},
           {"rivi\nrivi", "\"rivi\nrivi\""},
           {"rivi\r\nrivi", "\"rivi\r\nrivi\""},
           {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
           {"=1+2", "'=1+2"},
           {"+358 40 123", "'+358 40 123"},
           {"-5", "'-5"},
           {"@SUM(A1)", "'@SUM(A1)"},
           {"\tpiilo", "'\tpiilo"},
           {"\rpiilo", "\"'\rpiilo\""},
           {"a=b", "a=b"},
           {"'lainaus", "'lainaus"},
       }) {
    EXPECT_EQ(csv_cell(c.text), c.cell) << c.text;
  }
}

TEST(RegistrationsCsv, AHeaderRowThenOneRowPerRegistrationWithItsAnswers) {
  core::Event event;
  event.input.questions = {{"ruokavalio",
                            "Erityisruokavalio",
                            core::QuestionType::kMulti,
                            {"kasvis", "gluteeniton"},
                            false},
                           {"toive", "Toiveet", core::QuestionType::kText, {}, false}};
  store::Registration maija;
  maija.registrant = {"Maija Meikäläinen",
                      "maija@kunta.fi",
                      "Tampereen kaupunki",
                      "",
                      {{"ruokavalio", {"kasvis", "gluteeniton"}}}};
  maija.registered_at = store::UtcTime{std::chrono::sys_days{std::chrono::year{2027} / 2 / 1}} +
                        std::chrono::hours(7);
  store::Registration pekka = maija;
  pekka.registrant = {"=Pekka", "pekka@kunta.fi", "", "", {{"toive", {"Ei, kiitos"}}}};
  pekka.status = core::RegistrationStatus::kWaiting;
  std::ostringstream out;
  write_registrations_csv(event, {maija, pekka}, out);
  EXPECT_EQ(out.str(),
            "email,name,organisation,title,status,registered_at,ruokavalio,toive\r\n"
            "maija@kunta.fi,Maija Meikäläinen,Tampereen kaupunki,,confirmed,"
            "2027-02-01T09:00:00+02:00,kasvis; gluteeniton,\r\n"
            "pekka@kunta.fi,'=Pekka,,,waiting,2027-02-01T09:00:00+02:00,,\"Ei, kiitos\"\r\n");
}

}  // namespace
}  // namespace tori::app
