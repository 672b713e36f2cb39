// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the PublicVoteStore on both backends: a vote waits with its mail until confirmed, a
// confirmed vote replaces the voter's earlier one in its category (not in others), an old link
// expires, unknown categories and practices save nothing, the cap on waiting votes, the tallies,
// and the privacy reads, erasure and the purge of votes never confirmed.
#include "tori/store/public_vote_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using std::chrono::hours;

const UtcTime kVoteNow = UtcTime{std::chrono::sys_days{std::chrono::year{2026} / 10 / 5}};

core::CampaignInput vote_campaign() {
  core::CampaignInput input;
  input.slug = "teot-kiertoon-2026";
  input.name = "Teot kiertoon 2026";
  input.year = 2026;
  input.collecting_from = "2026-03-01";
  input.collecting_until = "2026-09-30";
  input.gala_date = "2026-11-20";
  input.public_vote = true;
  input.categories = {{"viestinta", "Vuoden viestintäteko", "", core::CategoryKind::kSpecial},
                      {"teknologia", "Vuoden teknologiateko", "", core::CategoryKind::kSpecial}};
  input.criteria = {{"vaikuttavuus", "Vaikuttavuus", 100}};
  return input;
}

class PublicVoteStoreTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    for (const char* id : {"pv-1", "pv-2"}) {
      auto saved =
          store_->practices().save(practice_testing::make_write(id, std::string{"Teko "} + id));
      ASSERT_TRUE(std::holds_alternative<WriteResult>(saved));
      practice_ids_.push_back(std::get<WriteResult>(saved).id);
    }
    campaign_id_ = store_->campaigns().save(vote_campaign(), kVoteNow).id;
    ASSERT_NE(campaign_id_, 0);
  }
  PublicVoteStore& votes() { return store_->public_votes(); }
  VoteCastOutcome cast(std::string category, std::size_t practice, std::string voter,
                       std::string token, UtcTime now = kVoteNow) {
    return votes().cast({campaign_id_, std::move(category), practice_ids_.at(practice),
                         std::move(voter), std::move(token)},
                        {"aanestaja@example.fi", "Subject: vahvista\r\n\r\nlinkki\r\n"}, 3,
                        now - hours(24), now);
  }
  std::vector<std::int64_t> practice_ids_;
  std::int64_t campaign_id_ = 0;
};
INSTANTIATE_BACKENDS(PublicVoteStoreTest);

TEST_P(PublicVoteStoreTest, AVoteWaitsWithItsMailUntilConfirmed) {
  EXPECT_EQ(cast("viestinta", 0, "voter-a", "token-1"), VoteCastOutcome::kWaiting);
  EXPECT_EQ(store_->outbox().counts().pending, 1);
  EXPECT_EQ(votes().tally(campaign_id_), std::vector<core::VoteTally>{});
  const auto waiting = votes().find_by_token("token-1");
  ASSERT_TRUE(waiting);
  EXPECT_EQ(waiting->category, "viestinta");
  EXPECT_EQ(waiting->practice_id, practice_ids_[0]);
  EXPECT_FALSE(waiting->confirmed_at);
  EXPECT_EQ(votes().confirm("token-1", kVoteNow - hours(48), kVoteNow + hours(1)),
            VoteConfirmOutcome::kConfirmed);
  EXPECT_EQ(votes().confirm("token-1", kVoteNow - hours(48), kVoteNow + hours(2)),
            VoteConfirmOutcome::kAlready);
  EXPECT_EQ(votes().tally(campaign_id_),
            (std::vector<core::VoteTally>{{"viestinta", practice_ids_[0], 1}}));
  EXPECT_EQ(votes().confirmed_total(campaign_id_), 1);
  EXPECT_EQ(votes().confirm("no-such-token", kVoteNow, kVoteNow), VoteConfirmOutcome::kUnknown);
}

TEST_P(PublicVoteStoreTest, OneConfirmedVotePerVoterAndCategory) {
  ASSERT_EQ(cast("viestinta", 0, "voter-a", "token-1"), VoteCastOutcome::kWaiting);
  ASSERT_EQ(cast("viestinta", 1, "voter-a", "token-2"), VoteCastOutcome::kWaiting);
  ASSERT_EQ(cast("teknologia", 0, "voter-a", "token-3"), VoteCastOutcome::kWaiting);
  ASSERT_EQ(cast("viestinta", 0, "voter-b", "token-4"), VoteCastOutcome::kWaiting);
  const UtcTime long_ago = kVoteNow - hours(48);
  EXPECT_EQ(votes().confirm("token-1", long_ago, kVoteNow), VoteConfirmOutcome::kConfirmed);
  EXPECT_EQ(votes().confirm("token-3", long_ago, kVoteNow), VoteConfirmOutcome::kConfirmed);
  EXPECT_EQ(votes().confirm("token-4", long_ago, kVoteNow), VoteConfirmOutcome::kConfirmed);
  EXPECT_EQ(votes().confirm("token-2", long_ago, kVoteNow), VoteConfirmOutcome::kReplaced);
  EXPECT_EQ(votes().tally(campaign_id_),
            (std::vector<core::VoteTally>{{"teknologia", practice_ids_[0], 1},
                                          {"viestinta", practice_ids_[0], 1},
                                          {"viestinta", practice_ids_[1], 1}}));
  EXPECT_EQ(votes().confirmed_total(campaign_id_), 3);
  EXPECT_FALSE(votes().find_by_token("token-1"));  // the replaced vote is gone
}

TEST_P(PublicVoteStoreTest, AnOldLinkExpires) {
  ASSERT_EQ(cast("viestinta", 0, "voter-a", "token-1", kVoteNow - hours(50)),
            VoteCastOutcome::kWaiting);
  EXPECT_EQ(votes().confirm("token-1", kVoteNow - hours(48), kVoteNow),
            VoteConfirmOutcome::kExpired);
  EXPECT_EQ(votes().confirmed_total(campaign_id_), 0);
}

TEST_P(PublicVoteStoreTest, RefusalsSaveNothing) {
  EXPECT_EQ(cast("ymparisto", 0, "voter-a", "token-1"), VoteCastOutcome::kUnknownCategory);
  EXPECT_EQ(votes().cast({campaign_id_, "viestinta", practice_ids_[1] + 99, "voter-a", "t-2"},
                         {"a@example.fi", "x"}, 3, kVoteNow - hours(24), kVoteNow),
            VoteCastOutcome::kUnknownPractice);
  for (const char* token : {"t-3", "t-4", "t-5"})
    ASSERT_EQ(cast("viestinta", 0, "voter-a", token), VoteCastOutcome::kWaiting);
  EXPECT_EQ(cast("viestinta", 1, "voter-a", "t-6"), VoteCastOutcome::kTooMany);
  EXPECT_EQ(cast("viestinta", 1, "voter-b", "t-7"), VoteCastOutcome::kWaiting);  // another voter
  EXPECT_EQ(cast("viestinta", 1, "voter-a", "t-8", kVoteNow + hours(25)),
            VoteCastOutcome::kWaiting);  // a day later
  EXPECT_EQ(store_->outbox().counts().pending, 5);
  EXPECT_FALSE(votes().find_by_token("t-6"));
}

TEST_P(PublicVoteStoreTest, PrivacyReadsEraseAndPurge) {
  ASSERT_EQ(cast("viestinta", 0, "voter-a", "token-1"), VoteCastOutcome::kWaiting);
  ASSERT_EQ(cast("teknologia", 1, "voter-a", "token-2"), VoteCastOutcome::kWaiting);
  ASSERT_EQ(cast("viestinta", 1, "voter-b", "token-3"), VoteCastOutcome::kWaiting);
  ASSERT_EQ(votes().confirm("token-1", kVoteNow - hours(1), kVoteNow),
            VoteConfirmOutcome::kConfirmed);
  const std::vector<StoredVote> mine = votes().votes_of("voter-a");
  ASSERT_EQ(mine.size(), 2U);
  EXPECT_TRUE(mine[0].confirmed_at);
  EXPECT_EQ(mine[1].category, "teknologia");
  EXPECT_EQ(votes().purge_unconfirmed(kVoteNow + hours(1)), 2);  // token-2 and token-3
  EXPECT_EQ(votes().erase_voter("voter-a"), 1);
  EXPECT_TRUE(votes().votes_of("voter-a").empty());
  EXPECT_EQ(votes().confirmed_total(campaign_id_), 0);
}

}  // namespace
}  // namespace tori::store
