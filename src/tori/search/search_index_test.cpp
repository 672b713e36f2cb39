// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the search index over a real SQLite store: following the change log (publish →
// findable, unpublish → gone, restart resumes), rebuilding, filters and facet counts.
#include "tori/search/search_index.hpp"

#include <gtest/gtest.h>

#include <set>

#include "tori/search/search_follower.hpp"
#include "tori/search/searcher.hpp"
#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/testing/temp_dir.hpp"

namespace tori::search {
namespace {

store::PracticeWrite write(const std::string& id, const std::string& title,
                           std::vector<std::string> themes, const std::string& region_slug) {
  store::PracticeWrite result;
  result.create_terms = true;
  result.input.external_id = id;
  result.input.title = title;
  result.input.summary = "Tiivistelmä.";
  result.input.organisations = {"Kontiolahden kunta"};
  result.input.themes = std::move(themes);
  result.input.sections[0] = "Lähtökohta.";
  result.input.state = core::PracticeState::kPublished;
  result.input.published_at = core::TimePoint{std::chrono::seconds(1'700'000'000)};
  result.region = core::Named{region_slug, region_slug};
  return result;
}

class SearchIndexTest : public ::testing::Test {
 protected:
  SearchIndexTest()
      : store_(store::open_sqlite(dir_.path() / "tori.sqlite",
                                  std::filesystem::path(TORI_SOURCE_DATA_DIR) / "sql")) {
    (void)store_->health().migrate();
  }

  void save(const store::PracticeWrite& practice) {
    ASSERT_TRUE(std::holds_alternative<store::WriteResult>(store_->practices().save(practice)));
  }

  std::set<std::string> found(const SearchRequest& request) {
    std::set<std::string> titles;
    for (const SearchHit& hit : Searcher(folder()).search(request).hits)
      titles.insert(store_->practices().find_by_id(hit.practice_id)->title);
    return titles;
  }

  std::filesystem::path folder() const { return dir_.path() / "index"; }

  tori::testing::TempDir dir_;
  std::unique_ptr<store::SqlStore> store_;
};

TEST_F(SearchIndexTest, FollowsPublishingAndUnpublishingAndResumes) {
  save(write("a", "Etätyön pelisäännöt", {"johtaminen"}, "uusimaa"));
  save(write("b", "Kehittämistyöpajat", {"innovointi"}, "lappi"));
  {
    SearchIndex index(folder());
    EXPECT_EQ(index.follow(*store_), 2u);
    EXPECT_EQ(index.follow(*store_), 0u);
  }
  EXPECT_EQ(found({.text = "etätöihin"}), std::set<std::string>{"Etätyön pelisäännöt"});
  EXPECT_EQ(found({.text = "työpaja"}), std::set<std::string>{"Kehittämistyöpajat"});

  store::PracticeWrite draft = write("a", "Etätyön pelisäännöt", {"johtaminen"}, "uusimaa");
  draft.input.state = core::PracticeState::kDraft;
  save(draft);
  SearchIndex reopened(folder());  // a restart: resumes from the stored position
  EXPECT_EQ(reopened.applied_position(), 2);
  EXPECT_EQ(reopened.follow(*store_), 1u);
  EXPECT_TRUE(found({.text = "etätyö"}).empty());
  EXPECT_EQ(found({}).size(), 1u);  // an empty query lists every published practice
}

TEST_F(SearchIndexTest, FiltersAndFacetsCombineWithTheQuery) {
  save(write("a", "Etätyö ja johtaminen", {"johtaminen", "etä- ja hybridityö"}, "uusimaa"));
  save(write("b", "Etätyö kirjastossa", {"innovointi"}, "lappi"));
  save(write("c", "Kokouskäytännöt", {"johtaminen"}, "lappi"));
  SearchIndex(folder()).follow(*store_);
  const Searcher searcher(folder());

  SearchRequest request{.text = "etätyö"};
  request.filters.regions = {"lappi"};
  const SearchResults results = searcher.search(request);
  ASSERT_EQ(results.hits.size(), 1u);
  EXPECT_EQ(results.total, 1);
  // The region's own counts ignore its selection; the others apply it.
  std::map<std::string, std::int64_t> regions;
  for (const store::FacetCount& option : results.facets.at("region"))
    regions[option.value] = option.count;
  EXPECT_EQ(regions, (std::map<std::string, std::int64_t>{{"lappi", 1}, {"uusimaa", 1}}));
  std::map<std::string, std::int64_t> themes;
  for (const store::FacetCount& option : results.facets.at("theme"))
    themes[option.value] = option.count;
  EXPECT_EQ(themes, (std::map<std::string, std::int64_t>{{"innovointi", 1}}));
  EXPECT_TRUE(results.facets_exact);
  EXPECT_EQ(results.terms, std::vector<std::string>{"etätyö"});
}

TEST_F(SearchIndexTest, RebuildReplacesTheFolderAndReadersFollow) {
  save(write("a", "Etätyön pelisäännöt", {"johtaminen"}, "uusimaa"));
  EXPECT_EQ(SearchIndex::rebuild(*store_, folder()).practices, 1u);
  EXPECT_EQ(found({.text = "etätyö"}).size(), 1u);
  save(write("b", "Etätyö kirjastossa", {"innovointi"}, "lappi"));
  const SearchIndex::RebuildReport report = SearchIndex::rebuild(*store_, folder(), 2);
  EXPECT_EQ(report.practices, 2u);
  EXPECT_GT(report.words, 10u);
  EXPECT_EQ(found({.text = "etätyö"}).size(), 2u);  // the same thread's handle sees the new one
  EXPECT_EQ(SearchIndex(folder()).applied_position(), store_->change_log().last_position());
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / ("index.new-" + std::to_string(::getpid()))));
}

TEST_F(SearchIndexTest, FollowerBuildsFollowsAndSurvivesARebuild) {
  using namespace std::chrono_literals;
  save(write("a", "Etätyön pelisäännöt", {"johtaminen"}, "uusimaa"));
  SearchFollower follower(*store_, folder(), 20ms);
  ASSERT_TRUE(follower.wait_for(store_->change_log().last_position(), 30s));
  EXPECT_EQ(found({.text = "etätyö"}).size(), 1u);

  save(write("b", "Etätyö kirjastossa", {"innovointi"}, "lappi"));
  ASSERT_TRUE(follower.wait_for(store_->change_log().last_position(), 30s));
  EXPECT_EQ(found({.text = "etätyö"}).size(), 2u);

  (void)SearchIndex::rebuild(*store_, folder());  // `tori reindex` from another process
  save(write("c", "Etätyö saaristossa", {"innovointi"}, "lappi"));
  ASSERT_TRUE(follower.wait_for(store_->change_log().last_position(), 30s));
  // The follower may have applied "c" to the old folder just before it noticed the swap; the
  // rebuilt folder's position makes it apply "c" again there.
  for (int attempt = 0; attempt < 300 && found({.text = "etätyö"}).size() < 3; ++attempt)
    std::this_thread::sleep_for(20ms);
  EXPECT_EQ(found({.text = "etätyö"}).size(), 3u);
  EXPECT_EQ(follower.failures(), 0u);
}

}  // namespace
}  // namespace tori::search
