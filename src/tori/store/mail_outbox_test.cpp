// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the MailOutbox through the Store interface: claiming with leases, retries, giving
// up, per-recipient counts and the counts by state.
#include "tori/store/mail_outbox.hpp"

#include <future>
#include <map>

#include <gtest/gtest.h>

#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;

using test_support::kNow;

class MailOutboxTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped()) return;
  }
  MailOutbox& outbox() { return store_->outbox(); }
};
INSTANTIATE_BACKENDS(MailOutboxTest);

TEST_P(MailOutboxTest, ClaimedMailIsHeldUntilItsLeaseEnds) {
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

TEST_P(MailOutboxTest, SentMailIsNeverClaimedAgain) {
  const auto id = outbox().enqueue({"a@example.fi", "one"}, kNow);
  ASSERT_EQ(outbox().claim_due(kNow, 10, 60s).size(), 1U);
  outbox().mark_sent(id, kNow);
  EXPECT_TRUE(outbox().claim_due(kNow + 1h, 10, 60s).empty());
  EXPECT_EQ(outbox().counts().sent, 1);
  EXPECT_EQ(outbox().counts().pending, 0);
}

TEST_P(MailOutboxTest, FailedAttemptsRetryLaterThenGiveUp) {
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

TEST_P(MailOutboxTest, CountsPerRecipientSinceAMoment) {
  outbox().enqueue({"Maija@Example.fi", "1"}, kNow - 2h);
  outbox().enqueue({"maija@example.fi", "2"}, kNow - 10min);
  outbox().enqueue({"pekka@example.fi", "3"}, kNow);
  EXPECT_EQ(outbox().count_since("maija@example.fi", kNow - 1h), 1);
  EXPECT_EQ(outbox().count_since("MAIJA@example.fi", kNow - 3h), 2);
  EXPECT_EQ(outbox().count_since("nobody@example.fi", kNow - 3h), 0);
}

// Two nodes, two delivery threads each, claim from one outbox at once: every message is
// claimed exactly once.
TEST_P(MailOutboxTest, WorkersOnTwoNodesClaimEachMessageOnce) {
  constexpr int kMessages = 120;
  for (int i = 0; i < kMessages; ++i)
    (void)outbox().enqueue({"r" + std::to_string(i) + "@example.fi", "viesti"}, kNow);
  std::unique_ptr<SqlStore> other_node = open_another_node();
  auto work = [](MailOutbox* node) {
    std::vector<std::int64_t> claimed;
    for (;;) {
      const auto batch = node->claim_due(kNow, 7, 600s);
      if (batch.empty()) return claimed;
      for (const QueuedMail& mail : batch) {
        claimed.push_back(mail.id);
        node->mark_sent(mail.id, kNow);
      }
    }
  };
  std::vector<std::future<std::vector<std::int64_t>>> workers;
  for (MailOutbox* node : {&outbox(), &outbox(), &other_node->outbox(), &other_node->outbox()})
    workers.push_back(std::async(std::launch::async, work, node));
  std::map<std::int64_t, int> times_claimed;
  for (auto& worker : workers)
    for (std::int64_t id : worker.get())
      ++times_claimed[id];
  EXPECT_EQ(times_claimed.size(), static_cast<std::size_t>(kMessages));
  for (const auto& [id, times] : times_claimed)
    EXPECT_EQ(times, 1) << "message " << id;
  EXPECT_EQ(outbox().counts().sent, kMessages);
}

}  // namespace
}  // namespace tori::store
