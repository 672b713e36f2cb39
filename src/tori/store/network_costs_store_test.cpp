// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of NetworkStore::save_costs on both backends: a leader's costs saved whole and read back
// (the rest of the network untouched, a "network" change logged), the same costs again saving
// nothing, an unknown network, an organisation that is not a member refused with nothing written,
// and the history of changes with who made each and when.
#include <gtest/gtest.h>

#include "tori/store/network_store.hpp"
#include "tori/store/store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using test_support::kNow;

core::NetworkInput costs_network() {
  core::NetworkInput input;
  input.slug = "turvallisesti";
  input.name = "Turvallisesti töissä";
  input.period_from = "2025-01-01";
  input.period_until = "2026-12-31";
  input.leaders = {{"Timo Rinnekari", "vetäjä", "Turvaverstas Oy", "timo@example.fi"}};
  input.members = {{"Joensuun kaupunki", "", {}}, {"Kontiolahden kunta", "", {}}};
  input.costs = {.paid_days = 2,
                 .day_fee_cents = 140000,
                 .days = {{"2025-05-16", {"Joensuun kaupunki", "Kontiolahden kunta"}}}};
  return input;
}

core::NetworkCosts edited_costs() {
  return {.paid_days = 1,
          .day_fee_cents = 150000,
          .days = {{"2025-05-16", {"Joensuun kaupunki"}},
                   {"2025-11-14", {"Joensuun kaupunki", "Kontiolahden kunta"}}},
          .shares = {{"Kontiolahden kunta", 3}}};
}

class NetworkCostsStoreTest : public test_support::BackendTest {
 protected:
  NetworkStore& networks() { return store_->networks(); }
  std::int64_t save_network() {
    const NetworkSaved saved = networks().save(costs_network(), {}, kNow);
    EXPECT_EQ(saved.outcome, NetworkSaveOutcome::kCreated);
    return saved.id;
  }
  std::int64_t account(const std::string& email, const std::string& name) {
    return *store_->accounts().create({.email = email, .name = name}, std::nullopt, {}, kNow);
  }
};
INSTANTIATE_BACKENDS(NetworkCostsStoreTest);

TEST_P(NetworkCostsStoreTest, SavedWholeAndReadBack) {
  const std::int64_t id = save_network();
  const std::int64_t logged = store_->change_log().last_position();
  const UtcTime later = kNow + std::chrono::hours(3);
  EXPECT_EQ(networks().save_costs(id, edited_costs(), std::nullopt, later),
            CostsSaveOutcome::kSaved);
  const auto found = networks().find_by_slug("turvallisesti");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->input.costs, edited_costs());
  core::NetworkInput expected = costs_network();
  expected.costs = edited_costs();
  EXPECT_EQ(found->input, expected) << "nothing else changed";
  EXPECT_EQ(found->updated_at, later);
  const auto changes = store_->change_log().read_after(logged, 10);
  ASSERT_EQ(changes.size(), 1U);
  EXPECT_EQ(changes[0].object_type, "network");
  EXPECT_EQ(changes[0].object_id, id);
  EXPECT_EQ(changes[0].action, ChangeAction::kUpdated);
}

TEST_P(NetworkCostsStoreTest, TheSameCostsAgainSaveNothing) {
  const std::int64_t id = save_network();
  const std::int64_t logged = store_->change_log().last_position();
  EXPECT_EQ(networks().save_costs(id, costs_network().costs, std::nullopt, kNow),
            CostsSaveOutcome::kUnchanged);
  EXPECT_EQ(networks().cost_history(id).size(), 1U);
  EXPECT_TRUE(store_->change_log().read_after(logged, 10).empty());
}

TEST_P(NetworkCostsStoreTest, AnUnknownNetworkSavesNothing) {
  const std::int64_t id = save_network();
  EXPECT_EQ(networks().save_costs(id + 100, edited_costs(), std::nullopt, kNow),
            CostsSaveOutcome::kUnknownNetwork);
  EXPECT_EQ(networks().cost_history(id).size(), 1U);
}

TEST_P(NetworkCostsStoreTest, AnOrganisationThatIsNoMemberIsRefusedWhole) {
  const std::int64_t id = save_network();
  core::NetworkCosts costs = edited_costs();
  costs.days[1].participants.push_back("Outokummun kaupunki");
  EXPECT_ANY_THROW((void)networks().save_costs(id, costs, std::nullopt, kNow));
  EXPECT_EQ(networks().find_by_slug("turvallisesti")->input.costs, costs_network().costs);
  EXPECT_EQ(networks().cost_history(id).size(), 1U);
}

TEST_P(NetworkCostsStoreTest, TheHistoryTellsWhoChangedWhatAndWhen) {
  const std::int64_t id = save_network();
  const std::int64_t timo = account("timo@example.fi", "Timo Rinnekari");
  const std::int64_t unnamed = account("nimeton@example.fi", "");
  core::NetworkCosts costs = edited_costs();
  ASSERT_EQ(networks().save_costs(id, costs, timo, kNow + std::chrono::hours(1)),
            CostsSaveOutcome::kSaved);
  costs.day_fee_cents = 160000;
  ASSERT_EQ(networks().save_costs(id, costs, unnamed, kNow + std::chrono::hours(2)),
            CostsSaveOutcome::kSaved);
  const std::vector<NetworkCostChange> history = networks().cost_history(id);
  ASSERT_EQ(history.size(), 3U);
  EXPECT_EQ(history[0].changed_by, "") << "as imported";
  EXPECT_EQ(history[0].changed_at, kNow);
  EXPECT_EQ(history[1].changed_by, "Timo Rinnekari");
  EXPECT_EQ(history[1].changed_at, kNow + std::chrono::hours(1));
  EXPECT_NE(history[1].costs_json.find("\"day_fee_cents\": 150000"), std::string::npos);
  EXPECT_NE(history[1].costs_json.find("\"share\": 3"), std::string::npos);
  EXPECT_EQ(history[2].changed_by, "nimeton@example.fi");
  EXPECT_NE(history[2].costs_json.find("\"day_fee_cents\": 160000"), std::string::npos);
}

}  // namespace
}  // namespace tori::store
