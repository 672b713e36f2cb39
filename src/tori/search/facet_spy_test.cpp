// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of facet counting over practice documents in an in-memory index.
#include "tori/search/facet_spy.hpp"

#include <gtest/gtest.h>

#include "tori/search/practice_document.hpp"

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

TEST(FacetSpy, CountsEveryValueOfMatchingDocuments) {
  Xapian::WritableDatabase database("", Xapian::DB_BACKEND_INMEMORY);
  const core::Named wellbeing{"tyohyvinvointi", "työhyvinvointi"};
  const core::Named digital{"digitalisaatio", "digitalisaatio"};
  database.add_document(practice_document(practice(1, {wellbeing, digital}, "uusimaa")));
  database.add_document(practice_document(practice(2, {wellbeing}, "lappi")));
  database.add_document(practice_document(practice(3, {}, "")));
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query::MatchAll);
  FacetSpy themes(kThemeSlot);
  FacetSpy regions(kRegionSlot);
  enquire.add_matchspy(&themes);
  enquire.add_matchspy(&regions);
  const Xapian::MSet matches = enquire.get_mset(0, 1, 10'000);
  EXPECT_EQ(themes.seen(), 3u);
  EXPECT_EQ(themes.counts(), (std::map<std::string, Xapian::doccount>{{"digitalisaatio", 1},
                                                                      {"tyohyvinvointi", 2}}));
  EXPECT_EQ(regions.counts(),
            (std::map<std::string, Xapian::doccount>{{"lappi", 1}, {"uusimaa", 1}}));
  EXPECT_EQ(matches.get_matches_estimated(), 3u);

  // A filter term narrows what the spies see.
  FacetSpy filtered(kThemeSlot);
  enquire.clear_matchspies();
  enquire.add_matchspy(&filtered);
  enquire.set_query(Xapian::Query(std::string(prefix::kRegion) + "lappi"));
  (void)enquire.get_mset(0, 10, 10'000);
  EXPECT_EQ(filtered.counts(), (std::map<std::string, Xapian::doccount>{{"tyohyvinvointi", 1}}));
}

}  // namespace
}  // namespace tori::search
