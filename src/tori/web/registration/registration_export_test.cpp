// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the registrations CSV: every case of csv_cell, and a whole file with questions.
#include "tori/web/registration/registration_export.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdint>
#include <sstream>

namespace tori::web {
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
  event.input.place = core::EventPlace{"Sali", "", ""};
  event.input.remote = true;
  store::Registration maija;
  maija.registrant = {"Maija Meikäläinen",
                      "maija@kunta.fi",
                      "Tampereen kaupunki",
                      "",
                      {{"ruokavalio", {"kasvis", "gluteeniton"}}}};
  maija.registered_at = store::UtcTime{std::chrono::sys_days{std::chrono::year{2027} / 2 / 1}} +
                        std::chrono::hours(7);
  maija.attended_at = maija.registered_at + std::chrono::hours(24 * 28);
  store::Registration pekka = maija;
  pekka.attended_at.reset();
  pekka.registrant = {"=Pekka", "pekka@kunta.fi", "", "", {{"toive", {"Ei, kiitos"}}}};
  pekka.status = core::RegistrationStatus::kWaiting;
  maija.registrant.participation = core::Participation::kRemote;
  std::ostringstream out;
  write_registrations_csv(event, {maija, pekka}, out);
  EXPECT_EQ(out.str(),
            "email,name,organisation,title,status,registered_at,attended_at,participation,"
            "ruokavalio,toive\r\n"
            "maija@kunta.fi,Maija Meikäläinen,Tampereen kaupunki,,confirmed,"
            "2027-02-01T09:00:00+02:00,2027-03-01T09:00:00+02:00,remote,kasvis; gluteeniton,\r\n"
            "pekka@kunta.fi,'=Pekka,,,waiting,2027-02-01T09:00:00+02:00,,on_site,,"
            "\"Ei, kiitos\"\r\n");
}

// A little-endian integer of `bytes` octets at `at` of a zip archive.
std::uint32_t le(const std::string& zip, std::size_t at, int bytes) {
  std::uint32_t value = 0;
  for (int i = bytes - 1; i >= 0; --i)
    value = value << 8 | static_cast<unsigned char>(zip.at(at + static_cast<std::size_t>(i)));
  return value;
}

// The member `name` of a zip archive, inflated (through the central directory, as an unzip tool
// reads it); "" when absent.
std::string zip_member(const std::string& zip, const std::string& name) {
  const std::size_t end = zip.rfind(std::string("PK\x05\x06", 4));
  if (end == std::string::npos) return "";
  std::size_t entry = le(zip, end + 16, 4);
  for (std::uint32_t n = le(zip, end + 10, 2); n > 0; --n) {
    const std::uint32_t method = le(zip, entry + 10, 2), packed = le(zip, entry + 20, 4);
    const std::uint32_t size = le(zip, entry + 24, 4), name_length = le(zip, entry + 28, 2);
    const std::uint32_t local = le(zip, entry + 42, 4);
    if (zip.substr(entry + 46, name_length) == name) {
      const std::size_t data = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
      if (method == 0) return zip.substr(data, size);
      std::string out(size, '\0');
      z_stream stream{};
      inflateInit2(&stream, -MAX_WBITS);
      stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
      stream.avail_in = packed;
      stream.next_out = reinterpret_cast<Bytef*>(out.data());
      stream.avail_out = size;
      inflate(&stream, Z_FINISH);
      inflateEnd(&stream);
      return out;
    }
    entry += 46 + name_length + le(zip, entry + 30, 2) + le(zip, entry + 32, 2);
  }
  return "";
}

TEST(RegistrationsXlsx, AWorkbookWithTheTableAsTextAndNoFormulas) {
  core::Event event;
  event.input.questions = {{"toive", "Toiveet", core::QuestionType::kText, {}, false}};
  store::Registration pekka;
  pekka.registrant = {"=HYPERLINK(\"http://x\")",
                      "pekka@kunta.fi",
                      "Äänekosken kaupunki",
                      "",
                      {{"toive", {"+358 40 123"}}}};
  const std::string xlsx = registrations_xlsx(event, {pekka});
  ASSERT_EQ(xlsx.substr(0, 2), "PK") << "a zip archive";
  const std::string sheet = zip_member(xlsx, "xl/worksheets/sheet1.xml");
  const std::string strings = zip_member(xlsx, "xl/sharedStrings.xml");
  ASSERT_FALSE(sheet.empty());
  EXPECT_EQ(sheet.find("<f>"), std::string::npos) << "no formula cells";
  EXPECT_NE(sheet.find("<pane"), std::string::npos) << "the header row frozen";
  for (const char* text : {"email", "registered_at", "toive", "pekka@kunta.fi",
                           "Äänekosken kaupunki", "'=HYPERLINK(", "'+358 40 123"}) {
    EXPECT_NE(strings.find(text), std::string::npos) << text << " in " << strings;
  }
}

}  // namespace
}  // namespace tori::web
