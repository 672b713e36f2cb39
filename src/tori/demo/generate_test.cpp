// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of generate_practices: determinism, counts, validity, uniqueness, spread over
// organisations and regions, vocabulary, dates, contact details, text shape, and timing.
#include "tori/demo/generate.hpp"

#include <chrono>
#include <cstdio>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <unordered_set>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "tori/core/organisation.hpp"
#include "tori/core/practice_input.hpp"
#include "tori/demo/content.hpp"
#include "tori/demo/sections.hpp"
#include "tori/demo/test_support.hpp"
#include "tori/text/time_format.hpp"

namespace tori::demo {
namespace {

using core::PracticeInput;
using testing::real_finland;

constexpr std::uint64_t kSeed = 20160201;

// The default demo set, generated once for the tests that only read it.
const std::vector<PracticeInput>& default_set() {
  static const std::vector<PracticeInput> practices =
      generate_practices(real_finland(), kDefaultPracticeCount, kSeed);
  return practices;
}

// The default set and two more seeds, for the tests of text shape: rare combinations show up
// only in many practices.
const std::vector<std::vector<PracticeInput>>& three_sets() {
  static const std::vector<std::vector<PracticeInput>> sets = {
      default_set(), generate_practices(real_finland(), kDefaultPracticeCount, 1),
      generate_practices(real_finland(), kDefaultPracticeCount, 2)};
  return sets;
}

// Every field of a practice in one string, to compare whole outputs.
std::string fingerprint(const PracticeInput& p) {
  std::string out = p.external_id + '|' + p.title + '|' + p.summary + '|' + p.municipality + '|' +
                    p.region + '|' + p.started + '|' + p.contact.name + '|' + p.contact.title +
                    '|' + p.contact.email + '|' + p.contact.phone + '|';
  for (const auto* list : {&p.organisations, &p.sectors, &p.themes, &p.client_groups, &p.keywords})
    for (const std::string& item : *list)
      out += item + ';';
  for (const std::string& section : p.sections)
    out += section + '|';
  for (const core::Link& link : p.links)
    out += link.title + ' ' + link.url + ';';
  if (p.state) out += std::string(core::to_string(*p.state)) + '|';
  if (p.maturity) out += std::string(core::to_string(*p.maturity)) + '|';
  if (p.published_at) out += std::to_string(p.published_at->time_since_epoch().count());
  return out + std::string(core::to_string(p.language));
}

// The sentences of a text: split after '.', '?' or '!' followed by a space.
std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> result;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i + 1] == ' ') {
      result.push_back(text.substr(start, i - start));
      start = i + 2;
    }
  }
  if (start < text.size()) {
    std::string last = text.substr(start);
    if (last.back() == '.' || last.back() == '?') last.pop_back();
    result.push_back(last);
  }
  return result;
}

std::size_t words(const std::string& text) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : text) {
    if (c != ' ' && !in_word) ++n;
    in_word = c != ' ';
  }
  return n;
}

std::string helsinki(const PracticeInput& p) {
  return text::format_rfc3339_helsinki(*p.published_at);
}

TEST(GeneratePractices, SameSeedSameOutputOtherSeedOtherOutput) {
  const auto a = generate_practices(real_finland(), 300, 7);
  const auto b = generate_practices(real_finland(), 300, 7);
  const auto c = generate_practices(real_finland(), 300, 8);
  ASSERT_EQ(a.size(), 300u);
  ASSERT_EQ(b.size(), 300u);
  ASSERT_EQ(c.size(), 300u);
  int differing_titles = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(fingerprint(a[i]), fingerprint(b[i])) << i;
    differing_titles += a[i].title != c[i].title ? 1 : 0;
  }
  EXPECT_GT(differing_titles, 290);
}

TEST(GeneratePractices, HonoursTheCount) {
  for (const int count : {0, 1, 7, 141, 561}) {
    SCOPED_TRACE(count);
    EXPECT_EQ(generate_practices(real_finland(), count, 3).size(), static_cast<std::size_t>(count));
  }
  EXPECT_TRUE(generate_practices(real_finland(), -5, 3).empty());
}

TEST(GeneratePractices, EveryPracticeIsValidAndItsPlaceResolves) {
  for (const PracticeInput& p : default_set()) {
    SCOPED_TRACE(p.external_id);
    for (const core::FieldError& e : core::validate_practice_input(p))
      ADD_FAILURE() << e.field << ": " << e.message;
    const auto place = core::resolve_place(p, real_finland());
    ASSERT_TRUE(std::holds_alternative<core::Place>(place))
        << std::get<core::FieldError>(place).message;
    const core::Place& resolved = std::get<core::Place>(place);
    ASSERT_TRUE(resolved.municipality && resolved.region);
    EXPECT_EQ(resolved.municipality->name, p.municipality);
    EXPECT_EQ(resolved.region->name, p.region);
  }
}

TEST(GeneratePractices, IdsAreSequentialInOrderOfPublication) {
  const auto& practices = default_set();
  for (std::size_t i = 0; i < practices.size(); ++i) {
    char expected[32];
    std::snprintf(expected, sizeof expected, "gen-%05zu", i + 1);
    EXPECT_EQ(practices[i].external_id, expected);
    if (i > 0) {
      EXPECT_LE(*practices[i - 1].published_at, *practices[i].published_at);
    }
  }
}

TEST(GeneratePractices, TitlesAreUniqueShortAndNatural) {
  std::set<std::string> titles;
  for (const PracticeInput& p : default_set()) {
    EXPECT_TRUE(titles.insert(p.title).second) << p.title;
    EXPECT_LE(code_points(p.title), kMaxNaturalTitleLength) << p.title;
    EXPECT_EQ(p.title.find('('), std::string::npos) << "a fallback title: " << p.title;
  }
}

TEST(GeneratePractices, AboutOneHundredFortyOrganisationsOfEveryKind) {
  std::map<std::string, int> per_organisation;
  std::set<core::OrganisationType> types;
  for (const PracticeInput& p : default_set()) {
    for (const std::string& name : p.organisations) {
      ++per_organisation[name];
      types.insert(core::guess_organisation_type(name));
    }
  }
  EXPECT_GE(per_organisation.size(), 130u);
  EXPECT_LE(per_organisation.size(), 150u);
  for (const auto type :
       {core::OrganisationType::kCity, core::OrganisationType::kMunicipality,
        core::OrganisationType::kWellbeingCounty, core::OrganisationType::kRescueDepartment,
        core::OrganisationType::kJointAuthority, core::OrganisationType::kMunicipalCompany})
    EXPECT_TRUE(types.contains(type)) << core::to_string(type);
}

TEST(GeneratePractices, EveryRegionIsRepresented) {
  std::set<std::string> regions;
  for (const PracticeInput& p : default_set())
    regions.insert(p.region);
  for (const core::Region& region : real_finland().regions())
    EXPECT_TRUE(regions.contains(region.name_fi)) << region.name_fi;
}

TEST(GeneratePractices, NoSentenceRepeatsWithinAPractice) {
  for (const auto& set : three_sets()) {
    for (const PracticeInput& p : set) {
      std::set<std::string> seen;
      for (const std::string* text :
           {&p.summary, &p.sections[0], &p.sections[1], &p.sections[2], &p.sections[3],
            &p.sections[4], &p.sections[5], &p.sections[6]}) {
        for (const std::string& sentence : sentences(*text))
          EXPECT_TRUE(seen.insert(sentence).second) << p.external_id << ": " << sentence;
      }
    }
  }
}

TEST(GeneratePractices, LabelsComeFromTheDefaultVocabularies) {
  for (const PracticeInput& p : default_set()) {
    SCOPED_TRACE(p.external_id);
    EXPECT_FALSE(p.sectors.empty());
    EXPECT_FALSE(p.themes.empty());
    EXPECT_FALSE(p.client_groups.empty());
    for (const std::string& s : p.sectors)
      EXPECT_TRUE(testing::kDefaultSectors.contains(s)) << s;
    for (const std::string& t : p.themes)
      EXPECT_TRUE(testing::kDefaultThemes.contains(t)) << t;
    for (const std::string& c : p.client_groups)
      EXPECT_TRUE(testing::kDefaultClientGroups.contains(c)) << c;
  }
}

TEST(GeneratePractices, PublishedOnWeekdaysOfWorkingHoursFrom2016To2025) {
  std::map<int, int> per_year;
  for (const PracticeInput& p : default_set()) {
    ASSERT_TRUE(p.published_at.has_value());
    const std::string local = helsinki(p);  // "2019-03-14T10:15:00+02:00"
    SCOPED_TRACE(local);
    EXPECT_GE(local, "2016-02-01");
    EXPECT_LT(local, "2026-01-01");
    const int hour = std::stoi(local.substr(11, 2));
    EXPECT_GE(hour, 8);
    EXPECT_LE(hour, 15);
    ++per_year[std::stoi(local.substr(0, 4))];
    EXPECT_LE(p.started, local.substr(0, 7));
    EXPECT_TRUE(std::regex_match(p.started, std::regex(R"(20[012]\d-(0[1-9]|1[0-2]))")));
  }
  EXPECT_EQ(per_year.size(), 10u);  // 2016 … 2025
}

TEST(GeneratePractices, OrganisationsPublishInTheirOwnEra) {
  for (const PracticeInput& p : default_set()) {
    const int year = std::stoi(helsinki(p).substr(0, 4));
    const std::string& name = p.organisations.front();
    if (name.ends_with("hyvinvointialue")) {
      EXPECT_GE(year, 2023) << name;
    }
    if (name.find("sosiaali- ja terveys") != std::string::npos) {
      EXPECT_LE(year, 2022) << name;
    }
  }
}

TEST(GeneratePractices, ManagersAreCalledAsInTheirTime) {
  for (const PracticeInput& p : default_set()) {
    const int year = std::stoi(helsinki(p).substr(0, 4));
    std::string all = p.title + ' ' + p.summary + ' ' + p.contact.title;
    for (const std::string& section : p.sections)
      all += ' ' + section;
    if (year < 2021) {
      EXPECT_EQ(all.find("esihenkilö"), std::string::npos) << p.external_id;
    } else {
      EXPECT_EQ(all.find("esimie"), std::string::npos) << p.external_id;
    }
  }
}

TEST(GeneratePractices, ContactDetailsAreDummiesOfTheRightShape) {
  const std::regex email(R"([a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*@example\.fi)");
  const std::regex phone(R"(\+358 40 000 \d{4})");
  // People named in the programme's real news must never appear.
  const std::set<std::string> seed_people = {
      "Henna Liukkonen", "Severi Jarva",  "Jenna-Mari Ahola", "Jenny Uski",      "Valtteri Kuntsi",
      "Roosa Kauttu",    "Anna Kukka",    "Markku Jalonen",   "Anna-Mari Jaanu", "Anniina Tuomi",
      "Arja Aroheinä",   "Henna Honkalo", "Jaana Utti",       "Ville Mäkelä"};
  for (const PracticeInput& p : default_set()) {
    SCOPED_TRACE(p.contact.name);
    EXPECT_TRUE(std::regex_match(p.contact.email, email)) << p.contact.email;
    EXPECT_TRUE(std::regex_match(p.contact.phone, phone)) << p.contact.phone;
    EXPECT_FALSE(p.contact.title.empty());
    EXPECT_FALSE(seed_people.contains(p.contact.name));
    for (const core::Link& link : p.links)
      EXPECT_TRUE(link.url.starts_with("https://www.example.fi/")) << link.url;
  }
}

// The shape of one practice's texts; counts the optional sections left empty.
void expect_hand_written_shape(const PracticeInput& p, int& empty_optional) {
  SCOPED_TRACE(p.external_id);
  const auto summary_sentences = sentences(p.summary).size();
  EXPECT_GE(summary_sentences, 1u);
  EXPECT_LE(summary_sentences, 2u);
  EXPECT_GE(p.keywords.size(), 2u);
  EXPECT_LE(p.keywords.size(), 5u);
  for (std::size_t i = 0; i < p.sections.size(); ++i) {
    const std::string& text = p.sections[i];
    const auto key = core::section_key(core::kSections[i]);
    const bool main = i == 0 || i == 1 || i == 2 || i == 4;
    if (!main && text.empty()) {
      ++empty_optional;
      continue;
    }
    const std::size_t n = words(text);
    EXPECT_GE(n, main ? kMainSectionMinWords : kShortSectionMinWords) << key << ": " << text;
    EXPECT_LE(n, main ? kMainSectionMaxWords : kShortSectionMaxWords) << key << ": " << text;
    const auto count = sentences(text).size();
    EXPECT_GE(count, 2u) << key;
    EXPECT_LE(count, 6u) << key;
  }
}

TEST(GeneratePractices, TextsHaveTheShapeOfTheHandWrittenOnes) {
  int empty_optional = 0;
  for (const auto& set : three_sets())
    for (const PracticeInput& p : set)
      expect_hand_written_shape(p, empty_optional);
  EXPECT_GT(empty_optional, 0);  // a few contributors leave optional sections out
}

TEST(GeneratePractices, StatesAndLanguage) {
  int archived = 0;
  for (const PracticeInput& p : default_set()) {
    ASSERT_TRUE(p.state.has_value());
    EXPECT_TRUE(*p.state == core::PracticeState::kPublished ||
                *p.state == core::PracticeState::kArchived);
    archived += *p.state == core::PracticeState::kArchived ? 1 : 0;
    EXPECT_EQ(p.language, core::ContentLanguage::kFi);
    EXPECT_TRUE(p.maturity.has_value());
    EXPECT_TRUE(p.slug.empty());  // the importer makes slugs from the unique titles
  }
  EXPECT_GT(archived, 0);
  EXPECT_LT(archived, static_cast<int>(default_set().size()) / 10);
}

// Benchmark sizes: reports the time (not asserted: sanitizer builds are slow) and checks that
// ids and titles stay unique and a sample stays valid.
TEST(GeneratePractices, OneHundredThousandForBenchmarks) {
  const auto start = std::chrono::steady_clock::now();
  const auto practices = generate_practices(real_finland(), 100000, 1);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - start)
                      .count();
  std::printf("[ timing   ] generate_practices(100000): %lld ms\n", static_cast<long long>(ms));
  ASSERT_EQ(practices.size(), 100000u);
  std::unordered_set<std::string> titles;
  std::unordered_set<std::string> ids;
  for (std::size_t i = 0; i < practices.size(); ++i) {
    const PracticeInput& p = practices[i];
    EXPECT_TRUE(titles.insert(p.title).second) << p.title;
    EXPECT_TRUE(ids.insert(p.external_id).second) << p.external_id;
    if (i % 97 == 0) {
      for (const core::FieldError& e : core::validate_practice_input(p))
        ADD_FAILURE() << p.external_id << " " << e.field << ": " << e.message;
    }
  }
  EXPECT_EQ(practices.back().external_id, "gen-100000");
}

}  // namespace
}  // namespace tori::demo
