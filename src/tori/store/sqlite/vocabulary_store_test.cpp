// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the vocabularies and organisations on SQLite: the seeded default terms, published
// counts, Finnish order, look-up by slug; and the reserved slugs list.
#include "tori/store/sqlite/vocabulary_store.hpp"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/reserved_slugs.hpp"
#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/text/collate.hpp"
#include "tori/text/slug.hpp"

namespace tori::store {
namespace {

using practice_testing::make_write;
using practice_testing::PracticeStoreTest;

constexpr std::string_view kSelectSeededTerms =
    "SELECT vocabulary, slug, label, label_key FROM vocabulary_terms ORDER BY vocabulary, position";

TEST_P(PracticeStoreTest, SeededTermsAreTheFormatDocumentsWithSlugifiedSlugs) {
  std::map<std::string, std::vector<std::string>> labels;
  sqlite::Lease connection = store_->database().acquire();
  sqlite::Statement rows = connection->prepare(kSelectSeededTerms);
  while (rows.step()) {
    const std::string label = rows.column_text(2);
    SCOPED_TRACE(label);
    EXPECT_EQ(rows.column_text(1), text::slugify(label));
    EXPECT_EQ(rows.column_text(3), sqlite::match_key(label));
    labels[rows.column_text(0)].push_back(label);
  }
  EXPECT_THAT(labels["sector"],
              ::testing::ElementsAre("sosiaali- ja terveysala", "opetus ja kasvatus",
                                     "tekninen toimi", "elinkeino- ja yrityspalvelut",
                                     "kulttuuri ja vapaa-aika", "ruoka- ja siivouspalvelut",
                                     "hallinto", "pelastustoimi", "koko organisaatio"));
  EXPECT_THAT(labels["theme"],
              ::testing::ElementsAre("innovointi", "digitalisaatio", "työhyvinvointi", "johtaminen",
                                     "asiakaslähtöisyys", "osaaminen", "yhteistoiminta",
                                     "tuottavuus", "viestintä", "ympäristö", "yhdenvertaisuus",
                                     "etä- ja hybridityö", "rekrytointi ja veto- ja pitovoima"));
  EXPECT_THAT(labels["client_group"],
              ::testing::ElementsAre("lapset ja nuoret", "ikääntyneet", "työikäiset",
                                     "maahanmuuttajat", "yritykset", "henkilöstö", "kuntalaiset"));
}

TEST_P(PracticeStoreTest, TermsComeInFinnishOrderWithPublishedCounts) {
  PracticeWrite published = make_write("a", "A");
  published.input.themes = {"ympäristö", "työhyvinvointi"};
  PracticeWrite draft = make_write("b", "B");
  draft.input.state = core::PracticeState::kDraft;
  draft.input.themes = {"ympäristö"};
  (void)saved(published);
  (void)saved(draft);
  const std::vector<Term> themes = store_->vocabularies().terms(core::Vocabulary::kTheme);
  ASSERT_EQ(themes.size(), 13u);
  for (std::size_t i = 1; i < themes.size(); ++i)
    EXPECT_LT(text::compare_finnish(themes[i - 1].label, themes[i].label), 0);
  std::map<std::string, std::int64_t> counts;
  for (const Term& term : themes)
    counts[term.slug] = term.count;
  EXPECT_EQ(counts["ymparisto"], 1);  // the draft does not count
  EXPECT_EQ(counts["tyohyvinvointi"], 1);
  EXPECT_EQ(counts["innovointi"], 0);
  EXPECT_EQ(store_->vocabularies().terms(core::Vocabulary::kClientGroup).size(), 7u);
}

TEST_P(PracticeStoreTest, OrganisationsAreListedInFinnishOrderAndFoundBySlug) {
  PracticeWrite write = make_write("a", "A");
  write.input.organisations = {"Ålands landskapsregering", "Zeta Oy", "Äänekosken kaupunki",
                               "Akaan kaupunki"};
  (void)saved(write);
  std::vector<std::string> names;
  for (const core::Organisation& o : store_->organisations().list())
    names.push_back(o.name);
  EXPECT_THAT(names, ::testing::ElementsAre("Akaan kaupunki", "Zeta Oy", "Ålands landskapsregering",
                                            "Äänekosken kaupunki"));
  const std::optional<core::Organisation> found =
      store_->organisations().find_by_slug("aanekosken-kaupunki");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->name, "Äänekosken kaupunki");
  EXPECT_EQ(found->type, core::OrganisationType::kCity);
  EXPECT_EQ(found->published_practices, 1);
  EXPECT_FALSE(found->municipality.has_value());
  EXPECT_FALSE(store_->organisations().find_by_slug("ei-ole").has_value());
}

// A new local organisation takes its first practice's municipality as its home; a regional one
// (wellbeing services county, rescue department, joint authority) has none; later practices
// elsewhere change nothing.
TEST_P(PracticeStoreTest, NewLocalOrganisationsTakeTheirPracticesMunicipality) {
  PracticeWrite write = make_write("a", "A");
  write.input.organisations = {"Tampereen kaupunki", "Pirkanmaan hyvinvointialue",
                               "Pirkanmaan pelastuslaitos", "Tampereen Vesi Oy"};
  write.municipality = core::MunicipalityRef{"837", "Tampere"};
  (void)saved(write);
  PracticeWrite elsewhere = make_write("b", "B");
  elsewhere.input.organisations = {"Tampereen kaupunki", "Kontiolahden kunta"};
  (void)saved(elsewhere);  // no municipality: Kontiolahti gets none either
  struct Case {
    const char* slug;
    std::optional<core::MunicipalityRef> municipality;
  };
  const Case cases[] = {
      {"tampereen-kaupunki", core::MunicipalityRef{"837", "Tampere"}},
      {"tampereen-vesi-oy", core::MunicipalityRef{"837", "Tampere"}},
      {"pirkanmaan-hyvinvointialue", std::nullopt},
      {"pirkanmaan-pelastuslaitos", std::nullopt},
      {"kontiolahden-kunta", std::nullopt},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.slug);
    const std::optional<core::Organisation> found = store_->organisations().find_by_slug(c.slug);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->municipality, c.municipality);
  }
}

TEST(ReservedSlugs, AreSortedValidSlugs) {
  EXPECT_TRUE(std::is_sorted(kReservedSlugs.begin(), kReservedSlugs.end()));
  EXPECT_EQ(std::adjacent_find(kReservedSlugs.begin(), kReservedSlugs.end()), kReservedSlugs.end());
  for (std::string_view slug : kReservedSlugs) {
    SCOPED_TRACE(slug);
    EXPECT_TRUE(text::is_valid_slug(slug));
    EXPECT_EQ(text::slugify(slug), slug);
  }
  for (std::string_view word : {"uusi", "haku", "muokkaa", "api", "static", "sv", "en", "teot",
                                "organisaatiot", "alueet", "tilastot", "admin", "kirjaudu"})
    EXPECT_TRUE(std::binary_search(kReservedSlugs.begin(), kReservedSlugs.end(), word)) << word;
}

}  // namespace
}  // namespace tori::store
