// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of blind mode's copy: which names are hidden, whole words only (never inside a
// longer word, "ä" counting as a letter), the longest first, and a practice's every text field.
#include "tori/core/blind_copy.hpp"

#include <gtest/gtest.h>

namespace tori::core {
namespace {

TEST(BlindCopy, HideNamesAsWholeWords) {
  const std::vector<std::string> names = {"Oulun kaupunki", "Maija Meikäläinen", "Oulun", "Maija"};
  struct Case {
    const char* text;
    const char* hidden;
  };
  const Case cases[] = {
      {"Oulun kaupunki kokeili.", "[…] kokeili."},
      {"Oulun kaupungin väki", "[…] kaupungin väki"},
      {"Maija Meikäläinen vetää.", "[…] vetää."},
      {"Maijan mukaan", "Maijan mukaan"},  // inflected: not the whole word
      {"Oulunsalo", "Oulunsalo"},
      {"äOulun", "äOulun"},
      {"(Oulun)", "([…])"},
      {"Oulun, Oulun.", "[…], […]."},
      {"oulun kaupunki", "oulun kaupunki"},  // case kept: names are written as names
      {"", ""},
  };
  for (const Case& c : cases)
    EXPECT_EQ(hide_names(c.text, names), c.hidden) << c.text;
}

TEST(BlindCopy, ThePracticeShowsNoNames) {
  Practice practice;
  practice.title = "Oulun kaupungin työvuorot";
  practice.summary = "Oulun kaupunki ja Kuntaliitto kokeilivat.";
  practice.organisations = {{"oulun-kaupunki", "Oulun kaupunki"}, {"kuntaliitto", "Kuntaliitto"}};
  section_text(practice.sections, kSections[0]) =
      "Hankkeen vetäjä Maija Meikäläinen (maija@ouka.fi, 040 123 4567) kertoo.";
  practice.contact = {"Maija Meikäläinen", "HR-asiantuntija", "maija@ouka.fi", "040 123 4567"};
  practice.links = {{"Oulun sivu", "https://www.ouka.fi"}};
  EXPECT_EQ(names_to_hide(practice),
            (std::vector<std::string>{"Maija Meikäläinen", "Oulun kaupunki", "Meikäläinen",
                                      "maija@ouka.fi", "040 123 4567", "Kuntaliitto", "Maija",
                                      "Oulun"}));  // by length in bytes
  const Practice blind = blind_copy(practice);
  EXPECT_EQ(blind.title, "[…] kaupungin työvuorot");
  EXPECT_EQ(blind.summary, "[…] ja […] kokeilivat.");
  EXPECT_EQ(section_text(blind.sections, kSections[0]), "Hankkeen vetäjä […] ([…], […]) kertoo.");
  EXPECT_TRUE(blind.organisations.empty());
  EXPECT_EQ(blind.contact, Contact{});
  EXPECT_TRUE(blind.links.empty());
  EXPECT_EQ(blind.id, practice.id);
}

}  // namespace
}  // namespace tori::core
