// SPDX-License-Identifier: AGPL-3.0-or-later
// Summary templates, title endings, grades, and the invented people and link titles of
// generated practices.
#include "tori/demo/tables.hpp"

namespace tori::demo {
namespace {

// The first sentence of a summary. The last one is two sentences and stands alone.
constexpr const char* kSummaryOpeners[] = {
    "{name} uudisti {s_acc} {t_ine} ja {m_vp}.",
    "{name} kehitti {s_par} {t_ine} {m_title}.",
    "{name_gen} {t_ine} uudistettiin {s} {m_title}.",
    "{name} halusi parantaa {s_par} {t_ine}, joten se {m_vp}.",
    "Miten {s} saadaan toimimaan {t_ine}? {name} {m_vp}.",
};

// The second sentence of a summary of a practice in use.
constexpr const char* kSummaryMature[] = {
    "Uusi toimintatapa on vakiintunut osaksi arkea.",
    "Kokemukset ovat olleet niin hyviä, että mallia laajennetaan muihinkin yksiköihin.",
    "Tuloksena on sujuvampi arki sekä henkilöstölle että asiakkaille.",
    "Muutos näkyy sekä henkilöstökyselyssä että asiakaspalautteessa.",
    "Kuvauksessa kerrotaan, mitä muutos vaati ja mitä siitä opittiin.",
    "Toimintatapa syntyi henkilöstön omista ideoista.",
    "Malli on helppo ottaa käyttöön muissakin työyhteisöissä.",
    "Muutos toteutettiin ilman lisäresursseja.",
    "Työntekijät kokevat voivansa vaikuttaa työhönsä aiempaa enemmän.",
    "Tulokset näkyivät jo ensimmäisen vuoden aikana.",
};

// The second sentence of a summary of a pilot or an idea.
constexpr const char* kSummaryEarly[] = {
    "Kokeilu on vielä käynnissä, ja sen tuloksia seurataan tarkasti.",
    "Ensimmäiset kokemukset ovat rohkaisevia.",
    "Kokeilun jälkeen päätetään, otetaanko toimintatapa laajemmin käyttöön.",
    "Kuvauksessa kerrotaan, miten kokeilu käynnistettiin ja mitä siitä on jo opittu.",
    "Tavoitteena on vapauttaa aikaa perustyöhön ja parantaa jaksamista.",
};

// Title endings after a colon for a practice in use.
constexpr const char* kTitleTailsMature[] = {
    "kokeilusta pysyväksi käytännöksi",
    "näin se onnistui",
    "pienillä muutoksilla isoja vaikutuksia",
    "henkilöstö kehittäjänä",
    "uusi malli arkeen",
    "askel kerrallaan",
    "mitä opimme matkan varrella",
    "enemmän aikaa perustyölle",
    "arki sujuvammaksi",
    "kaikki mukaan kehittämään",
    "yhteinen tapa koko organisaatioon",
    "tulokset näkyvät",
};

// Title endings after a colon for a pilot or an idea.
constexpr const char* kTitleTailsEarly[] = {
    "kokeilu käynnissä",         "ensimmäiset kokemukset", "suunnitelmasta kokeiluun",
    "pilotti yhdessä yksikössä", "ensimmäiset askeleet",
};

// Invented first names (women). No name of a real person from the programme's news is built
// from these tables: the surnames of those people are left out.
constexpr const char* kFemaleFirstNames[] = {
    "Aino",   "Anna",   "Anne",  "Anu",        "Eeva",        "Eija",    "Elina", "Emmi",
    "Hanna",  "Heidi",  "Heli",  "Iida",       "Johanna",     "Jenni",   "Kaisa", "Katja",
    "Kirsi",  "Krista", "Laura", "Leena",      "Liisa",       "Maarit",  "Maria", "Marja",
    "Merja",  "Mervi",  "Minna", "Niina",      "Noora",       "Outi",    "Paula", "Päivi",
    "Riikka", "Sanna",  "Sari",  "Satu",       "Sirpa",       "Susanna", "Taina", "Tanja",
    "Tiina",  "Tuula",  "Ulla",  "Anna-Leena", "Marja-Liisa", "Virpi",
};

// Invented first names (men).
constexpr const char* kMaleFirstNames[] = {
    "Aleksi", "Antti", "Ari",   "Eero",  "Esa",    "Harri",  "Heikki", "Ilkka",
    "Jaakko", "Janne", "Jari",  "Jarmo", "Joonas", "Juha",   "Juho",   "Jukka",
    "Jussi",  "Kari",  "Kimmo", "Lauri", "Marko",  "Markus", "Matti",  "Mika",
    "Mikko",  "Olli",  "Pasi",  "Pekka", "Petri",  "Risto",  "Sami",   "Seppo",
    "Tapio",  "Teemu", "Timo",  "Tomi",  "Tuomas", "Vesa",   "Ville",  "Juha-Pekka",
};

// Common Finnish (and a few Finland-Swedish) surnames.
constexpr const char* kSurnames[] = {
    "Aaltonen",  "Ahonen",     "Anttila",  "Björklund",  "Halonen",    "Hakala",
    "Heikkilä",  "Heikkinen",  "Heinonen", "Hiltunen",   "Hirvonen",   "Honkanen",
    "Huttunen",  "Hämäläinen", "Jokinen",  "Järvinen",   "Kallio",     "Karjalainen",
    "Karppinen", "Kauppinen",  "Keränen",  "Kettunen",   "Kinnunen",   "Koivisto",
    "Kokkonen",  "Korhonen",   "Koskinen", "Kärkkäinen", "Laaksonen",  "Lahtinen",
    "Laine",     "Laitinen",   "Lehtinen", "Lehtonen",   "Leinonen",   "Lindholm",
    "Lindqvist", "Manninen",   "Mattila",  "Miettinen",  "Mustonen",   "Mäkinen",
    "Niemi",     "Nieminen",   "Oksanen",  "Peltonen",   "Pelkonen",   "Pesonen",
    "Pitkänen",  "Pääkkönen",  "Rantanen", "Rautio",     "Räsänen",    "Ruotsalainen",
    "Saarinen",  "Salminen",   "Salo",     "Salonen",    "Savolainen", "Seppälä",
    "Sirviö",    "Sjöberg",    "Toivonen", "Tuominen",   "Turunen",    "Vainio",
    "Virtanen",  "Väisänen",   "Ylönen",   "Öhman",
};

// Contact titles that fit any work unit.
constexpr const char* kGenericContactTitles[] = {
    "kehittämispäällikkö", "henkilöstöasiantuntija", "kehittämiskoordinaattori",
    "palvelupäällikkö",    "henkilöstöpäällikkö",    "työhyvinvointikoordinaattori",
    "projektipäällikkö",   "laatupäällikkö",         "kehittämisasiantuntija",
    "työsuojelupäällikkö",
};

// Titles of the occasional link.
constexpr const char* kLinkTitles[] = {
    "Toimintamallin kuvaus", "Kokeilun loppuraportti", "Ohjeet ja lomakkeet",
    "Esittelyvideo",         "Materiaalipankki",       "Esitys kehittämispäivästä",
};

// Grades 1–5 in the elative ("from"), with the vowel harmony of the spoken number.
constexpr const char* kGradesFrom[] = {"3,2:sta", "3,3:sta", "3,6:sta", "3,8:sta"};
// Grades in the illative ("to"): "4,1:een" (yhteen), "4,2:een" (kahteen)…
constexpr const char* kGradesTo[] = {"4,1:een", "4,2:een", "4,3:een", "4,5:een", "4,6:een"};

}  // namespace

Pool summary_openers() {
  return kSummaryOpeners;
}
Pool summary_mature() {
  return kSummaryMature;
}
Pool summary_early() {
  return kSummaryEarly;
}
Pool title_tails_mature() {
  return kTitleTailsMature;
}
Pool title_tails_early() {
  return kTitleTailsEarly;
}
Pool female_first_names() {
  return kFemaleFirstNames;
}
Pool male_first_names() {
  return kMaleFirstNames;
}
Pool surnames() {
  return kSurnames;
}
Pool generic_contact_titles() {
  return kGenericContactTitles;
}
Pool link_titles() {
  return kLinkTitles;
}
Pool grades_from() {
  return kGradesFrom;
}
Pool grades_to() {
  return kGradesTo;
}

}  // namespace tori::demo
