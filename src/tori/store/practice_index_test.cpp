// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of PracticeIndex: list() and facets() give exactly SQLite's answers for many random
// queries (every filter and combinations, years, publication windows, sorts, offsets) over
// generated demo practices and the store tests' varied ones (drafts, archived, never published,
// no place, Helsinki year boundaries).
#include "tori/store/practice_index.hpp"

#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "tori/core/finland.hpp"
#include "tori/core/practice_input.hpp"
#include "tori/demo/generate.hpp"
#include "tori/store/sqlite/practice_test_support.hpp"

namespace tori::store {
namespace {

using practice_testing::PracticeGenerator;
using practice_testing::PracticeStoreTest;
using practice_testing::utc;

core::Finland load_finland() {
  std::ifstream in{std::filesystem::path{TORI_SOURCE_DATA_DIR} / "finland" / "municipalities.csv"};
  std::stringstream text;
  text << in.rdbuf();
  auto parsed = core::Finland::parse(text.str());
  if (auto* error = std::get_if<std::string>(&parsed)) throw std::runtime_error(*error);
  return std::get<core::Finland>(std::move(parsed));
}

// `count` demo practices as writes, every seventh a draft and every eleventh archived.
std::vector<PracticeWrite> demo_writes(const core::Finland& finland, int count) {
  std::vector<PracticeWrite> writes;
  int number = 0;
  for (core::PracticeInput& input : demo::generate_practices(finland, count, 7)) {
    auto place = core::resolve_place(input, finland);
    const auto& resolved = std::get<core::Place>(place);
    if (++number % 7 == 0) input.state = core::PracticeState::kDraft;
    if (number % 11 == 0) input.state = core::PracticeState::kArchived;
    writes.push_back({std::move(input), resolved.municipality, resolved.region, false});
  }
  return writes;
}

std::vector<std::int64_t> ids_of(const PracticeList& list) {
  std::vector<std::int64_t> ids;
  for (const core::Practice& p : list.items)
    ids.push_back(p.id);
  return ids;
}

constexpr std::size_t kFamilyCount = PracticeIndex::kFamilyCount;

// 300 demo practices and 150 varied ones, saved, and an index built from their list().
class PracticeIndexTest : public PracticeStoreTest {
 protected:
  void SetUp() override {
    PracticeStoreTest::SetUp();
    const core::Finland finland = load_finland();
    save_all(demo_writes(finland, 300));
    PracticeGenerator generator{77};
    std::vector<PracticeWrite> varied;
    for (int i = 0; i < 150; ++i)
      varied.push_back(generator.next(i));
    save_all(varied);
    index_ = PracticeIndex::build(practices().list(PracticeIndex::all_published()), 1);
    // The values to pick from: every option of every family, and one that matches nothing.
    for (const auto& [family, options] : practices().facets({.states = {}})) {
      std::vector<std::string>& pool = pools_[family];
      for (const FacetCount& option : options)
        pool.push_back(option.value);
      if (family != "maturity") pool.push_back(family == "year" ? "1999" : "tuntematon");
    }
  }
  void save_all(const std::vector<PracticeWrite>& writes) {
    for (const SaveResult& result : practices().save_many(writes))
      ASSERT_TRUE(std::holds_alternative<WriteResult>(result));
  }

  std::size_t below(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_);
  }
  std::vector<std::string> pick(const std::string& family) {
    const std::vector<std::string>& pool = pools_.at(family);
    std::vector<std::string> values = {pool[below(pool.size())]};
    if (below(3) == 0) values.push_back(pool[below(pool.size())]);
    return values;
  }
  void select(PracticeQuery& query, std::size_t family);
  PracticeQuery random_query();

  std::mt19937 random_{20241201};
  std::shared_ptr<const PracticeIndex> index_;
  std::map<std::string, std::vector<std::string>> pools_;
};

void PracticeIndexTest::select(PracticeQuery& query, std::size_t family) {
  static const char* const kNames[] = {"organisation", "region",       "municipality", "sector",
                                       "theme",        "client_group", "maturity",     "year"};
  const std::vector<std::string> values = pick(kNames[family]);
  std::vector<std::string>* texts[] = {&query.organisations, &query.regions, &query.municipalities,
                                       &query.sectors,       &query.themes,  &query.client_groups};
  if (family < 6) {
    *texts[family] = values;
  } else if (family == 6) {
    for (const std::string& value : values)
      query.maturities.push_back(*core::parse_maturity(value));
  } else {
    for (const std::string& value : values)
      query.years.push_back(std::stoi(value));
  }
}

// Each family selected a quarter of the time; windows, sorts, pages at random.
PracticeQuery PracticeIndexTest::random_query() {
  PracticeQuery query;
  for (std::size_t family = 0; family < kFamilyCount; ++family) {
    if (below(4) == 0) select(query, family);
  }
  if (below(4) == 0)
    query.published_from = utc(2016 + static_cast<int>(below(10)), 1 + below(12), 1);
  if (below(4) == 0)
    query.published_before = utc(2018 + static_cast<int>(below(9)), 1 + below(12), 1);
  if (below(10) == 0) query.published_from = utc(2021, 12, 31, 22, 30);  // an exact stored time
  query.sort = static_cast<PracticeQuery::Sort>(below(3));
  const int limits[] = {0, 1, 20, 50};
  query.limit = limits[below(4)];
  query.offset = below(4) == 0 ? static_cast<int>(below(200)) - 5 : 0;
  return query;
}

void expect_same_items(const PracticeList& from_index, const PracticeList& from_sqlite) {
  EXPECT_EQ(from_index.total, from_sqlite.total);
  ASSERT_EQ(ids_of(from_index), ids_of(from_sqlite));
  for (std::size_t i = 0; i < from_index.items.size(); ++i) {
    const core::Practice& a = from_index.items[i];
    const core::Practice& b = from_sqlite.items[i];
    EXPECT_EQ(a.slug, b.slug);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.summary, b.summary);
    EXPECT_EQ(a.organisations, b.organisations);
    EXPECT_EQ(a.themes, b.themes);
    EXPECT_EQ(a.region, b.region);
    EXPECT_EQ(a.published_at, b.published_at);
    EXPECT_TRUE(a.sections[0].empty());
  }
}

void expect_same_facets(const FacetCounts& from_index, const FacetCounts& from_sqlite) {
  ASSERT_EQ(from_index.size(), from_sqlite.size());
  for (const auto& [family, options] : from_sqlite) {
    ASSERT_TRUE(from_index.contains(family)) << family;
    const std::vector<FacetCount>& mine = from_index.at(family);
    ASSERT_EQ(mine.size(), options.size()) << family;
    for (std::size_t i = 0; i < options.size(); ++i) {
      EXPECT_EQ(mine[i].value, options[i].value) << family << " #" << i;
      EXPECT_EQ(mine[i].label, options[i].label) << family << " #" << i;
      EXPECT_EQ(mine[i].count, options[i].count) << family << " " << options[i].value;
    }
  }
}

// The index reads the Store through its interface: one backend is enough here (the store
// suites check that both backends answer alike).
INSTANTIATE_TEST_SUITE_P(Sqlite, PracticeIndexTest,
                         ::testing::Values(test_support::Backend::kSqlite));

TEST_P(PracticeIndexTest, HoldsThePublishedPracticesOnly) {
  EXPECT_EQ(static_cast<std::int64_t>(index_->size()), practices().list({.limit = 0}).total);
  EXPECT_LT(index_->size(), 450u);
  EXPECT_GT(index_->size(), 250u);
}

TEST_P(PracticeIndexTest, UnfilteredListAndFacetsMatchSqlite) {
  for (PracticeQuery::Sort sort :
       {PracticeQuery::Sort::kNewest, PracticeQuery::Sort::kOldest, PracticeQuery::Sort::kTitle}) {
    const PracticeQuery query{.sort = sort, .limit = 1000};
    expect_same_items(index_->list(query), practices().list(query));
  }
  expect_same_facets(index_->facets({}), practices().facets({}));
}

TEST_P(PracticeIndexTest, RandomQueriesMatchSqlite) {
  int with_items = 0;
  for (int round = 0; round < 400; ++round) {
    const PracticeQuery query = random_query();
    SCOPED_TRACE("round " + std::to_string(round));
    const PracticeList listed = practices().list(query);
    expect_same_items(index_->list(query), listed);
    expect_same_facets(index_->facets(query), practices().facets(query));
    if (HasFatalFailure()) return;
    if (listed.total > 1) ++with_items;
  }
  EXPECT_GT(with_items, 150);  // the queries are not mostly empty
}

// Cards by id from the index are the backend's, published only, in the order asked.
TEST_P(PracticeIndexTest, PublishedByIdsMatchTheBackend) {
  std::vector<std::int64_t> ids;
  for (std::int64_t id = 460; id >= 1; id -= 7)
    ids.push_back(id);
  const std::vector<core::Practice> from_index = index_->published_by_ids(ids);
  const std::vector<core::Practice> from_backend = practices().published_by_ids(ids);
  ASSERT_EQ(from_index.size(), from_backend.size());
  EXPECT_GT(from_index.size(), 10U);
  for (std::size_t i = 0; i < from_index.size(); ++i) {
    EXPECT_EQ(from_index[i].id, from_backend[i].id);
    EXPECT_EQ(from_index[i].title, from_backend[i].title);
  }
}

TEST_P(PracticeIndexTest, AnswersOnlyPublishedQueries) {
  EXPECT_TRUE(PracticeIndex::answers({}));
  EXPECT_FALSE(PracticeIndex::answers({.states = {}}));
  EXPECT_FALSE(PracticeIndex::answers({.states = {core::PracticeState::kDraft}}));
  EXPECT_FALSE(PracticeIndex::answers(
      {.states = {core::PracticeState::kPublished, core::PracticeState::kArchived}}));
}

TEST(PracticeIndexEmpty, GivesNothing) {
  const auto index = PracticeIndex::build({}, 0);
  EXPECT_EQ(index->list({}).total, 0);
  EXPECT_TRUE(index->list({}).items.empty());
  const FacetCounts counts = index->facets({.themes = {"innovointi"}});
  EXPECT_EQ(counts.size(), kFamilyCount);
  for (const auto& [family, options] : counts)
    EXPECT_TRUE(options.empty()) << family;
}

}  // namespace
}  // namespace tori::store
