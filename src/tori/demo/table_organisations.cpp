// SPDX-License-Identifier: AGPL-3.0-or-later
// The organisations generated practices come from: 99 municipalities over every region (with
// the genitive each name needs), wellbeing services counties, rescue departments, joint
// authorities and a few invented municipal companies.
#include "tori/demo/tables.hpp"

namespace tori::demo {
namespace {

// Municipalities: Finnish name as in municipalities.csv, genitive (irregular, so written out),
// city or municipality, weight (big cities publish more), whether it kept social and health
// services in 2023 (only Helsinki did). Grouped by region; every mainland region and Åland.
constexpr MunicipalityRow kMunicipalities[] = {
    // Uusimaa
    {"Helsinki", "Helsingin", true, 6, true},
    {"Espoo", "Espoon", true, 4, false},
    {"Vantaa", "Vantaan", true, 4, false},
    {"Porvoo", "Porvoon", true, 2, false},
    {"Lohja", "Lohjan", true, 2, false},
    {"Hyvinkää", "Hyvinkään", true, 2, false},
    {"Järvenpää", "Järvenpään", true, 2, false},
    {"Kirkkonummi", "Kirkkonummen", false, 2, false},
    {"Nurmijärvi", "Nurmijärven", false, 2, false},
    {"Vihti", "Vihdin", false, 1, false},
    {"Loviisa", "Loviisan", true, 1, false},
    // Varsinais-Suomi
    {"Turku", "Turun", true, 4, false},
    {"Salo", "Salon", true, 2, false},
    {"Kaarina", "Kaarinan", true, 2, false},
    {"Raisio", "Raision", true, 1, false},
    {"Uusikaupunki", "Uudenkaupungin", true, 1, false},
    {"Lieto", "Liedon", false, 1, false},
    {"Parainen", "Paraisten", true, 1, false},
    {"Mynämäki", "Mynämäen", false, 1, false},
    // Satakunta
    {"Pori", "Porin", true, 3, false},
    {"Rauma", "Rauman", true, 2, false},
    {"Ulvila", "Ulvilan", true, 1, false},
    {"Kankaanpää", "Kankaanpään", true, 1, false},
    {"Huittinen", "Huittisten", true, 1, false},
    // Kanta-Häme
    {"Hämeenlinna", "Hämeenlinnan", true, 3, false},
    {"Riihimäki", "Riihimäen", true, 2, false},
    {"Forssa", "Forssan", true, 1, false},
    {"Janakkala", "Janakkalan", false, 1, false},
    // Pirkanmaa
    {"Tampere", "Tampereen", true, 4, false},
    {"Nokia", "Nokian", true, 2, false},
    {"Ylöjärvi", "Ylöjärven", true, 2, false},
    {"Kangasala", "Kangasalan", true, 2, false},
    {"Lempäälä", "Lempäälän", false, 1, false},
    {"Valkeakoski", "Valkeakosken", true, 1, false},
    {"Sastamala", "Sastamalan", true, 1, false},
    {"Orivesi", "Oriveden", true, 1, false},
    {"Virrat", "Virtain", true, 1, false},
    // Päijät-Häme
    {"Lahti", "Lahden", true, 4, false},
    {"Hollola", "Hollolan", false, 1, false},
    {"Heinola", "Heinolan", true, 1, false},
    {"Orimattila", "Orimattilan", true, 1, false},
    // Kymenlaakso
    {"Kotka", "Kotkan", true, 2, false},
    {"Kouvola", "Kouvolan", true, 3, false},
    {"Hamina", "Haminan", true, 1, false},
    {"Pyhtää", "Pyhtään", false, 1, false},
    // Etelä-Karjala
    {"Lappeenranta", "Lappeenrannan", true, 3, false},
    {"Imatra", "Imatran", true, 1, false},
    {"Ruokolahti", "Ruokolahden", false, 1, false},
    // Etelä-Savo
    {"Mikkeli", "Mikkelin", true, 3, false},
    {"Savonlinna", "Savonlinnan", true, 2, false},
    {"Pieksämäki", "Pieksämäen", true, 1, false},
    {"Juva", "Juvan", false, 1, false},
    {"Kangasniemi", "Kangasniemen", false, 1, false},
    // Pohjois-Savo
    {"Kuopio", "Kuopion", true, 4, false},
    {"Iisalmi", "Iisalmen", true, 1, false},
    {"Varkaus", "Varkauden", true, 1, false},
    {"Siilinjärvi", "Siilinjärven", false, 1, false},
    {"Leppävirta", "Leppävirran", false, 1, false},
    // Pohjois-Karjala
    {"Joensuu", "Joensuun", true, 3, false},
    {"Kitee", "Kiteen", true, 1, false},
    {"Lieksa", "Lieksan", true, 1, false},
    {"Liperi", "Liperin", false, 1, false},
    {"Nurmes", "Nurmeksen", true, 1, false},
    // Keski-Suomi
    {"Jyväskylä", "Jyväskylän", true, 4, false},
    {"Äänekoski", "Äänekosken", true, 1, false},
    {"Jämsä", "Jämsän", true, 1, false},
    {"Laukaa", "Laukaan", false, 1, false},
    {"Muurame", "Muuramen", false, 1, false},
    {"Keuruu", "Keuruun", true, 1, false},
    // Etelä-Pohjanmaa
    {"Seinäjoki", "Seinäjoen", true, 3, false},
    {"Lapua", "Lapuan", true, 1, false},
    {"Kauhajoki", "Kauhajoen", true, 1, false},
    {"Kurikka", "Kurikan", true, 1, false},
    {"Ilmajoki", "Ilmajoen", false, 1, false},
    // Pohjanmaa
    {"Vaasa", "Vaasan", true, 3, false},
    {"Mustasaari", "Mustasaaren", false, 1, false},
    {"Pietarsaari", "Pietarsaaren", true, 1, false},
    {"Närpiö", "Närpiön", true, 1, false},
    {"Kristiinankaupunki", "Kristiinankaupungin", true, 1, false},
    // Keski-Pohjanmaa
    {"Kokkola", "Kokkolan", true, 2, false},
    {"Kannus", "Kannuksen", true, 1, false},
    {"Kaustinen", "Kaustisen", false, 1, false},
    // Pohjois-Pohjanmaa
    {"Oulu", "Oulun", true, 4, false},
    {"Raahe", "Raahen", true, 1, false},
    {"Ylivieska", "Ylivieskan", true, 1, false},
    {"Kempele", "Kempeleen", false, 1, false},
    {"Kuusamo", "Kuusamon", true, 1, false},
    {"Ii", "Iin", false, 1, false},
    {"Liminka", "Limingan", false, 1, false},
    // Kainuu
    {"Kajaani", "Kajaanin", true, 2, false},
    {"Sotkamo", "Sotkamon", false, 1, false},
    {"Kuhmo", "Kuhmon", true, 1, false},
    // Lappi
    {"Rovaniemi", "Rovaniemen", true, 3, false},
    {"Kemi", "Kemin", true, 1, false},
    {"Tornio", "Tornion", true, 1, false},
    {"Sodankylä", "Sodankylän", false, 1, false},
    {"Inari", "Inarin", false, 1, false},
    // Ahvenanmaa
    {"Maarianhamina", "Maarianhaminan", true, 1, false},
    {"Jomala", "Jomalan", false, 1, false},
};

constexpr unsigned kSoteAuthority = kSote | kFood | kAdmin | kWhole | kLeadership;
constexpr unsigned kRescueDepartment = kRescue | kWhole | kLeadership;
constexpr unsigned kEducationAuthority = kVocational | kFood | kAdmin | kWhole | kLeadership;
constexpr unsigned kServiceCompany = kFood | kTechnical | kAdmin | kWhole | kLeadership;

// The other organisations: name in three cases, kind, seat, weight, areas of work and the years
// they existed (wellbeing services counties from 2023; the sote joint authorities they replaced
// until 2022). The four companies are invented; everything else is a real body.
constexpr OtherOrgRow kOthers[] = {
    // Wellbeing services counties (hyvinvointialueet), from 2023.
    {"Pirkanmaan hyvinvointialue", "Pirkanmaan hyvinvointialueen", "Pirkanmaan hyvinvointialueella",
     OrgKind::kWellbeingCounty, "Tampere", 3, kSoteAuthority, 2023, 2025},
    {"Varsinais-Suomen hyvinvointialue", "Varsinais-Suomen hyvinvointialueen",
     "Varsinais-Suomen hyvinvointialueella", OrgKind::kWellbeingCounty, "Turku", 3, kSoteAuthority,
     2023, 2025},
    {"Pohjois-Pohjanmaan hyvinvointialue", "Pohjois-Pohjanmaan hyvinvointialueen",
     "Pohjois-Pohjanmaan hyvinvointialueella", OrgKind::kWellbeingCounty, "Oulu", 3, kSoteAuthority,
     2023, 2025},
    {"Keski-Suomen hyvinvointialue", "Keski-Suomen hyvinvointialueen",
     "Keski-Suomen hyvinvointialueella", OrgKind::kWellbeingCounty, "Jyväskylä", 3, kSoteAuthority,
     2023, 2025},
    {"Pohjois-Savon hyvinvointialue", "Pohjois-Savon hyvinvointialueen",
     "Pohjois-Savon hyvinvointialueella", OrgKind::kWellbeingCounty, "Kuopio", 3, kSoteAuthority,
     2023, 2025},
    {"Länsi-Uudenmaan hyvinvointialue", "Länsi-Uudenmaan hyvinvointialueen",
     "Länsi-Uudenmaan hyvinvointialueella", OrgKind::kWellbeingCounty, "Espoo", 3, kSoteAuthority,
     2023, 2025},
    {"Vantaan ja Keravan hyvinvointialue", "Vantaan ja Keravan hyvinvointialueen",
     "Vantaan ja Keravan hyvinvointialueella", OrgKind::kWellbeingCounty, "Vantaa", 3,
     kSoteAuthority, 2023, 2025},
    {"Itä-Uudenmaan hyvinvointialue", "Itä-Uudenmaan hyvinvointialueen",
     "Itä-Uudenmaan hyvinvointialueella", OrgKind::kWellbeingCounty, "Porvoo", 2, kSoteAuthority,
     2023, 2025},
    {"Satakunnan hyvinvointialue", "Satakunnan hyvinvointialueen", "Satakunnan hyvinvointialueella",
     OrgKind::kWellbeingCounty, "Pori", 2, kSoteAuthority, 2023, 2025},
    {"Päijät-Hämeen hyvinvointialue", "Päijät-Hämeen hyvinvointialueen",
     "Päijät-Hämeen hyvinvointialueella", OrgKind::kWellbeingCounty, "Lahti", 2, kSoteAuthority,
     2023, 2025},
    {"Kanta-Hämeen hyvinvointialue", "Kanta-Hämeen hyvinvointialueen",
     "Kanta-Hämeen hyvinvointialueella", OrgKind::kWellbeingCounty, "Hämeenlinna", 2,
     kSoteAuthority, 2023, 2025},
    {"Etelä-Pohjanmaan hyvinvointialue", "Etelä-Pohjanmaan hyvinvointialueen",
     "Etelä-Pohjanmaan hyvinvointialueella", OrgKind::kWellbeingCounty, "Seinäjoki", 2,
     kSoteAuthority, 2023, 2025},
    {"Lapin hyvinvointialue", "Lapin hyvinvointialueen", "Lapin hyvinvointialueella",
     OrgKind::kWellbeingCounty, "Rovaniemi", 2, kSoteAuthority, 2023, 2025},
    {"Kainuun hyvinvointialue", "Kainuun hyvinvointialueen", "Kainuun hyvinvointialueella",
     OrgKind::kWellbeingCounty, "Kajaani", 2, kSoteAuthority, 2023, 2025},
    {"Pohjanmaan hyvinvointialue", "Pohjanmaan hyvinvointialueen", "Pohjanmaan hyvinvointialueella",
     OrgKind::kWellbeingCounty, "Vaasa", 2, kSoteAuthority, 2023, 2025},
    {"Etelä-Savon hyvinvointialue", "Etelä-Savon hyvinvointialueen",
     "Etelä-Savon hyvinvointialueella", OrgKind::kWellbeingCounty, "Mikkeli", 2, kSoteAuthority,
     2023, 2025},
    // Rescue departments (pelastuslaitokset).
    {"Keski-Uudenmaan pelastuslaitos", "Keski-Uudenmaan pelastuslaitoksen",
     "Keski-Uudenmaan pelastuslaitoksella", OrgKind::kRescue, "Vantaa", 2, kRescueDepartment, 2016,
     2025},
    {"Varsinais-Suomen pelastuslaitos", "Varsinais-Suomen pelastuslaitoksen",
     "Varsinais-Suomen pelastuslaitoksella", OrgKind::kRescue, "Turku", 2, kRescueDepartment, 2016,
     2025},
    {"Pirkanmaan pelastuslaitos", "Pirkanmaan pelastuslaitoksen", "Pirkanmaan pelastuslaitoksella",
     OrgKind::kRescue, "Tampere", 2, kRescueDepartment, 2016, 2025},
    {"Pohjois-Savon pelastuslaitos", "Pohjois-Savon pelastuslaitoksen",
     "Pohjois-Savon pelastuslaitoksella", OrgKind::kRescue, "Kuopio", 2, kRescueDepartment, 2016,
     2025},
    {"Etelä-Savon pelastuslaitos", "Etelä-Savon pelastuslaitoksen",
     "Etelä-Savon pelastuslaitoksella", OrgKind::kRescue, "Mikkeli", 1, kRescueDepartment, 2016,
     2025},
    {"Keski-Suomen pelastuslaitos", "Keski-Suomen pelastuslaitoksen",
     "Keski-Suomen pelastuslaitoksella", OrgKind::kRescue, "Jyväskylä", 2, kRescueDepartment, 2016,
     2025},
    {"Oulu-Koillismaan pelastuslaitos", "Oulu-Koillismaan pelastuslaitoksen",
     "Oulu-Koillismaan pelastuslaitoksella", OrgKind::kRescue, "Oulu", 2, kRescueDepartment, 2016,
     2025},
    {"Lapin pelastuslaitos", "Lapin pelastuslaitoksen", "Lapin pelastuslaitoksella",
     OrgKind::kRescue, "Rovaniemi", 1, kRescueDepartment, 2016, 2025},
    {"Etelä-Karjalan pelastuslaitos", "Etelä-Karjalan pelastuslaitoksen",
     "Etelä-Karjalan pelastuslaitoksella", OrgKind::kRescue, "Lappeenranta", 1, kRescueDepartment,
     2016, 2025},
    {"Pohjanmaan pelastuslaitos", "Pohjanmaan pelastuslaitoksen", "Pohjanmaan pelastuslaitoksella",
     OrgKind::kRescue, "Vaasa", 1, kRescueDepartment, 2016, 2025},
    // Social and health joint authorities, until the wellbeing services counties took over.
    {"Pohjois-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä",
     "Pohjois-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymän",
     "Pohjois-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymässä", OrgKind::kJoint, "Joensuu",
     3, kSoteAuthority, 2017, 2022},
    {"Etelä-Karjalan sosiaali- ja terveyspiiri", "Etelä-Karjalan sosiaali- ja terveyspiirin",
     "Etelä-Karjalan sosiaali- ja terveyspiirissä", OrgKind::kJoint, "Lappeenranta", 3,
     kSoteAuthority, 2016, 2022},
    {"Kymenlaakson sosiaali- ja terveyspalvelujen kuntayhtymä",
     "Kymenlaakson sosiaali- ja terveyspalvelujen kuntayhtymän",
     "Kymenlaakson sosiaali- ja terveyspalvelujen kuntayhtymässä", OrgKind::kJoint, "Kotka", 2,
     kSoteAuthority, 2019, 2022},
    {"Keski-Pohjanmaan sosiaali- ja terveyspalvelukuntayhtymä",
     "Keski-Pohjanmaan sosiaali- ja terveyspalvelukuntayhtymän",
     "Keski-Pohjanmaan sosiaali- ja terveyspalvelukuntayhtymässä", OrgKind::kJoint, "Kokkola", 2,
     kSoteAuthority, 2017, 2022},
    {"Kainuun sosiaali- ja terveydenhuollon kuntayhtymä",
     "Kainuun sosiaali- ja terveydenhuollon kuntayhtymän",
     "Kainuun sosiaali- ja terveydenhuollon kuntayhtymässä", OrgKind::kJoint, "Kajaani", 2,
     kSoteAuthority, 2016, 2022},
    {"Peruspalvelukuntayhtymä Kallio", "Peruspalvelukuntayhtymä Kallion",
     "Peruspalvelukuntayhtymä Kalliossa", OrgKind::kJoint, "Ylivieska", 1, kSoteAuthority, 2016,
     2022},
    // Other joint authorities: environmental services and vocational education.
    {"Helsingin seudun ympäristöpalvelut -kuntayhtymä",
     "Helsingin seudun ympäristöpalvelut -kuntayhtymän",
     "Helsingin seudun ympäristöpalvelut -kuntayhtymässä", OrgKind::kJoint, "Helsinki", 2,
     kTechnical | kAdmin | kWhole | kLeadership, 2016, 2025},
    {"Jyväskylän koulutuskuntayhtymä Gradia", "Jyväskylän koulutuskuntayhtymä Gradian",
     "Jyväskylän koulutuskuntayhtymä Gradiassa", OrgKind::kJoint, "Jyväskylä", 2,
     kEducationAuthority, 2016, 2025},
    {"Koulutuskuntayhtymä Tavastia", "Koulutuskuntayhtymä Tavastian",
     "Koulutuskuntayhtymä Tavastiassa", OrgKind::kJoint, "Hämeenlinna", 1, kEducationAuthority,
     2016, 2025},
    {"Seinäjoen koulutuskuntayhtymä", "Seinäjoen koulutuskuntayhtymän",
     "Seinäjoen koulutuskuntayhtymässä", OrgKind::kJoint, "Seinäjoki", 1, kEducationAuthority, 2016,
     2025},
    {"Savon koulutuskuntayhtymä", "Savon koulutuskuntayhtymän", "Savon koulutuskuntayhtymässä",
     OrgKind::kJoint, "Kuopio", 1, kEducationAuthority, 2016, 2025},
    {"Satakunnan koulutuskuntayhtymä", "Satakunnan koulutuskuntayhtymän",
     "Satakunnan koulutuskuntayhtymässä", OrgKind::kJoint, "Pori", 1, kEducationAuthority, 2016,
     2025},
    // Municipal companies (invented names).
    {"Pohjanrannan Kiinteistöpalvelut Oy", "Pohjanrannan Kiinteistöpalvelut Oy:n",
     "Pohjanrannan Kiinteistöpalvelut Oy:ssä", OrgKind::kCompany, "Kokkola", 1, kServiceCompany,
     2016, 2025},
    {"Saimaan Ateriapalvelut Oy", "Saimaan Ateriapalvelut Oy:n", "Saimaan Ateriapalvelut Oy:ssä",
     OrgKind::kCompany, "Lappeenranta", 1, kServiceCompany, 2016, 2025},
    {"Lounais-Suomen Tilapalvelu Oy", "Lounais-Suomen Tilapalvelu Oy:n",
     "Lounais-Suomen Tilapalvelu Oy:ssä", OrgKind::kCompany, "Salo", 1, kServiceCompany, 2016,
     2025},
    {"Kuntapalvelu Aapa Oy", "Kuntapalvelu Aapa Oy:n", "Kuntapalvelu Aapa Oy:ssä",
     OrgKind::kCompany, "Rovaniemi", 1, kServiceCompany, 2016, 2025},
};

}  // namespace

std::span<const MunicipalityRow> municipality_rows() {
  return kMunicipalities;
}
std::span<const OtherOrgRow> other_org_rows() {
  return kOthers;
}

}  // namespace tori::demo
