// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the facet table over practice documents in a small index: codes, counting,
// documents without values, and a table per revision.
#include "tori/search/facet_table.hpp"

#include <gtest/gtest.h>

#include <map>

#include "tori/search/practice_document.hpp"
#include "tori/search/search_filters.hpp"
#include "tori/testing/temp_dir.hpp"

namespace tori::search {
namespace {

core::Practice practice(std::int64_t id, std::vector<core::Named> themes, std::string region) {
  core::Practice result;
  result.id = id;
  result.title = "Teko";
  result.themes = std::move(themes);
  if (!region.empty()) result.region = core::Named{region, region};
  return result;
}

// The values of family `family` with their counts over `documents`.
std::map<std::string, Xapian::doccount> counted(const FacetTable& table, std::size_t family,
                                                const std::vector<Xapian::docid>& documents) {
  std::vector<Xapian::doccount> counts(table.value_count(family));
  for (Xapian::docid id : documents)
    table.count(id, family, counts);
  std::map<std::string, Xapian::doccount> by_value;
  for (std::uint32_t code = 0; code < counts.size(); ++code)
    if (counts[code] > 0) by_value[table.value(family, code)] = counts[code];
  return by_value;
}

class FacetTableTest : public ::testing::Test {
 protected:
  FacetTableTest() {
    const core::Named wellbeing{"tyohyvinvointi", "työhyvinvointi"};
    const core::Named digital{"digitalisaatio", "digitalisaatio"};
    database_.add_document(practice_document(practice(1, {wellbeing, digital}, "uusimaa")));
    database_.add_document(practice_document(practice(2, {wellbeing}, "lappi")));
    database_.add_document(practice_document(practice(3, {}, "")));
    database_.commit();
  }
  tori::testing::TempDir folder_;  // on disk: the in-memory backend has no revisions
  Xapian::WritableDatabase database_{(folder_.path() / "index").string(),
                                     Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS};
};

TEST_F(FacetTableTest, CountsEveryValueOfTheGivenDocuments) {
  const auto table = FacetTable::load(database_, {kThemeSlot, kRegionSlot});
  using Counts = std::map<std::string, Xapian::doccount>;
  EXPECT_EQ(counted(*table, 0, {1, 2, 3}), (Counts{{"digitalisaatio", 1}, {"tyohyvinvointi", 2}}));
  EXPECT_EQ(counted(*table, 1, {1, 2, 3}), (Counts{{"lappi", 1}, {"uusimaa", 1}}));
  EXPECT_EQ(counted(*table, 0, {2}), (Counts{{"tyohyvinvointi", 1}}));
  EXPECT_EQ(counted(*table, 0, {3, 99}), Counts{});  // no values; beyond the last document
}

TEST_F(FacetTableTest, TheSpyKeepsTheMatchesAndTheTableFollowsRevisions) {
  Xapian::Enquire enquire(database_);
  enquire.set_query(Xapian::Query(std::string(prefix::kRegion) + "lappi"));
  DocumentIdSpy spy;
  enquire.add_matchspy(&spy);
  (void)enquire.get_mset(0, 10, 10'000);
  EXPECT_EQ(spy.ids(), std::vector<Xapian::docid>{2});

  const std::shared_ptr<const FacetTable> before = FacetTable::of(database_);
  EXPECT_EQ(FacetTable::of(database_), before);  // the same revision: the same table
  database_.add_document(practice_document(practice(4, {{"johtaminen", "johtaminen"}}, "")));
  database_.commit();
  const std::shared_ptr<const FacetTable> after = FacetTable::of(database_);
  EXPECT_NE(after, before);
  std::size_t theme = 0;
  while (facet_families()[theme].parameter != "theme")
    ++theme;
  EXPECT_EQ(counted(*after, theme, {4}).count("johtaminen"), 1u);
}

}  // namespace
}  // namespace tori::search
