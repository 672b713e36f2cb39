// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the board of ideas on both backends: ideas posted after the imported ones, comments
// and supports (one per account, taken back), another network's idea refused, and forwards kept
// with copies of their items even when an idea is later gone.
#include "tori/store/network_board_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using core::IdeaQuadrant;
using test_support::kNow;

core::NetworkInput board_network(std::string slug) {
  core::NetworkInput input;
  input.slug = std::move(slug);
  input.name = "Nuoret kuntatyössä";
  input.period_from = "2024-02-01";
  input.period_until = "2027-12-31";
  input.ideas = {{IdeaQuadrant::kStrength, "Työ on merkityksellistä.", "Emilia"}};
  return input;
}

class NetworkBoardStoreTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    network_ = store_->networks().save(board_network("nuoret"), {}, kNow).id;
    other_ = store_->networks().save(board_network("toinen"), {}, kNow).id;
    account_ = *store_->accounts().create({.email = "aleksi@oulu.fi"}, std::nullopt, {}, kNow);
    second_ = *store_->accounts().create({.email = "sanni@kuopio.fi"}, std::nullopt, {}, kNow);
  }
  NetworkBoardStore& board() { return store_->network_board(); }
  std::int64_t network_ = 0, other_ = 0, account_ = 0, second_ = 0;
};
INSTANTIATE_BACKENDS(NetworkBoardStoreTest);

TEST_P(NetworkBoardStoreTest, PostedIdeasFollowTheImportedOnes) {
  const std::int64_t id =
      board().post(network_, {IdeaQuadrant::kThreat, "Palkka ei houkuttele.", "Aleksi"}, account_,
                   kNow + std::chrono::hours(1));
  const std::vector<BoardIdea> ideas = board().ideas(network_, std::nullopt);
  ASSERT_EQ(ideas.size(), 2U);
  EXPECT_EQ(ideas[0].idea.text, "Työ on merkityksellistä.");
  EXPECT_FALSE(ideas[0].account_id);
  EXPECT_EQ(ideas[1].id, id);
  EXPECT_EQ(ideas[1].idea.quadrant, IdeaQuadrant::kThreat);
  EXPECT_EQ(ideas[1].account_id, account_);
  EXPECT_EQ(ideas[1].created_at, kNow + std::chrono::hours(1));
  // The network's read model sees it too (the public board, the forwards' indexes).
  EXPECT_EQ(store_->networks().find_by_slug("nuoret")->input.ideas.size(), 2U);
  EXPECT_EQ(board().ideas(other_, std::nullopt).size(), 1U);
}

TEST_P(NetworkBoardStoreTest, CommentsAndSupports) {
  const std::int64_t id = board().ideas(network_, std::nullopt).front().id;
  EXPECT_TRUE(board().comment(network_, id, "Samaa mieltä.", "Sanni", second_, kNow));
  EXPECT_TRUE(board().comment(network_, id, "Niin minäkin.", "Aleksi", account_,
                              kNow + std::chrono::minutes(1)));
  EXPECT_FALSE(board().comment(other_, id, "Väärä verkosto.", "X", account_, kNow));
  EXPECT_TRUE(board().support(network_, id, account_, true, kNow));
  EXPECT_TRUE(board().support(network_, id, account_, true, kNow));  // once per account
  EXPECT_TRUE(board().support(network_, id, second_, true, kNow));
  EXPECT_FALSE(board().support(other_, id, second_, true, kNow));
  BoardIdea idea = board().ideas(network_, account_).front();
  EXPECT_EQ(idea.supports, 2);
  EXPECT_TRUE(idea.supported);
  ASSERT_EQ(idea.comments.size(), 2U);
  EXPECT_EQ(idea.comments[0].text, "Samaa mieltä.");
  EXPECT_EQ(idea.comments[1].author, "Aleksi");
  EXPECT_TRUE(board().support(network_, id, account_, false, kNow));
  idea = board().ideas(network_, account_).front();
  EXPECT_EQ(idea.supports, 1);
  EXPECT_FALSE(idea.supported);
  EXPECT_FALSE(board().ideas(network_, std::nullopt).front().supported);
}

TEST_P(NetworkBoardStoreTest, AForwardKeepsWhatWasSent) {
  const std::int64_t first = board().ideas(network_, std::nullopt).front().id;
  const std::int64_t second =
      board().post(network_, {IdeaQuadrant::kIdea, "Mentori.", "Aleksi"}, account_, kNow);
  const std::int64_t foreign = board().ideas(other_, std::nullopt).front().id;
  ForwardRequest request{{second, first},
                         "2026-12-03",
                         "Kunta-alan kehittämisjaos",
                         "jaos@example.fi",
                         "Syksyn ehdotukset."};
  ASSERT_TRUE(board().forward(network_, request, account_, kNow));
  ForwardRequest wrong = request;
  wrong.idea_ids = {second, foreign};
  EXPECT_FALSE(board().forward(network_, wrong, account_, kNow));
  wrong.idea_ids = {};
  EXPECT_FALSE(board().forward(network_, wrong, account_, kNow));
  const std::vector<BoardForward> forwards = board().forwards(network_);
  ASSERT_EQ(forwards.size(), 1U);  // the refused ones left nothing
  EXPECT_EQ(forwards[0].recipients, "Kunta-alan kehittämisjaos");
  EXPECT_EQ(forwards[0].addresses, "jaos@example.fi");
  EXPECT_EQ(forwards[0].date, "2026-12-03");
  EXPECT_EQ(forwards[0].items,
            (std::vector<ForwardedItem>{{IdeaQuadrant::kIdea, "Mentori."},
                                        {IdeaQuadrant::kStrength, "Työ on merkityksellistä."}}));
  const auto network = store_->networks().find_by_slug("nuoret");
  ASSERT_EQ(network->input.forwarded.size(), 1U);
  EXPECT_EQ(network->input.forwarded[0].items, (std::vector<int>{1, 0}));
}

}  // namespace
}  // namespace tori::store
