// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the SQLite change log through the Store: appends that commit or roll back with their
// transaction, reading by position and limit, threads sharing the pool, and database time.
#include "tori/store/sqlite/change_log.hpp"

#include <atomic>
#include <future>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using sqlite::append_change;
using sqlite::Transaction;
using sqlite::TransactionKind;
using test_support::source_migrations_dir;
using test_support::TempDir;

class ChangeLogTest : public ::testing::TestWithParam<test_support::Backend> {
 protected:
  void open(SqliteOptions options = {}) {
    store_ = test_support::open_migrated_store(GetParam(), dir_, options);
    if (!store_) GTEST_SKIP() << "no PostgreSQL";
  }
  // Appends one change per object id in one committed transaction.
  void append_committed(std::string_view type, const std::vector<std::int64_t>& object_ids) {
    Transaction transaction{store_->database(), TransactionKind::kWrite};
    for (std::int64_t id : object_ids)
      append_change(transaction, type, id, ChangeAction::kUpdated);
    transaction.commit();
  }
  TempDir dir_;
  std::unique_ptr<SqlStore> store_;
};
INSTANTIATE_BACKENDS(ChangeLogTest);

std::vector<std::int64_t> ids_of(const std::vector<Change>& changes) {
  std::vector<std::int64_t> ids;
  for (const Change& change : changes)
    ids.push_back(change.id);
  return ids;
}

TEST_P(ChangeLogTest, RolledBackAppendLeavesNothing) {
  open();
  {
    Transaction transaction{store_->database(), TransactionKind::kWrite};
    EXPECT_EQ(append_change(transaction, "practice", 7, ChangeAction::kCreated), 1);
  }  // no commit
  EXPECT_EQ(store_->change_log().last_position(), 0);
  EXPECT_TRUE(store_->change_log().read_after(0, 10).empty());
}

TEST_P(ChangeLogTest, CommittedAppendsAreReadInOrder) {
  open();
  const UtcTime before = utc_now();
  Transaction transaction{store_->database(), TransactionKind::kWrite};
  EXPECT_EQ(append_change(transaction, "practice", 7, ChangeAction::kCreated), 1);
  EXPECT_EQ(append_change(transaction, "article", 3, ChangeAction::kUpdated), 2);
  EXPECT_EQ(append_change(transaction, "practice", 7, ChangeAction::kDeleted), 3);
  transaction.commit();
  const std::vector<Change> changes = store_->change_log().read_after(0, 10);
  ASSERT_EQ(changes.size(), 3u);
  const std::tuple<std::int64_t, const char*, std::int64_t, ChangeAction> expected[] = {
      {1, "practice", 7, ChangeAction::kCreated},
      {2, "article", 3, ChangeAction::kUpdated},
      {3, "practice", 7, ChangeAction::kDeleted},
  };
  for (std::size_t i = 0; i < changes.size(); ++i) {
    SCOPED_TRACE(i);
    const auto& [id, type, object_id, action] = expected[i];
    EXPECT_EQ(changes[i].id, id);
    EXPECT_EQ(changes[i].object_type, type);
    EXPECT_EQ(changes[i].object_id, object_id);
    EXPECT_EQ(changes[i].action, action);
    EXPECT_GE(changes[i].changed_at, before);
    EXPECT_LE(changes[i].changed_at, utc_now());
  }
}

TEST_P(ChangeLogTest, ReadsAfterAPositionUpToALimit) {
  open();
  append_committed("practice", {10, 11, 12, 13, 14});  // ids 1..5
  struct Case {
    const char* name;
    std::int64_t position;
    int limit;
    std::vector<std::int64_t> ids;
  };
  const Case cases[] = {
      {"from the start", 0, 10, {1, 2, 3, 4, 5}},
      {"limited", 0, 2, {1, 2}},
      {"next page", 2, 2, {3, 4}},
      {"last one", 4, 10, {5}},
      {"at the end", 5, 10, {}},
      {"past the end", 99, 10, {}},
      {"zero limit", 0, 0, {}},
      {"negative limit", 0, -1, {}},
      {"negative position", -5, 1, {1}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(ids_of(store_->change_log().read_after(c.position, c.limit)), c.ids);
  }
}

TEST_P(ChangeLogTest, LastPositionFollowsCommitsOnly) {
  open();
  EXPECT_EQ(store_->change_log().last_position(), 0);
  append_committed("article", {1, 2});
  EXPECT_EQ(store_->change_log().last_position(), 2);
  {
    Transaction transaction{store_->database(), TransactionKind::kWrite};
    (void)append_change(transaction, "article", 3, ChangeAction::kCreated);
  }
  EXPECT_EQ(store_->change_log().last_position(), 2);  // the rolled-back row was never seen
  append_committed("article", {4});
  // SQLite reuses the rolled-back id, PostgreSQL's identity skips it: a gap a follower reading
  // "after my last id" passes over harmlessly.
  const std::vector<Change> changes = store_->change_log().read_after(0, 10);
  ASSERT_EQ(changes.size(), 3U);
  EXPECT_EQ(changes[2].object_id, 4);
  EXPECT_GT(changes[2].id, 2);
  EXPECT_EQ(store_->change_log().last_position(), changes[2].id);
}

TEST_P(ChangeLogTest, AppendNeedsAWriteTransactionAndAType) {
  open();
  Transaction reader{store_->database(), TransactionKind::kRead};
  EXPECT_THROW(append_change(reader, "practice", 1, ChangeAction::kCreated), Error);
  Transaction writer_transaction{store_->database(), TransactionKind::kWrite};
  EXPECT_THROW(append_change(writer_transaction, "", 1, ChangeAction::kCreated), Error);
}

TEST_P(ChangeLogTest, DatabaseTimeCountersIncrease) {
  open();
  const double seconds = store_->database_seconds_total();
  const std::uint64_t statements = store_->database_statements_total();
  append_committed("practice", {1, 2, 3});
  (void)store_->change_log().read_after(0, 10);
  EXPECT_GT(store_->database_seconds_total(), seconds);
  // BEGIN, three inserts, COMMIT, one select.
  EXPECT_GE(store_->database_statements_total(), statements + 6);
}

// Four threads each write and read through the pool; none may see SQLITE_BUSY or lose a row.
TEST_P(ChangeLogTest, ThreadsShareThePoolWithoutBusyErrors) {
  constexpr int kThreads = 4;
  constexpr int kRounds = 60;
  for (int pool_size : {kThreads, 2}) {  // 2: threads also wait for a free connection
    SCOPED_TRACE(pool_size);
    TempDir dir;
    auto store = test_support::open_migrated_store(GetParam(), dir, {.pool_size = pool_size});
    if (!store) GTEST_SKIP() << "no PostgreSQL";
    auto work = [&store](int thread) {
      std::int64_t seen = 0;
      for (int round = 0; round < kRounds; ++round) {
        Transaction transaction{store->database(), TransactionKind::kWrite};
        (void)append_change(transaction, "thread", thread * 1000 + round, ChangeAction::kCreated);
        transaction.commit();
        const std::int64_t last = store->change_log().last_position();
        EXPECT_GE(last, seen);  // positions never go back
        seen = last;
        (void)store->change_log().read_after(std::max<std::int64_t>(0, last - 5), 5);
        EXPECT_TRUE(store->health().ping());
      }
    };
    std::vector<std::future<void>> threads;
    for (int thread = 0; thread < kThreads; ++thread) {
      threads.push_back(std::async(std::launch::async, work, thread));
    }
    for (auto& thread : threads)
      EXPECT_NO_THROW(thread.get());
    const std::vector<Change> all = store->change_log().read_after(0, kThreads * kRounds + 1);
    ASSERT_EQ(all.size(), static_cast<std::size_t>(kThreads * kRounds));
    std::vector<std::int64_t> last_round(kThreads, -1);
    for (std::size_t i = 0; i < all.size(); ++i) {
      EXPECT_EQ(all[i].id, static_cast<std::int64_t>(i + 1));
      const auto thread = static_cast<std::size_t>(all[i].object_id / 1000);
      EXPECT_GT(all[i].object_id % 1000, last_round[thread]);  // each thread's rows in its order
      last_round[thread] = all[i].object_id % 1000;
    }
  }
}

}  // namespace
}  // namespace tori::store
