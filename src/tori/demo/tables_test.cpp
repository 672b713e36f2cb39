// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the word and sentence tables: real municipalities over every region, work for every
// organisation in every year it publishes, default vocabulary labels only, known placeholders,
// and no sentence in two places.
#include "tori/demo/tables.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "tori/demo/content.hpp"
#include "tori/demo/organisations.hpp"
#include "tori/demo/test_support.hpp"

namespace tori::demo {
namespace {

using testing::real_finland;

// Every placeholder the generator fills (tables.hpp), plus {tail} of the title patterns.
const std::set<std::string, std::less<>> kKnownPlaceholders = {"name",
                                                               "name_gen",
                                                               "name_ine",
                                                               "org",
                                                               "org_gen",
                                                               "s",
                                                               "s_gen",
                                                               "s_par",
                                                               "s_ill",
                                                               "s_ela",
                                                               "s_acc",
                                                               "t",
                                                               "t_gen",
                                                               "t_ine",
                                                               "t_ela",
                                                               "team_gen",
                                                               "w",
                                                               "w_gen",
                                                               "w_par",
                                                               "w_all",
                                                               "c",
                                                               "c_gen",
                                                               "c_par",
                                                               "c_all",
                                                               "m_title",
                                                               "m_vp",
                                                               "boss",
                                                               "boss_gen",
                                                               "boss_par",
                                                               "bosses",
                                                               "bosses_gen",
                                                               "bosses_par",
                                                               "bosses_all",
                                                               "bosswork",
                                                               "bosswork_gen",
                                                               "bosswork_ine",
                                                               "bosswork_ela",
                                                               "n_staff",
                                                               "n_total",
                                                               "n_units",
                                                               "n_people",
                                                               "n_hours",
                                                               "euros",
                                                               "pct_a",
                                                               "pct_b",
                                                               "pct_c",
                                                               "pct_d",
                                                               "pct_drop",
                                                               "grade_from",
                                                               "grade_to",
                                                               "start_when",
                                                               "tail"};

// Every sentence of the tables, with where it comes from.
std::vector<std::pair<std::string, std::string>> all_sentences() {
  std::vector<std::pair<std::string, std::string>> result;
  const auto add_pool = [&](const char* name, Pool pool) {
    for (const char* s : pool)
      result.emplace_back(s, name);
  };
  add_pool("background_openers", background_openers());
  add_pool("background_evidence_people", background_evidence_people());
  add_pool("background_evidence_process", background_evidence_process());
  add_pool("background_evidence_service", background_evidence_service());
  add_pool("background_motives", background_motives());
  add_pool("solution_details", solution_details());
  add_pool("solution_roles", solution_roles());
  add_pool("implementation_planning", implementation_planning());
  add_pool("implementation_pilots", implementation_pilots());
  add_pool("implementation_training", implementation_training());
  add_pool("implementation_follow_up", implementation_follow_up());
  add_pool("resource_sentences", resource_sentences());
  add_pool("results_measured", results_measured());
  add_pool("results_measured_people", results_measured_people());
  add_pool("results_qualitative", results_qualitative());
  add_pool("results_spread", results_spread());
  add_pool("results_early", results_early());
  add_pool("results_idea", results_idea());
  add_pool("transfer_sentences", transfer_sentences());
  add_pool("lesson_sentences", lesson_sentences());
  add_pool("summary_mature", summary_mature());
  add_pool("summary_early", summary_early());
  for (const Subject* s : all_subjects()) {
    result.emplace_back(s->background, s->s);
    result.emplace_back(s->background2, s->s);
    result.emplace_back(s->solution, s->s);
    result.emplace_back(s->result, s->s);
  }
  for (const Method& m : methods()) {
    result.emplace_back(m.solution, m.title);
    result.emplace_back(m.solution2, m.title);
    result.emplace_back(m.implementation, m.title);
  }
  for (const Target& t : targets())
    result.emplace_back(t.context, t.t);
  return result;
}

// Every text of the tables that may hold placeholders.
std::vector<std::string> all_texts() {
  std::vector<std::string> texts;
  for (const auto& [sentence, where] : all_sentences())
    texts.push_back(sentence);
  for (const char* s : summary_openers())
    texts.emplace_back(s);
  for (const Subject* s : all_subjects())
    for (const char* form : {s->s, s->s_gen, s->s_par, s->s_ill, s->s_ela, s->keyword, s->keyword2})
      texts.emplace_back(form);
  for (const Target& t : targets()) {
    for (const char* form :
         {t.t, t.t_gen, t.t_ine, t.t_ela, t.team_gen, t.workers.nom, t.workers.gen, t.workers.par,
          t.workers.all, t.clients.nom, t.clients.gen, t.clients.par, t.clients.all,
          t.contact_title, t.contact_title2, t.keyword})
      texts.emplace_back(form);
  }
  return texts;
}

TEST(Tables, EveryPlaceholderIsOneTheGeneratorFills) {
  for (const std::string& text : all_texts()) {
    for (std::size_t open = text.find('{'); open != std::string::npos;
         open = text.find('{', open + 1)) {
      const std::size_t close = text.find('}', open);
      ASSERT_NE(close, std::string::npos) << text;
      const std::string key = text.substr(open + 1, close - open - 1);
      EXPECT_TRUE(kKnownPlaceholders.contains(key)) << "{" << key << "} in: " << text;
    }
  }
}

TEST(Tables, NoSentenceIsInTwoPlaces) {
  std::map<std::string, std::string> seen;
  for (const auto& [sentence, where] : all_sentences()) {
    const auto [it, inserted] = seen.emplace(sentence, where);
    EXPECT_TRUE(inserted) << "in " << where << " and " << it->second << ": " << sentence;
  }
  EXPECT_GT(seen.size(), 600u);
}

TEST(Tables, SentencesAreTidy) {
  for (const auto& [sentence, where] : all_sentences()) {
    SCOPED_TRACE(where);
    ASSERT_FALSE(sentence.empty());
    EXPECT_EQ(sentence.back(), '.') << sentence;
    EXPECT_EQ(sentence.find("  "), std::string::npos) << sentence;
    EXPECT_EQ(sentence.find(". "), std::string::npos) << "two sentences in one: " << sentence;
    EXPECT_NE(sentence.front(), ' ') << sentence;
  }
}

TEST(Tables, MunicipalitiesAreRealAndCoverEveryRegion) {
  const core::Finland& finland = real_finland();
  std::set<std::string> regions;
  for (const MunicipalityRow& row : municipality_rows()) {
    const core::Municipality* m = finland.municipality_by_name(row.name_fi);
    ASSERT_NE(m, nullptr) << row.name_fi;
    EXPECT_EQ(m->name_fi, row.name_fi);
    regions.insert(m->region_code);
  }
  for (const OtherOrgRow& row : other_org_rows())
    EXPECT_NE(finland.municipality_by_name(row.municipality), nullptr) << row.name;
  EXPECT_EQ(regions.size(), finland.regions().size());
  EXPECT_GE(std::size(municipality_rows()), 95u);
}

TEST(Tables, AboutOneHundredFortyOrganisationsAllResolve) {
  const std::vector<Organisation> orgs = resolve_organisations(real_finland());
  EXPECT_EQ(orgs.size(), municipality_rows().size() + other_org_rows().size());
  EXPECT_GE(orgs.size(), 130u);
  EXPECT_LE(orgs.size(), 150u);
  std::set<std::string> names;
  for (const Organisation& org : orgs)
    EXPECT_TRUE(names.insert(org.name).second) << org.name;
}

// Whether some subject and method fit `target` in `year`.
bool has_work(const Target& target, int year, const std::vector<const Subject*>& subjects) {
  for (const Subject* s : subjects) {
    if (!fits(*s, target, year)) continue;
    for (const Method& m : methods()) {
      if (fits(m, *s, year)) return true;
    }
  }
  return false;
}

TEST(Tables, EveryOrganisationHasWorkInEveryYearItPublishes) {
  const std::vector<const Subject*> subjects = all_subjects();
  for (const Organisation& org : resolve_organisations(real_finland())) {
    for (int year = std::max(2016, org.from_year); year <= std::min(2025, org.until_year); ++year) {
      SCOPED_TRACE(org.name + " " + std::to_string(year));
      int fitting = 0;
      for (const Target& t : targets()) {
        if ((t.area & org.areas_in(year)) == 0) continue;
        ++fitting;
        EXPECT_TRUE(has_work(t, year, subjects)) << t.t;
      }
      EXPECT_GE(fitting, 2);
    }
  }
}

TEST(Tables, EverySubjectHasAMethodAndAWorkUnit) {
  for (const Subject* s : all_subjects()) {
    SCOPED_TRACE(s->s);
    int units = 0;
    for (const Target& t : targets())
      units += fits(*s, t, 2025) ? 1 : 0;
    EXPECT_GE(units, 1);
    int ways = 0;
    for (const Method& m : methods())
      ways += fits(m, *s, 2025) ? 1 : 0;
    EXPECT_GE(ways, 3);
  }
}

TEST(Tables, LabelsAreFromTheDefaultVocabularies) {
  for (const Target& t : targets()) {
    SCOPED_TRACE(t.t);
    EXPECT_TRUE(testing::kDefaultSectors.contains(t.sector));
    if (t.sector2 != nullptr) {
      EXPECT_TRUE(testing::kDefaultSectors.contains(t.sector2));
    }
    EXPECT_TRUE(testing::kDefaultClientGroups.contains(t.client_group));
  }
  for (const Subject* s : all_subjects()) {
    SCOPED_TRACE(s->s);
    EXPECT_TRUE(testing::kDefaultThemes.contains(s->theme));
    if (s->theme2 != nullptr) {
      EXPECT_TRUE(testing::kDefaultThemes.contains(s->theme2));
    }
  }
  for (const Method& m : methods())
    if (m.theme != nullptr) {
      EXPECT_TRUE(testing::kDefaultThemes.contains(m.theme)) << m.title;
    }
}

}  // namespace
}  // namespace tori::demo
