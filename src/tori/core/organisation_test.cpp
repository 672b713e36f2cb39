// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of organisation types as text and of the guess of a type from a Finnish or Swedish name.
#include "tori/core/organisation.hpp"

#include <gtest/gtest.h>

namespace tori::core {
namespace {

TEST(Organisation, TypesAsText) {
  struct Case {
    OrganisationType type;
    std::string_view text;
  };
  const Case cases[] = {{OrganisationType::kMunicipality, "municipality"},
                        {OrganisationType::kCity, "city"},
                        {OrganisationType::kJointAuthority, "joint_authority"},
                        {OrganisationType::kWellbeingCounty, "wellbeing_county"},
                        {OrganisationType::kRescueDepartment, "rescue_department"},
                        {OrganisationType::kMunicipalCompany, "municipal_company"},
                        {OrganisationType::kOther, "other"}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(to_string(c.type), c.text);
    EXPECT_EQ(parse_organisation_type(c.text), c.type);
  }
  EXPECT_EQ(parse_organisation_type("City"), std::nullopt);
  EXPECT_EQ(parse_organisation_type(""), std::nullopt);
}

TEST(Organisation, GuessesTypeFromName) {
  using T = OrganisationType;
  struct Case {
    std::string_view name;
    T expected;
  };
  // Most rows are organisation names of the demo content (data/demo/practices.jsonl).
  const Case cases[] = {
      {"Tampereen kaupunki", T::kCity},
      {"Helsingin kaupungin kasvatuksen ja koulutuksen toimiala", T::kCity},
      {"Vasa stad", T::kCity},
      {"Mariehamns stad", T::kCity},
      {"HELSINGIN KAUPUNKI", T::kCity},
      {"Kontiolahden kunta", T::kMunicipality},
      {"Sibbo kommun", T::kMunicipality},
      {"Sotkamon kunta", T::kMunicipality},
      {"Kuntaliitto", T::kOther},  // "kunta" only inside a word: not a municipality
      {"Keski-Suomen sairaanhoitopiirin kuntayhtymä", T::kJointAuthority},
      {"Jyväskylän koulutuskuntayhtymä Gradia", T::kJointAuthority},
      {"Päijät-Hämeen hyvinvointikuntayhtymä", T::kJointAuthority},  // not a wellbeing county
      {"Keski-Pohjanmaan ja Pietarsaaren alueen sosiaali- ja terveyspalvelukuntayhtymä Soite",
       T::kJointAuthority},
      {"Siun sote – Pohjois-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä",
       T::kJointAuthority},
      {"Etelä-Karjalan sosiaali- ja terveyspiiri Eksote", T::kJointAuthority},
      {"Samkommunen Kårkulla", T::kJointAuthority},
      {"Ålands kommunförbund", T::kJointAuthority},
      {"Pirkanmaan hyvinvointialue", T::kWellbeingCounty},
      {"Österbottens välfärdsområde", T::kWellbeingCounty},
      {"Pohjois-Karjalan pelastuslaitos", T::kRescueDepartment},
      {"Västra Nylands räddningsverk", T::kRescueDepartment},
      {"Kuntarekry Oy", T::kMunicipalCompany},
      {"Kaari Kuntapalvelut Oy", T::kMunicipalCompany},  // "Oy" before "kunta"
      {"Helmi Ateria- ja puhtauspalvelut Oy", T::kMunicipalCompany},
      {"Oy Stadin Asunnot Ab", T::kMunicipalCompany},
      {"Mariehamns Energi Ab", T::kMunicipalCompany},
      {"Kaupunkien Asunnot oy", T::kMunicipalCompany},  // "oy" before "kaupunki"
      {"Ålands hälso- och sjukvård", T::kOther},
      {"Stadsbud", T::kOther},  // "stad" only as a word
      {"Työterveyslaitos", T::kOther},
      {"", T::kOther},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(to_string(guess_organisation_type(c.name)), to_string(c.expected));
  }
}

}  // namespace
}  // namespace tori::core
