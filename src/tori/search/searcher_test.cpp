// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the searcher's spelling suggestions ("Tarkoititko …") over indexes built by follow()
// and by rebuild(), and of similar practices, over a real SQLite store.
#include "tori/search/searcher.hpp"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>

#include "tori/search/search_index.hpp"
#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/testing/temp_dir.hpp"

namespace tori::search {
namespace {

struct Practice {
  const char* id;
  const char* title;
  const char* summary;
  const char* section;
  const char* region;
};

class SearcherTest : public ::testing::Test {
 protected:
  SearcherTest()
      : store_(store::open_sqlite(dir_.path() / "tori.sqlite",
                                  std::filesystem::path(TORI_SOURCE_DATA_DIR) / "sql")) {
    (void)store_->health().migrate();
  }

  void save(const Practice& practice, bool published = true) {
    store::PracticeWrite write;
    write.create_terms = true;
    write.input.external_id = practice.id;
    write.input.title = practice.title;
    write.input.summary = practice.summary;
    write.input.organisations = {"Kontiolahden kunta"};
    write.input.sections[0] = practice.section;
    write.input.state = published ? core::PracticeState::kPublished : core::PracticeState::kDraft;
    write.input.published_at = core::TimePoint{std::chrono::seconds(1'700'000'000)};
    write.region = core::Named{practice.region, practice.region};
    const auto saved = store_->practices().save(write);
    ASSERT_TRUE(std::holds_alternative<store::WriteResult>(saved));
    ids_[practice.id] = std::get<store::WriteResult>(saved).id;
  }

  std::filesystem::path folder() const { return dir_.path() / "index"; }

  tori::testing::TempDir dir_;
  std::unique_ptr<store::SqlStore> store_;
  std::map<std::string, std::int64_t> ids_;  // by external id
};

const std::vector<Practice> kWellbeing = {
    {"a", "Työhyvinvointi kuntoon", "Työhyvinvointia kehitetään yhdessä.", "Lähtökohta.",
     "uusimaa"},
    {"b", "Etätyön pelisäännöt", "Sovimme etätyön tavoista.", "Lähtökohta.", "lappi"},
    {"c", "Kahvihetki", "Yhteinen kahvihetki työhyvinvoinnin tukena.", "Lähtökohta.", "uusimaa"},
};

struct SuggestionCase {
  const char* query;
  const char* region;  // filter; "" for none
  std::optional<std::string> suggestion;
};

const SuggestionCase kSuggestionCases[] = {
    {"työhyvinvonti", "", "työhyvinvointi"},
    {"Työhyvinvonti", "", "työhyvinvointi"},
    {"työhyvinvonti -kahvi", "", "työhyvinvointi -kahvi"},
    {"etätyö OR  työhyvinvonti", "", "etätyö OR  työhyvinvointi"},
    {"pelisäänöt", "", "pelisäännöt"},
    {"etatyon", "", "etätyön"},  // ä and ö left out: put back first
    {"tyohyvinvointia", "", "työhyvinvointia"},
    {"etatyo", "", "etätyö"},                         // a base form of the texts' "etätyön"
    {"etätyö", "", std::nullopt},                     // found as it is
    {"työhyvinvointi", "", std::nullopt},             // found as it is
    {"työhyvinvonti", "lappi", std::nullopt},         // the correction finds nothing there
    {"\"työhyvinvonti kuntoon\"", "", std::nullopt},  // phrases as typed
    {"työhyvinvon*", "", std::nullopt},               // prefixes as typed
    {"etätyö -työhyvinvonti", "", std::nullopt},      // excluded words as typed
    {"qqxxzzyy", "", std::nullopt},                   // nothing near
    {"", "", std::nullopt},
};

void expect_suggestions(const Searcher& searcher) {
  for (const SuggestionCase& test : kSuggestionCases) {
    SearchRequest request{.text = test.query};
    if (*test.region != '\0') request.filters.regions = {test.region};
    EXPECT_EQ(searcher.search(request).suggestion, test.suggestion) << test.query;
  }
}

TEST_F(SearcherTest, SuggestsCorrectionsFromAFollowedIndex) {
  for (const Practice& practice : kWellbeing)
    save(practice);
  SearchIndex(folder()).follow(*store_);
  expect_suggestions(Searcher(folder()));
}

TEST_F(SearcherTest, SuggestsCorrectionsFromARebuiltIndex) {
  for (const Practice& practice : kWellbeing)
    save(practice);
  (void)SearchIndex::rebuild(*store_, folder(), 2);
  expect_suggestions(Searcher(folder()));
}

TEST_F(SearcherTest, StaleSpellingDataSuggestsNothing) {
  const Practice renovation = {"d", "Ilmanvaihtoremontti", "Remontti.", "Lähtökohta.", "lappi"};
  save(renovation);
  SearchIndex index(folder());
  index.follow(*store_);
  EXPECT_EQ(Searcher(folder()).search({.text = "ilmanvaihtoremonti"}).suggestion,
            "ilmanvaihtoremontti");
  save(renovation, false);  // unpublished: its words stay in the spelling data
  index.follow(*store_);
  EXPECT_EQ(Searcher(folder()).search({.text = "ilmanvaihtoremonti"}).suggestion, std::nullopt);
}

const std::vector<Practice> kRemoteWorkAndMeals = {
    {"r1", "Etätyön pelisäännöt", "Tiimi sopi etätyön pelisäännöt ja etäpalaverien käytännöt.",
     "Etätyö lisääntyi, ja etäpalaverit venyivät. Sovimme etätyöpäivistä ja yhteydenpidosta "
     "kotoa.",
     "uusimaa"},
    {"r2", "Etätyöpäivät tiimissä", "Etätyöpäivinä tiimi pitää lyhyen etäpalaverin aamulla.",
     "Etätyö ja etäpalaverit vaativat yhteiset pelisäännöt. Yhteydenpito kotoa sovittiin.",
     "lappi"},
    {"r3", "Hybridityön ja etätyön kokouskäytännöt",
     "Etäpalaverit ja hybridikokoukset sujuvat, kun pelisäännöt ovat selvät.",
     "Etätyötä tekevät osallistuvat kokouksiin kotoa. Etäpalaverien käytännöt kirjattiin.",
     "lappi"},
    {"m1", "Yhteiset lounaat", "Henkilöstö syö lounasta yhdessä kerran viikossa.",
     "Lounas tilataan keittiöstä, ja ruoka syödään yhdessä henkilöstön kanssa.", "uusimaa"},
    {"m2", "Kouluruokailun kehittäminen",
     "Oppilaat suunnittelivat lounaan ruokalistan keittiön kanssa.",
     "Keittiö ja oppilaat valitsivat ruoka-aineet; lounas syödään yhdessä.", "uusimaa"},
};

TEST_F(SearcherTest, SimilarPracticesShareTheirTellingWords) {
  for (const Practice& practice : kRemoteWorkAndMeals)
    save(practice);
  (void)SearchIndex::rebuild(*store_, folder());
  const Searcher searcher(folder());
  struct Case {
    const char* of;
    std::set<std::string> first;  // the best hits, in any order
  };
  for (const Case& test : {Case{"r1", {"r2", "r3"}}, Case{"r2", {"r1", "r3"}}, Case{"m1", {"m2"}},
                           Case{"m2", {"m1"}}}) {
    const std::vector<SearchHit> hits = searcher.similar(ids_[test.of], 4);
    ASSERT_GE(hits.size(), test.first.size()) << test.of;
    std::set<std::string> first;
    for (std::size_t i = 0; i < test.first.size(); ++i)
      first.insert(store_->practices().find_by_id(hits[i].practice_id)->external_id);
    EXPECT_EQ(first, test.first) << test.of;
    for (const SearchHit& hit : hits)
      EXPECT_NE(hit.practice_id, ids_[test.of]) << test.of;
  }
  EXPECT_EQ(searcher.similar(ids_["r1"], 1).size(), 1u);
  EXPECT_TRUE(searcher.similar(ids_["r1"], 0).empty());
  EXPECT_TRUE(searcher.similar(987'654, 4).empty());  // not in the index
}

}  // namespace
}  // namespace tori::search

namespace tori::search {
namespace {

TEST(SearcherWithoutIndex, SaysTheIndexIsUnavailable) {
  const tori::testing::TempDir dir;
  const Searcher searcher(dir.path() / "not-built");
  EXPECT_THROW((void)searcher.search({.text = "etätyö"}), IndexUnavailable);
  EXPECT_THROW((void)searcher.similar(1, 4), IndexUnavailable);
}

}  // namespace
}  // namespace tori::search
