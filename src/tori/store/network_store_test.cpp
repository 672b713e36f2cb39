// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the NetworkStore on both backends: a network saved and read back whole, saving again
// unchanged, members matched ignoring case with their joining and leaving kept, the board kept as
// the members' own, a snapshot for each change of the costs, meetings linked to events (an
// unknown event saving nothing) with who may register for them, results linked to practices (an
// unknown practice saving nothing), and every network with the latest period first.
#include "tori/store/network_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using core::IdeaQuadrant;
using test_support::kNow;

core::NetworkInput network_named(std::string slug, std::string until) {
  core::NetworkInput input;
  input.slug = std::move(slug);
  input.name = "Turvallisesti töissä";
  input.goals = "Tavoitteet **Markdownina**.";
  input.period_from = "2025-01-01";
  input.period_until = std::move(until);
  input.leaders = {{"Timo Rinnekari", "vetäjä", "Turvaverstas Oy", "timo@example.fi"},
                   {"Sari Lehto", "konsultti", "Turvaverstas Oy"}};
  input.members = {
      {"Joensuun kaupunki", "Joensuu", {{"Aino Virta", "työsuojelupäällikkö"}, {"Eero Salo", ""}}},
      {"Kontiolahden kunta", "Kontiolahti", {{"Liisa Mäki", "hallintojohtaja"}}}};
  input.meetings = {{"2025-05-16", "Kunnantalo, Kontiolahti", false, "1. Avaus", "Muistio."},
                    {"2025-11-14", "Joensuu ja etäyhteys", true, "1. Kuulumiset", ""}};
  input.costs = {.paid_days = 1,
                 .day_fee_cents = 140000,
                 .days = {{"2025-05-16", {"Joensuun kaupunki", "Kontiolahden kunta"}},
                          {"2025-11-14", {"Kontiolahden kunta"}}},
                 .shares = {{"Joensuun kaupunki", 2}}};
  input.ideas = {{IdeaQuadrant::kStrength, "Yhteinen pöytä.", "Aino Virta"},
                 {IdeaQuadrant::kThreat, "Yksintyöskentely lisääntyy.", "Liisa Mäki"},
                 {IdeaQuadrant::kIdea, "Turvasovellus kaikille.", "Eero Salo"}};
  input.forwarded = {{"2025-10-01", "Työsuojelutoimikunnat", {2, 1}, "Suositus."}};
  return input;
}

class NetworkStoreTest : public test_support::BackendTest {
 protected:
  NetworkStore& networks() { return store_->networks(); }
  NetworkSaved save(const core::NetworkInput& input, UtcTime now = kNow) {
    NetworkSaveContext context;
    context.municipalities.emplace("Joensuu", core::MunicipalityRef{"167", "Joensuu"});
    return networks().save(input, context, now);
  }
};
INSTANTIATE_BACKENDS(NetworkStoreTest);

TEST_P(NetworkStoreTest, SavedWholeAndReadBackTheSame) {
  const core::NetworkInput input = network_named("turvallisesti-toissa", "2026-12-31");
  const NetworkSaved saved = save(input);
  ASSERT_EQ(saved.outcome, NetworkSaveOutcome::kCreated);
  const std::optional<Network> found = networks().find_by_slug("turvallisesti-toissa");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, saved.id);
  EXPECT_EQ(found->input, input);
  ASSERT_EQ(found->organisations.size(), 2U);
  EXPECT_EQ(found->organisations[0].slug, "joensuun-kaupunki");
  EXPECT_EQ(found->slug_of("Kontiolahden kunta"), "kontiolahden-kunta");
  EXPECT_EQ(found->slug_of("Outokummun kaupunki"), "");
  const auto home = store_->organisations().find_by_slug("joensuun-kaupunki");
  ASSERT_TRUE(home && home->municipality);
  EXPECT_EQ(home->municipality->code, "167");

  EXPECT_EQ(save(input).outcome, NetworkSaveOutcome::kUnchanged);
  EXPECT_FALSE(networks().find_by_slug("ei-ole"));
}

TEST_P(NetworkStoreTest, MembersMatchIgnoringCaseAndTheirHistoryIsKept) {
  core::NetworkInput input = network_named("turvallisesti-toissa", "2026-12-31");
  const std::int64_t id = save(input).id;
  input.members = {{"JOENSUUN kaupunki", "Joensuu", {}}, {"Outokummun kaupunki", "", {}}};
  input.costs.days = {{"2025-05-16", {"JOENSUUN kaupunki"}}};
  input.costs.shares = {};
  ASSERT_EQ(save(input, kNow + std::chrono::hours(1)).outcome, NetworkSaveOutcome::kUpdated);
  const auto found = networks().find_by_slug("turvallisesti-toissa");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->input.members[0].organisation, "Joensuun kaupunki");  // as stored
  EXPECT_EQ(found->input.costs.days[0].participants, std::vector<std::string>{"Joensuun kaupunki"});
  std::vector<std::string> history;
  for (const NetworkMemberChange& change : networks().member_history(id))
    history.push_back(change.action + " " + change.organisation.slug);
  EXPECT_EQ(history,
            (std::vector<std::string>{"joined joensuun-kaupunki", "joined kontiolahden-kunta",
                                      "joined outokummun-kaupunki", "left kontiolahden-kunta"}));
}

TEST_P(NetworkStoreTest, TheBoardIsWrittenOnlyWhenTheNetworkIsCreated) {
  core::NetworkInput input = network_named("turvallisesti-toissa", "2026-12-31");
  save(input);
  core::NetworkInput again = input;
  again.ideas = {{IdeaQuadrant::kWeakness, "Toinen.", "Joku"}};
  again.forwarded = {};
  EXPECT_EQ(save(again).outcome, NetworkSaveOutcome::kUnchanged);
  again.goals = "Uudet tavoitteet.";
  EXPECT_EQ(save(again).outcome, NetworkSaveOutcome::kUpdated);
  const auto found = networks().find_by_slug("turvallisesti-toissa");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->input.ideas, input.ideas);
  EXPECT_EQ(found->input.forwarded, input.forwarded);
  EXPECT_EQ(found->input.goals, "Uudet tavoitteet.");
}

TEST_P(NetworkStoreTest, EachChangeOfTheCostsLeavesASnapshot) {
  core::NetworkInput input = network_named("turvallisesti-toissa", "2026-12-31");
  const std::int64_t id = save(input).id;
  input.goals = "Muu muutos.";
  save(input);  // the costs as they were: no snapshot
  input.costs.day_fee_cents = 150000;
  save(input, kNow + std::chrono::hours(2));
  const std::vector<NetworkCostChange> history = networks().cost_history(id);
  ASSERT_EQ(history.size(), 2U);
  EXPECT_EQ(history[0].changed_at, kNow);
  EXPECT_NE(history[0].costs_json.find("\"day_fee_cents\": 140000"), std::string::npos);
  EXPECT_NE(history[1].costs_json.find("\"day_fee_cents\": 150000"), std::string::npos);
  EXPECT_EQ(history[1].changed_at, kNow + std::chrono::hours(2));
}

TEST_P(NetworkStoreTest, MeetingsLinkToTheirEvents) {
  core::EventInput event;
  event.external_id = "ev-020";
  event.kind = core::EventKind::kNetworkMeeting;
  event.title = "Turvallisesti töissä -verkoston aloitustapaaminen";
  event.starts_at = core::TimePoint{std::chrono::sys_days{std::chrono::year{2025} / 5 / 16}} +
                    std::chrono::hours(7);
  event.ends_at = event.starts_at + std::chrono::hours(5);
  ASSERT_NE(store_->events().save(event, kNow).id, 0);
  core::NetworkInput input = network_named("turvallisesti-toissa", "2026-12-31");
  input.meetings[0].event = "ev-999";
  const NetworkSaved refused = save(input);
  EXPECT_EQ(refused.outcome, NetworkSaveOutcome::kUnknownEvent);
  EXPECT_EQ(refused.unknown_event, "ev-999");
  EXPECT_FALSE(networks().find_by_slug("turvallisesti-toissa"));
  input.meetings[0].event = "ev-020";
  ASSERT_EQ(save(input).outcome, NetworkSaveOutcome::kCreated);
  EXPECT_EQ(networks().find_by_slug("turvallisesti-toissa")->input.meetings[0].event, "ev-020");
}

TEST_P(NetworkStoreTest, AMeetingsEventKnowsItsNetworkAndWhoMayRegister) {
  for (const char* id : {"ev-020", "ev-021", "ev-022"}) {
    core::EventInput event;
    event.external_id = id;
    event.kind = core::EventKind::kNetworkMeeting;
    event.title = std::string("Tapaaminen ") + id;
    event.starts_at = core::TimePoint{std::chrono::sys_days{std::chrono::year{2025} / 5 / 16}};
    event.ends_at = event.starts_at + std::chrono::hours(5);
    ASSERT_NE(store_->events().save(event, kNow).id, 0);
  }
  core::NetworkInput input = network_named("turvallisesti-toissa", "2026-12-31");
  input.meetings[0].event = "ev-020";
  input.meetings[1].event = "ev-021";
  input.meetings[1].registration = core::MeetingRegistration::kOpen;
  ASSERT_EQ(save(input).outcome, NetworkSaveOutcome::kCreated);
  EXPECT_EQ(networks().find_by_slug("turvallisesti-toissa")->input.meetings, input.meetings);
  const auto event_id = [this](const char* id) {
    return store_->events().find_by_external_id(id)->id;
  };
  const auto first = networks().network_of_event(event_id("ev-020"));
  ASSERT_TRUE(first);
  EXPECT_EQ(first->slug, "turvallisesti-toissa");
  EXPECT_EQ(first->registration, core::MeetingRegistration::kMembers);
  EXPECT_EQ(networks().network_of_event(event_id("ev-021"))->registration,
            core::MeetingRegistration::kOpen);
  EXPECT_FALSE(networks().network_of_event(event_id("ev-022")));
  EXPECT_FALSE(networks().network_of_event(0));
}

TEST_P(NetworkStoreTest, ResultsLinkToPracticesAndOnlyPublishedOnesAreShown) {
  for (const char* id : {"r-1", "r-2"}) {
    PracticeWrite write = practice_testing::make_write(id, std::string{"Tulos "} + id);
    if (std::string_view(id) == "r-2") write.input.state = core::PracticeState::kDraft;
    ASSERT_TRUE(std::holds_alternative<WriteResult>(store_->practices().save(write)));
  }
  core::NetworkInput input = network_named("turvallisesti-toissa", "2026-12-31");
  input.results = {"tulos-r-2", "ei-ole"};
  const NetworkSaved refused = save(input);
  EXPECT_EQ(refused.outcome, NetworkSaveOutcome::kUnknownPractice);
  EXPECT_EQ(refused.unknown_practice, "ei-ole");
  EXPECT_FALSE(networks().find_by_slug("turvallisesti-toissa"));
  input.results = {"tulos-r-2", "tulos-r-1"};
  ASSERT_EQ(save(input).outcome, NetworkSaveOutcome::kCreated);
  Network found = *networks().find_by_slug("turvallisesti-toissa");
  EXPECT_EQ(found.input.results, input.results);
  EXPECT_EQ(found.published_results, (std::vector<core::Named>{{"tulos-r-1", "Tulos r-1"}}));
  EXPECT_EQ(save(input).outcome, NetworkSaveOutcome::kUnchanged);
  input.results = {"tulos-r-1"};
  EXPECT_EQ(save(input).outcome, NetworkSaveOutcome::kUpdated);
  EXPECT_EQ(networks().find_by_slug("turvallisesti-toissa")->input.results, input.results);
}

TEST_P(NetworkStoreTest, AllListsTheLatestPeriodFirst) {
  core::NetworkInput old = network_named("vanha", "2018-12-31");
  old.period_from = "2017-05-01";
  save(old);
  save(network_named("uusi", "2027-12-31"));
  core::NetworkInput hidden = network_named("piilotettu", "2026-06-30");
  hidden.listed = false;
  save(hidden);
  std::vector<std::string> slugs;
  for (const Network& network : networks().all())
    slugs.push_back(network.input.slug);
  EXPECT_EQ(slugs, (std::vector<std::string>{"uusi", "piilotettu", "vanha"}));
  EXPECT_FALSE(networks().find_by_slug("piilotettu")->input.listed);
}

}  // namespace
}  // namespace tori::store
