// SPDX-License-Identifier: AGPL-3.0-or-later
// The word and sentence tables the practice generator composes from (internal to tori_demo):
// organisations, subjects, work units, methods, sentence pools and names, each defined in its
// own table_*.cpp.
//
// Sentences contain "{key}" placeholders that Fill replaces per practice:
//   organisation  {name} {name_gen} {name_ine}  (full name: nominative, genitive, inessive)
//                 {org} {org_gen}                ("kaupunki", "kaupungin", "hyvinvointialueen"…)
//   subject       {s} {s_gen} {s_par} {s_ill} {s_ela} {s_acc}
//   work unit     {t} {t_gen} {t_ine} {t_ela} {team_gen}; workers {w} {w_gen} {w_par} {w_all};
//                 clients {c} {c_gen} {c_par} {c_all}
//   method        {m_title} {m_vp}
//   era           {boss} {boss_gen} {boss_par} {bosses} {bosses_gen} {bosses_par} {bosses_all}
//                 {bosswork} {bosswork_gen} {bosswork_ine} {bosswork_ela}
//                 ("esimies" before 2021, "esihenkilö" from 2021 on)
//   numbers       {n_staff} {n_total} {n_units} {n_people} {n_hours} {euros} {pct_a} {pct_b}
//                 (> pct_a) {pct_c} {pct_d} {pct_drop} {grade_from} {grade_to} {start_when};
//                 those of result and resource sentences are drawn anew for every sentence
#pragma once

#include <span>

namespace tori::demo {

// Areas of work. A work unit (Target) belongs to one; a subject and an organisation list the
// areas they fit as a bit mask.
enum Area : unsigned {
  kCare = 1u << 0,         // round-the-clock care: home care, wards, housing services, emergency
  kHealth = 1u << 1,       // day-time health services
  kSocial = 1u << 2,       // social work, family and immigrant services
  kEducation = 1u << 3,    // early education, schools, upper secondary
  kVocational = 1u << 4,   // vocational education (the education joint authorities)
  kTechnical = 1u << 5,    // property, streets, water, planning, environment
  kFood = 1u << 6,         // food and cleaning services
  kCulture = 1u << 7,      // libraries, sports, youth work, culture
  kAdmin = 1u << 8,        // finance, HR, customer service points, ICT, office work
  kBusiness = 1u << 9,     // business and employment services
  kRescue = 1u << 10,      // rescue services
  kWhole = 1u << 11,       // the whole organisation
  kLeadership = 1u << 12,  // the managers as a group
};
inline constexpr unsigned kSote = kCare | kHealth | kSocial;
inline constexpr unsigned kAllAreas = (1u << 13) - 1;

// What a work unit is like, beyond its area; a subject may need some of these.
enum Trait : unsigned {
  kShiftWork = 1u << 0,        // shifts, evenings or round the clock
  kAppointments = 1u << 1,     // clients come by appointment
  kExternalClients = 1u << 2,  // serves residents or clients directly
  kFieldWork = 1u << 3,        // work on the move: homes, streets, sites
  kSchool = 1u << 4,           // a school with pupils and their guardians
  kYoung = 1u << 5,            // clients are young people
  kHomeVisits = 1u << 6,       // visits clients' homes
  kCareChain = 1u << 7,        // part of the hospital–home care chain
  kCompanies = 1u << 8,        // clients are companies
  kMeals = 1u << 9,            // serves meals
  kCleaning = 1u << 10,        // cleaning work
  kFinance = 1u << 11,         // finance and accounting
};

// What kind of development a subject is; a method lists the natures it suits.
enum Nature : unsigned {
  kPeople = 1u << 0,      // people, leadership, wellbeing
  kProcess = 1u << 1,     // how the work is organised
  kService = 1u << 2,     // the service to clients
  kLearning = 1u << 3,    // skills
  kPaperwork = 1u << 4,   // rule-based office routines (what a software robot can take over)
  kScheduling = 1u << 5,  // planning times, shifts and shared resources
};
inline constexpr unsigned kAllNatures = (1u << 6) - 1;

// What is developed: "uusien työntekijöiden perehdytys". The forms are lower-case.
struct Subject {
  const char* s;  // nominative
  const char* s_gen;
  const char* s_par;
  const char* s_ill;
  const char* s_ela;
  bool plural;      // the total object is the nominative (plural) or the genitive (singular)
  unsigned nature;  // Nature bits
  unsigned areas;
  unsigned needs;      // Trait bits the work unit must have (0: none)
  int from_year;       // not published before this year
  const char* theme;   // a theme label
  const char* theme2;  // another, or null
  bool client_facing;  // adds the work unit's client group
  const char* keyword;
  const char* keyword2;
  const char* background;  // the problem, in two sentences
  const char* background2;
  const char* solution;  // the core of what was done
  const char* result;    // one concrete result
};

// A plural noun phrase in the cases the sentences use: "hoitajat", "hoitajien", "hoitajia",
// "hoitajille".
struct Plural {
  const char* nom;
  const char* gen;
  const char* par;
  const char* all;
};

// Where it is done: a work unit, its workers and its clients.
struct Target {
  const char* t;
  const char* t_gen;
  const char* t_ine;
  const char* t_ela;
  const char* team_gen;  // "kotihoidon tiimien" for "yhdessä … kanssa"
  Plural workers;
  Plural clients;
  Area area;
  unsigned traits;      // Trait bits
  bool fronts;          // may stand before the subject in a title ("Kotihoidon perehdytys")
  const char* sector;   // a sector label
  const char* sector2;  // another, or null
  const char* client_group;
  const char* contact_title;
  const char* contact_title2;
  const char* keyword;
  const char* context;  // a background sentence about the unit
};

// How it was done: "mobiilisti".
struct Method {
  const char* title;     // an adverbial for titles and summaries
  const char* vp;        // a past-tense verb phrase after the organisation's name
  const char* solution;  // two sentences
  const char* solution2;
  const char* implementation;
  const char* theme;  // a theme label or null
  const char* keyword;
  unsigned natures;
  const char* clash;  // not used with a subject whose name contains this, or null
  int from_year;
};

enum class OrgKind { kCity, kMunicipality, kWellbeingCounty, kRescue, kJoint, kCompany };

// A municipality as a publishing organisation: "Kuopion kaupunki" from "Kuopion".
struct MunicipalityRow {
  const char* name_fi;   // as in municipalities.csv
  const char* genitive;  // "Kuopion", "Iin", "Uudenkaupungin"
  bool city;
  int weight;       // relative number of practices
  bool keeps_sote;  // still runs social and health services after 2022 (Helsinki)
};

// Any other publishing organisation.
struct OtherOrgRow {
  const char* name;
  const char* name_gen;
  const char* name_ine;
  OrgKind kind;
  const char* municipality;  // seat, as in municipalities.csv
  int weight;
  unsigned areas;
  int from_year;   // publishes from this year
  int until_year;  // … until this year
};

using Pool = std::span<const char* const>;

std::span<const MunicipalityRow> municipality_rows();
std::span<const OtherOrgRow> other_org_rows();
std::span<const Subject> people_subjects();
std::span<const Subject> work_subjects();
std::span<const Subject> service_subjects();
std::span<const Target> targets();
std::span<const Method> methods();

// Background: openers, evidence of the problem (for subjects about people, about how work is
// organised, about the service), why it was tackled.
Pool background_openers();
Pool background_evidence_people();
Pool background_evidence_process();
Pool background_evidence_service();
Pool background_motives();
// Solution: details and who is responsible.
Pool solution_details();
Pool solution_roles();
// Implementation: planning, piloting, training and follow-up.
Pool implementation_planning();
Pool implementation_pilots();
Pool implementation_training();
Pool implementation_follow_up();
// Resources.
Pool resource_sentences();
// Results: measured, qualitative, spread of an established practice, early results of a pilot,
// expectations of an idea.
Pool results_measured();
Pool results_measured_people();  // staff surveys, absences, overtime
Pool results_qualitative();
Pool results_spread();
Pool results_early();
Pool results_idea();
// Transfer and lessons.
Pool transfer_sentences();
Pool lesson_sentences();
// Summaries: the first sentence (templates), the second for mature and for early practices.
Pool summary_openers();
Pool summary_mature();
Pool summary_early();
// Title endings after a colon, for mature and for early practices.
Pool title_tails_mature();
Pool title_tails_early();
// People and links.
Pool female_first_names();
Pool male_first_names();
Pool surnames();
Pool generic_contact_titles();
Pool link_titles();
// Grades on a 1–5 scale with their case endings: "3,2:sta" (from) and "4,3:een" (to).
Pool grades_from();
Pool grades_to();

}  // namespace tori::demo
