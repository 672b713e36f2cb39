// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of joining and leaving a network on both backends: a request waits (once) until a leader
// approves or declines it, members cannot ask again, leaving keeps the organisation in the days it
// took part in, every change in the history; and an organisation merged into another keeps its
// place in the network.
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using test_support::kNow;

core::NetworkInput membership_network() {
  core::NetworkInput input;
  input.slug = "turvallisesti-toissa";
  input.name = "Turvallisesti töissä";
  input.period_from = "2025-01-01";
  input.period_until = "2026-12-31";
  input.members = {{"Lahden kaupunki", "Lahti", {{"Jarmo", "työsuojelupäällikkö"}}},
                   {"Heinolan kaupunki", "Heinola", {}}};
  input.costs = {.paid_days = 0,
                 .day_fee_cents = 100,
                 .days = {{"2025-02-05", {"Lahden kaupunki", "Heinolan kaupunki"}}}};
  return input;
}

class NetworkMembershipTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    network_ = store_->networks().save(membership_network(), {}, kNow).id;
    leader_ = *store_->accounts().create({.email = "timo@example.fi"}, std::nullopt, {}, kNow);
    asker_ = *store_->accounts().create({.email = "pirjo@orimattila.fi", .name = "Pirjo"},
                                        std::nullopt, {}, kNow);
    // A third organisation, known from another network.
    core::NetworkInput other = membership_network();
    other.slug = "toinen";
    other.members = {{"Orimattilan kaupunki", "", {}}};
    other.costs = {};
    store_->networks().save(other, {}, kNow);
  }
  std::int64_t organisation(const char* slug) {
    return store_->organisations().find_by_slug(slug)->id;
  }
  std::vector<std::string> member_slugs() {
    std::vector<std::string> slugs;
    const auto network = store_->networks().find_by_slug("turvallisesti-toissa");
    for (const auto& organisation : network->organisations)
      slugs.push_back(organisation.slug);
    return slugs;
  }
  NetworkStore& networks() { return store_->networks(); }
  std::int64_t network_ = 0, leader_ = 0, asker_ = 0;
};
INSTANTIATE_BACKENDS(NetworkMembershipTest);

TEST_P(NetworkMembershipTest, ARequestWaitsForALeader) {
  const std::int64_t orimattila = organisation("orimattilan-kaupunki");
  EXPECT_EQ(networks().request_join(network_, orimattila, "Haluamme mukaan.", asker_, kNow),
            JoinRequestOutcome::kRequested);
  EXPECT_EQ(networks().request_join(network_, orimattila, "Uudestaan.", asker_, kNow),
            JoinRequestOutcome::kAlreadyWaiting);
  EXPECT_EQ(networks().request_join(network_, organisation("lahden-kaupunki"), "", asker_, kNow),
            JoinRequestOutcome::kAlreadyMember);
  EXPECT_EQ(networks().request_join(999999, orimattila, "", asker_, kNow),
            JoinRequestOutcome::kUnknownNetwork);
  const std::vector<JoinRequest> waiting = networks().join_requests(network_);
  ASSERT_EQ(waiting.size(), 1U);
  EXPECT_EQ(waiting[0].organisation.slug, "orimattilan-kaupunki");
  EXPECT_EQ(waiting[0].message, "Haluamme mukaan.");
  EXPECT_EQ(waiting[0].requested_by, "Pirjo");
  EXPECT_FALSE(networks().decide_join(network_ + 1000, waiting[0].id, true, leader_, kNow));
  EXPECT_TRUE(networks().decide_join(network_, waiting[0].id, true, leader_, kNow));
  EXPECT_FALSE(networks().decide_join(network_, waiting[0].id, true, leader_, kNow));
  EXPECT_TRUE(networks().join_requests(network_).empty());
  EXPECT_EQ(member_slugs(), (std::vector<std::string>{"lahden-kaupunki", "heinolan-kaupunki",
                                                      "orimattilan-kaupunki"}));
  const auto history = networks().member_history(network_);
  ASSERT_EQ(history.size(), 3U);
  EXPECT_EQ(history.back().action, "joined");
  EXPECT_EQ(history.back().note, "Haluamme mukaan.");
}

TEST_P(NetworkMembershipTest, ADeclinedRequestAddsNobody) {
  const std::int64_t orimattila = organisation("orimattilan-kaupunki");
  ASSERT_EQ(networks().request_join(network_, orimattila, "", asker_, kNow),
            JoinRequestOutcome::kRequested);
  EXPECT_TRUE(networks().decide_join(network_, networks().join_requests(network_)[0].id, false,
                                     leader_, kNow));
  EXPECT_EQ(member_slugs().size(), 2U);
  EXPECT_EQ(networks().request_join(network_, orimattila, "Toinen yritys.", asker_, kNow),
            JoinRequestOutcome::kRequested);  // may ask again
}

TEST_P(NetworkMembershipTest, LeavingKeepsTheDaysTakenPartIn) {
  const std::int64_t lahti = organisation("lahden-kaupunki");
  EXPECT_TRUE(networks().leave(network_, lahti, asker_, kNow));
  EXPECT_FALSE(networks().leave(network_, lahti, asker_, kNow));
  const auto network = networks().find_by_slug("turvallisesti-toissa");
  EXPECT_EQ(member_slugs(), std::vector<std::string>{"heinolan-kaupunki"});
  EXPECT_EQ(network->input.costs.days[0].participants.size(), 2U);
  EXPECT_EQ(network->slug_of("Lahden kaupunki"), "lahden-kaupunki");  // a former member
  EXPECT_EQ(networks().member_history(network_).back().action, "left");
  // A leader's later change of the costs keeps the former member in its day.
  core::NetworkCosts costs = network->input.costs;
  EXPECT_EQ(networks().save_costs(network_, costs, leader_, kNow), CostsSaveOutcome::kUnchanged);
  costs.day_fee_cents = 200;
  EXPECT_EQ(networks().save_costs(network_, costs, leader_, kNow), CostsSaveOutcome::kSaved);
  EXPECT_EQ(networks().find_by_slug("turvallisesti-toissa")->input.costs.days[0].participants,
            (std::vector<std::string>{"Lahden kaupunki", "Heinolan kaupunki"}));
}

TEST_P(NetworkMembershipTest, AMergedOrganisationKeepsItsPlace) {
  ASSERT_EQ(store_->organisations().merge("lahden-kaupunki", "orimattilan-kaupunki",
                                          {.actor = "test", .action = "organisation.merge"}, kNow),
            AdminOutcome::kDone);
  const auto network = networks().find_by_slug("turvallisesti-toissa");
  EXPECT_EQ(member_slugs(),
            (std::vector<std::string>{"orimattilan-kaupunki", "heinolan-kaupunki"}));
  EXPECT_EQ(network->input.members[0].people.size(), 1U);
  EXPECT_EQ(network->input.costs.days[0].participants[0], "Orimattilan kaupunki");
}

TEST_P(NetworkMembershipTest, ALeaderWritesTheMinutes) {
  core::NetworkInput input = membership_network();
  input.meetings = {{"2025-02-05", "Lahti", true, "1. Avaus", ""},
                    {"2025-05-14", "Heinola", false, "1. Kuulumiset", ""}};
  ASSERT_EQ(networks().save(input, {}, kNow).outcome, NetworkSaveOutcome::kUpdated);
  EXPECT_TRUE(networks().save_minutes(network_, 1, "**Läsnä:** kaikki.", kNow));
  EXPECT_FALSE(networks().save_minutes(network_, 2, "Ei ole.", kNow));
  EXPECT_FALSE(networks().save_minutes(network_ + 1000, 0, "Ei ole.", kNow));
  const auto network = networks().find_by_slug("turvallisesti-toissa");
  EXPECT_EQ(network->input.meetings[0].minutes, "");
  EXPECT_EQ(network->input.meetings[1].minutes, "**Läsnä:** kaikki.");
}

}  // namespace
}  // namespace tori::store
