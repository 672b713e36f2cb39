// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of labels: names of regions, municipalities and terms in each language, with fallbacks.
#include "tori/web/labels.hpp"

#include <gtest/gtest.h>

#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using text::Language;

TEST(LabelsTest, RegionNames) {
  const test_support::TestSite site;
  struct Case {
    Language language;
    const char* slug;
    const char* expected;
  };
  const Case cases[] = {
      {Language::kFi, "varsinais-suomi", "Varsinais-Suomi"},
      {Language::kSv, "varsinais-suomi", "Egentliga Finland"},
      {Language::kEn, "varsinais-suomi", "Southwest Finland"},
      {Language::kEn, "lappi", "Lapland"},
      {Language::kSv, "ahvenanmaa", "Åland"},
      {Language::kEn, "no-such-region", "Fallback"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.slug);
    EXPECT_EQ(region_name(site.services(), c.language, c.slug, "Fallback"), c.expected);
  }
}

TEST(LabelsTest, EveryRegionHasAnEnglishName) {
  const test_support::TestSite site;
  for (const core::Region& region : site.services().finland.regions()) {
    SCOPED_TRACE(region.slug);
    EXPECT_TRUE(site.catalogue().has("region." + region.slug));
    EXPECT_EQ(site.catalogue().text(Language::kFi, "region." + region.slug), region.name_fi);
  }
}

TEST(LabelsTest, MunicipalityNames) {
  const test_support::TestSite site;
  EXPECT_EQ(municipality_name(site.services(), Language::kFi, "091", "x"), "Helsinki");
  EXPECT_EQ(municipality_name(site.services(), Language::kSv, "091", "x"), "Helsingfors");
  EXPECT_EQ(municipality_name(site.services(), Language::kEn, "091", "x"), "Helsinki");
  EXPECT_EQ(municipality_name(site.services(), Language::kSv, "999", "Tuntematon"), "Tuntematon");
}

TEST(LabelsTest, TermLabels) {
  const test_support::TestSite site;
  using core::Vocabulary;
  struct Case {
    Language language;
    Vocabulary vocabulary;
    const char* slug;
    const char* finnish;
    const char* expected;
  };
  const Case cases[] = {
      {Language::kFi, Vocabulary::kTheme, "tyohyvinvointi", "työhyvinvointi", "työhyvinvointi"},
      {Language::kSv, Vocabulary::kTheme, "tyohyvinvointi", "työhyvinvointi", "arbetshälsa"},
      {Language::kEn, Vocabulary::kTheme, "tyohyvinvointi", "työhyvinvointi", "wellbeing at work"},
      {Language::kEn, Vocabulary::kSector, "hallinto", "hallinto", "administration"},
      {Language::kSv, Vocabulary::kClientGroup, "ikaantyneet", "ikääntyneet", "äldre"},
      // A term an editor added: no translation, the store's Finnish label.
      {Language::kSv, Vocabulary::kTheme, "uusi-teema", "uusi teema", "uusi teema"},
      // The same slug in another vocabulary is another term.
      {Language::kEn, Vocabulary::kSector, "tyohyvinvointi", "työhyvinvointi", "työhyvinvointi"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.slug);
    EXPECT_EQ(term_label(site.services(), c.language, c.vocabulary, c.slug, c.finnish), c.expected);
  }
}

// Every default term of the migration has Swedish and English labels.
TEST(LabelsTest, EveryDefaultTermIsTranslated) {
  test_support::TestSite site;
  for (const core::Vocabulary vocabulary : core::kVocabularies) {
    for (const store::Term& term : site.store().vocabularies().terms(vocabulary)) {
      SCOPED_TRACE(term.slug);
      for (const Language language : {Language::kSv, Language::kEn}) {
        EXPECT_NE(term_label(site.services(), language, vocabulary, term.slug, "?"), "?");
      }
    }
  }
}

}  // namespace
}  // namespace tori::web
