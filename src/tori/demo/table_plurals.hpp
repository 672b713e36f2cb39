// SPDX-License-Identifier: AGPL-3.0-or-later
// The plural noun phrases of table_targets.cpp: the workers and clients of the work units, in the
// cases the sentences use (internal to tori_demo).
#pragma once

#include "tori/demo/tables.hpp"

namespace tori::demo {

// Workers and clients of the units, in the cases the sentences use.
inline constexpr Plural kFitters{"asentajat", "asentajien", "asentajia", "asentajille"};
inline constexpr Plural kFittersAndDrivers{
    "asentajat ja koneenkuljettajat", "asentajien ja koneenkuljettajien",
    "asentajia ja koneenkuljettajia", "asentajille ja koneenkuljettajille"};
inline constexpr Plural kCustomerAdvisers{"asiakasneuvojat", "asiakasneuvojien", "asiakasneuvojia",
                                          "asiakasneuvojille"};
inline constexpr Plural kClients{"asiakkaat", "asiakkaiden", "asiakkaita", "asiakkaille"};
inline constexpr Plural kExperts{"asiantuntijat", "asiantuntijoiden", "asiantuntijoita",
                                 "asiantuntijoille"};
inline constexpr Plural kInhabitants{"asukkaat", "asukkaiden", "asukkaita", "asukkaille"};
inline constexpr Plural kParamedics{"ensihoitajat", "ensihoitajien", "ensihoitajia",
                                    "ensihoitajille"};
inline constexpr Plural kPhysiotherapists{"fysioterapeutit", "fysioterapeuttien",
                                          "fysioterapeutteja", "fysioterapeuteille"};
inline constexpr Plural kSecretaries{"hallintosihteerit", "hallintosihteerien",
                                     "hallintosihteereitä", "hallintosihteereille"};
inline constexpr Plural kDentalNurses{"hammashoitajat", "hammashoitajien", "hammashoitajia",
                                      "hammashoitajille"};
inline constexpr Plural kHrExperts{"henkilöstöasiantuntijat", "henkilöstöasiantuntijoiden",
                                   "henkilöstöasiantuntijoita", "henkilöstöasiantuntijoille"};
inline constexpr Plural kNurses{"hoitajat", "hoitajien", "hoitajia", "hoitajille"};
inline constexpr Plural kEducators{"kasvattajat", "kasvattajien", "kasvattajia", "kasvattajille"};
inline constexpr Plural kPropertyOwners{"kiinteistöjen omistajat", "kiinteistöjen omistajien",
                                        "kiinteistöjen omistajia", "kiinteistöjen omistajille"};
inline constexpr Plural kCaretakers{"kiinteistönhoitajat", "kiinteistönhoitajien",
                                    "kiinteistönhoitajia", "kiinteistönhoitajille"};
inline constexpr Plural kLibraryStaff{"kirjastotyöntekijät", "kirjastotyöntekijöiden",
                                      "kirjastotyöntekijöitä", "kirjastotyöntekijöille"};
inline constexpr Plural kChefs{"kokit", "kokkien", "kokkeja", "kokeille"};
inline constexpr Plural kResidents{"kuntalaiset", "kuntalaisten", "kuntalaisia", "kuntalaisille"};
inline constexpr Plural kCounsellors{"kuraattorit ja psykologit", "kuraattorien ja psykologien",
                                     "kuraattoreita ja psykologeja",
                                     "kuraattoreille ja psykologeille"};
inline constexpr Plural kVisitors{"kävijät", "kävijöiden", "kävijöitä", "kävijöille"};
inline constexpr Plural kSystemUsers{"käyttäjät", "käyttäjien", "käyttäjiä", "käyttäjille"};
inline constexpr Plural kCleaners{"laitoshuoltajat", "laitoshuoltajien", "laitoshuoltajia",
                                  "laitoshuoltajille"};
inline constexpr Plural kChildren{"lapset", "lasten", "lapsia", "lapsille"};
inline constexpr Plural kSportsInstructors{"liikunnanohjaajat", "liikunnanohjaajien",
                                           "liikunnanohjaajia", "liikunnanohjaajille"};
inline constexpr Plural kYoungPeople{"nuoret", "nuorten", "nuoria", "nuorille"};
inline constexpr Plural kYouthWorkers{"nuoriso-ohjaajat", "nuoriso-ohjaajien", "nuoriso-ohjaajia",
                                      "nuoriso-ohjaajille"};
inline constexpr Plural kInstructors{"ohjaajat", "ohjaajien", "ohjaajia", "ohjaajille"};
inline constexpr Plural kTeachers{"opettajat", "opettajien", "opettajia", "opettajille"};
inline constexpr Plural kStudents{"opiskelijat", "opiskelijoiden", "opiskelijoita",
                                  "opiskelijoille"};
inline constexpr Plural kPupils{"oppilaat", "oppilaiden", "oppilaita", "oppilaille"};
inline constexpr Plural kFireInspectors{"palotarkastajat", "palotarkastajien", "palotarkastajia",
                                        "palotarkastajille"};
inline constexpr Plural kFirefighters{"pelastajat", "pelastajien", "pelastajia", "pelastajille"};
inline constexpr Plural kFamilies{"perheet", "perheiden", "perheitä", "perheille"};
inline constexpr Plural kPatients{"potilaat", "potilaiden", "potilaita", "potilaille"};
inline constexpr Plural kDiners{"ruokailijat", "ruokailijoiden", "ruokailijoita", "ruokailijoille"};
inline constexpr Plural kCooks{"ruokapalvelutyöntekijät", "ruokapalvelutyöntekijöiden",
                               "ruokapalvelutyöntekijöitä", "ruokapalvelutyöntekijöille"};
inline constexpr Plural kVolunteerFirefighters{"sopimuspalokuntalaiset", "sopimuspalokuntalaisten",
                                               "sopimuspalokuntalaisia",
                                               "sopimuspalokuntalaisille"};
inline constexpr Plural kSocialWorkers{"sosiaalityöntekijät", "sosiaalityöntekijöiden",
                                       "sosiaalityöntekijöitä", "sosiaalityöntekijöille"};
inline constexpr Plural kPlanners{"suunnittelijat", "suunnittelijoiden", "suunnittelijoita",
                                  "suunnittelijoille"};
inline constexpr Plural kFinanceExperts{"talousasiantuntijat", "talousasiantuntijoiden",
                                        "talousasiantuntijoita", "talousasiantuntijoille"};
inline constexpr Plural kInspectors{"tarkastajat", "tarkastajien", "tarkastajia", "tarkastajille"};
inline constexpr Plural kPublicHealthNurses{"terveydenhoitajat", "terveydenhoitajien",
                                            "terveydenhoitajia", "terveydenhoitajille"};
inline constexpr Plural kUsers{"tilojen käyttäjät", "tilojen käyttäjien", "tilojen käyttäjiä",
                               "tilojen käyttäjille"};
inline constexpr Plural kJobSeekers{"työnhakijat", "työnhakijoiden", "työnhakijoita",
                                    "työnhakijoille"};
inline constexpr Plural kWorkers{"työntekijät", "työntekijöiden", "työntekijöitä",
                                 "työntekijöille"};
inline constexpr Plural kJobCoaches{"työvalmentajat", "työvalmentajien", "työvalmentajia",
                                    "työvalmentajille"};
inline constexpr Plural kDrafters{"valmistelijat", "valmistelijoiden", "valmistelijoita",
                                  "valmistelijoille"};
inline constexpr Plural kUnits{"yksiköt", "yksiköiden", "yksiköitä", "yksiköille"};
inline constexpr Plural kEntrepreneurs{"yrittäjät", "yrittäjien", "yrittäjiä", "yrittäjille"};
inline constexpr Plural kBusinessAdvisers{"yritysneuvojat", "yritysneuvojien", "yritysneuvojia",
                                          "yritysneuvojille"};

}  // namespace tori::demo
