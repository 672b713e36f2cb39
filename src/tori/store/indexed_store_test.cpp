// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of IndexedStore: published lists come from the index, other queries from the backend;
// a write through it is visible to the very next call, another process's write soon after.
#include "tori/store/indexed_store.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"

namespace tori::store {
namespace {

using practice_testing::make_write;
using practice_testing::PracticeGenerator;
using namespace std::chrono_literals;

class IndexedStoreTest : public ::testing::Test {
 protected:
  IndexedStoreTest() {
    auto backend = open_sqlite(file(), test_support::source_migrations_dir());
    (void)backend->health().migrate();
    PracticeGenerator generator{5};
    std::vector<PracticeWrite> writes;
    for (int i = 0; i < 40; ++i)
      writes.push_back(generator.next(i));
    (void)backend->practices().save_many(writes);
    store_ = std::make_unique<IndexedStore>(std::move(backend), PracticeIndexOptions{20ms});
  }
  std::filesystem::path file() const { return dir_ / "tori.sqlite"; }
  // Waits (up to 20 s, never asserting a time) until the published total is `total`.
  bool total_becomes(std::int64_t total) {
    for (int i = 0; i < 2000; ++i) {
      if (store_->practices().list({.limit = 0}).total == total &&
          store_->follower().current() != nullptr) {
        return true;
      }
      std::this_thread::sleep_for(10ms);
    }
    return false;
  }

  test_support::TempDir dir_;
  std::unique_ptr<IndexedStore> store_;
};

TEST_F(IndexedStoreTest, BuildsTheIndexInTheBackground) {
  ASSERT_TRUE(store_->follower().wait_until_current(20s));
  EXPECT_GE(store_->follower().builds(), 1u);
  EXPECT_EQ(store_->follower().failures(), 0u);
  const auto index = store_->follower().current();
  ASSERT_NE(index, nullptr);
  EXPECT_EQ(static_cast<std::int64_t>(index->size()), store_->practices().list({}).total);
}

TEST_F(IndexedStoreTest, OwnWriteIsVisibleToTheNextCall) {
  ASSERT_TRUE(store_->follower().wait_until_current(20s));
  const std::int64_t before = store_->practices().list({.limit = 0}).total;
  const std::int64_t position = store_->known_position();
  PracticeWrite write = make_write("uusi-1", "Aivan uusi teko");
  write.input.themes = {"viestintä"};
  ASSERT_TRUE(std::holds_alternative<WriteResult>(store_->practices().save(write)));
  EXPECT_GT(store_->known_position(), position);
  const PracticeList after = store_->practices().list({.themes = {"viestinta"}, .limit = 100});
  EXPECT_TRUE(std::any_of(after.items.begin(), after.items.end(),
                          [](const core::Practice& p) { return p.slug == "aivan-uusi-teko"; }));
  EXPECT_EQ(store_->practices().list({.limit = 0}).total, before + 1);
  EXPECT_TRUE(total_becomes(before + 1));  // and the index catches up
}

TEST_F(IndexedStoreTest, OtherProcessWriteIsSeenSoon) {
  ASSERT_TRUE(store_->follower().wait_until_current(20s));
  const std::int64_t before = store_->practices().list({.limit = 0}).total;
  auto other = open_sqlite(file(), test_support::source_migrations_dir());
  ASSERT_TRUE(std::holds_alternative<WriteResult>(
      other->practices().save(make_write("muualta-1", "Toisesta prosessista"))));
  EXPECT_TRUE(total_becomes(before + 1));
  EXPECT_EQ(store_->known_position(), other->change_log().last_position());
}

TEST_F(IndexedStoreTest, OrganisationsAndTermsCountAsTheBackendDoes) {
  ASSERT_TRUE(store_->follower().wait_until_current(20s));
  auto plain = open_sqlite(file(), test_support::source_migrations_dir());
  auto counts = [](const std::vector<core::Organisation>& organisations) {
    std::vector<std::pair<std::string, std::int64_t>> pairs;
    for (const core::Organisation& o : organisations)
      pairs.emplace_back(o.slug, o.published_practices);
    return pairs;
  };
  EXPECT_EQ(counts(store_->organisations().list()), counts(plain->organisations().list()));
  const auto listed = plain->organisations().list();
  ASSERT_FALSE(listed.empty());
  const auto found = store_->organisations().find_by_slug(listed.front().slug);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->published_practices, listed.front().published_practices);
  EXPECT_FALSE(store_->organisations().find_by_slug("ei-ole").has_value());
  for (core::Vocabulary vocabulary : core::kVocabularies) {
    const std::vector<Term> mine = store_->vocabularies().terms(vocabulary);
    const std::vector<Term> theirs = plain->vocabularies().terms(vocabulary);
    ASSERT_EQ(mine.size(), theirs.size());
    for (std::size_t i = 0; i < mine.size(); ++i) {
      EXPECT_EQ(mine[i].slug, theirs[i].slug);
      EXPECT_EQ(mine[i].count, theirs[i].count);
    }
  }
}

// The editors' changes go through the follower: visible to the next call, and the rebuilt
// index leaves a hidden term out of the facets (a filter by it still works) as SQL does.
TEST_F(IndexedStoreTest, EditorsChangesAreSeenAndHiddenTermsLeaveTheFacets) {
  ASSERT_TRUE(store_->follower().wait_until_current(20s));
  const std::int64_t position = store_->known_position();
  ASSERT_EQ(store_->vocabularies().set_term_hidden(core::Vocabulary::kTheme, "viestinta", true, {},
                                                   utc_now()),
            AdminOutcome::kDone);
  EXPECT_GT(store_->known_position(), position);
  const AdminResult created = store_->organisations().create(
      {"Uusi kuntayhtymä", core::OrganisationType::kJointAuthority, std::nullopt}, {}, utc_now());
  ASSERT_EQ(created.outcome, AdminOutcome::kDone);
  EXPECT_TRUE(store_->organisations().find_by_slug(created.slug).has_value());
  ASSERT_TRUE(store_->follower().wait_until_current(20s));
  ASSERT_NE(store_->follower().current(), nullptr);
  auto plain = open_sqlite(file(), test_support::source_migrations_dir());
  auto themes = [](const FacetCounts& facets) {
    std::vector<std::string> values;
    for (const FacetCount& option : facets.at("theme"))
      values.push_back(option.value);
    return values;
  };
  const std::vector<std::string> indexed = themes(store_->practices().facets({}));
  EXPECT_EQ(indexed, themes(plain->practices().facets({})));
  EXPECT_EQ(std::count(indexed.begin(), indexed.end(), "viestinta"), 0);
  EXPECT_EQ(store_->practices().list({.themes = {"viestinta"}, .limit = 0}).total,
            plain->practices().list({.themes = {"viestinta"}, .limit = 0}).total);
  for (const Term& term : store_->vocabularies().terms(core::Vocabulary::kTheme))
    EXPECT_NE(term.slug, "viestinta");
}

TEST_F(IndexedStoreTest, OtherStatesComeFromTheBackend) {
  ASSERT_TRUE(store_->follower().wait_until_current(20s));
  const PracticeQuery every_state{.states = {}, .limit = 0};
  const PracticeQuery drafts{.states = {core::PracticeState::kDraft}, .limit = 0};
  EXPECT_EQ(store_->practices().list(every_state).total, 40);
  EXPECT_GT(store_->practices().list(drafts).total, 0);
  EXPECT_EQ(store_->practices().facets(drafts).at("maturity").empty(),
            store_->practices().list(drafts).total == 0);
}

}  // namespace
}  // namespace tori::store
