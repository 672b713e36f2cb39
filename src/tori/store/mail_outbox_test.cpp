// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the MailOutbox through the Store interface: claiming with leases, retries, giving
// up, per-recipient counts and the counts by state.
#include "tori/store/mail_outbox.hpp"

#include <gtest/gtest.h>

#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/store/test_support.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;

const UtcTime kNow = UtcTime{std::chrono::sys_days{std::chrono::year{2026} / 3 / 1}} + 9h;

class MailOutboxTest : public ::testing::Test {
 protected:
  MailOutboxTest()
      : store_(open_sqlite(dir_ / "tori.sqlite", test_support::source_migrations_dir())) {
    (void)store_->health().migrate();
  }
  MailOutbox& outbox() { return store_->outbox(); }
  test_support::TempDir dir_;
  std::unique_ptr<SqliteStore> store_;
};

TEST_F(MailOutboxTest, ClaimedMailIsHeldUntilItsLeaseEnds) {
  const auto first = outbox().enqueue({"a@example.fi", "one"}, kNow);
  const auto second = outbox().enqueue({"b@example.fi", "two"}, kNow);
  const auto batch = outbox().claim_due(kNow, 1, 60s);
  ASSERT_EQ(batch.size(), 1U);
  EXPECT_EQ(batch[0].id, first);
  EXPECT_EQ(batch[0].recipient, "a@example.fi");
  EXPECT_EQ(batch[0].message, "one");
  EXPECT_EQ(batch[0].attempts, 0);
  const auto rest = outbox().claim_due(kNow, 10, 60s);
  ASSERT_EQ(rest.size(), 1U);
  EXPECT_EQ(rest[0].id, second);
  EXPECT_TRUE(outbox().claim_due(kNow + 59s, 10, 60s).empty());
  EXPECT_EQ(outbox().claim_due(kNow + 60s, 10, 60s).size(), 2U);  // the worker died
}

TEST_F(MailOutboxTest, SentMailIsNeverClaimedAgain) {
  const auto id = outbox().enqueue({"a@example.fi", "one"}, kNow);
  ASSERT_EQ(outbox().claim_due(kNow, 10, 60s).size(), 1U);
  outbox().mark_sent(id, kNow);
  EXPECT_TRUE(outbox().claim_due(kNow + 1h, 10, 60s).empty());
  EXPECT_EQ(outbox().counts().sent, 1);
  EXPECT_EQ(outbox().counts().pending, 0);
}

TEST_F(MailOutboxTest, FailedAttemptsRetryLaterThenGiveUp) {
  const auto id = outbox().enqueue({"a@example.fi", "one"}, kNow);
  ASSERT_EQ(outbox().claim_due(kNow, 10, 60s).size(), 1U);
  outbox().mark_failed(id, "451 try later", kNow + 5min, kNow);
  EXPECT_TRUE(outbox().claim_due(kNow + 4min, 10, 60s).empty());
  const auto retry = outbox().claim_due(kNow + 5min, 10, 60s);
  ASSERT_EQ(retry.size(), 1U);
  EXPECT_EQ(retry[0].attempts, 1);
  outbox().mark_failed(id, "550 no such user", std::nullopt, kNow + 5min);
  EXPECT_TRUE(outbox().claim_due(kNow + 1000h, 10, 60s).empty());
  EXPECT_EQ(outbox().counts().failed, 1);
}

TEST_F(MailOutboxTest, CountsPerRecipientSinceAMoment) {
  outbox().enqueue({"Maija@Example.fi", "1"}, kNow - 2h);
  outbox().enqueue({"maija@example.fi", "2"}, kNow - 10min);
  outbox().enqueue({"pekka@example.fi", "3"}, kNow);
  EXPECT_EQ(outbox().count_since("maija@example.fi", kNow - 1h), 1);
  EXPECT_EQ(outbox().count_since("MAIJA@example.fi", kNow - 3h), 2);
  EXPECT_EQ(outbox().count_since("nobody@example.fi", kNow - 3h), 0);
}

}  // namespace
}  // namespace tori::store
