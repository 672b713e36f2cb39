// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of NetworkStore::save_details on both backends: a leader's edit saved and read back (goals,
// listing, board, meetings sorted by date, people, results) with a "network" change logged; the
// same details again saving nothing; the members, leaders, costs and board of ideas untouched; an
// unknown practice or network saving nothing; meetings keeping their events and minutes.
#include <gtest/gtest.h>

#include "tori/store/network_store.hpp"
#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using test_support::kNow;

core::NetworkInput details_network() {
  core::NetworkInput input;
  input.slug = "turvallisesti";
  input.name = "Turvallisesti töissä";
  input.goals = "Tavoitteet.";
  input.period_from = "2025-01-01";
  input.period_until = "2026-12-31";
  input.leaders = {{"Timo Rinnekari", "vetäjä", "Turvaverstas Oy", "timo@example.fi"}};
  input.members = {{"Joensuun kaupunki", "Joensuu", {{"Aino Virta", "työsuojelupäällikkö"}}},
                   {"Kontiolahden kunta", "", {}}};
  input.meetings = {{"2025-05-16", "Kontiolahti", false, "1. Avaus", "Muistio.", "ev-1"},
                    {"2025-11-14", "", true, "1. Kuulumiset", ""}};
  input.costs = {.paid_days = 2,
                 .day_fee_cents = 140000,
                 .days = {{"2025-05-16", {"Joensuun kaupunki", "Kontiolahden kunta"}}}};
  input.ideas = {{core::IdeaQuadrant::kIdea, "Turvasovellus.", "Aino Virta"}};
  input.forwarded = {{"2025-10-01", "Työsuojelutoimikunnat", {0}, ""}};
  return input;
}

// The details a leader sends: everything changed, a new meeting first so that the store sorts.
NetworkDetails edited_details(const Network& network) {
  NetworkDetails details = network.details();
  details.goals = "Uudet **tavoitteet**.";
  details.listed = false;
  details.board = core::BoardVisibility::kPublic;
  details.meetings[1].place = "Joensuu";
  details.meetings.insert(details.meetings.begin(),
                          {"2026-02-03", "Liperi", false, "1. Uusi", "", ""});
  details.meetings.front().registration = core::MeetingRegistration::kOpen;
  details.people["kontiolahden-kunta"] = {{"Liisa Mäki", ""}, {"Eero Salo", "rehtori"}};
  details.people.erase("joensuun-kaupunki");  // keeps its people
  details.people["ei-jasen"] = {{"Ulkopuolinen", ""}};
  details.results = {"tulos-r-1"};
  return details;
}

class NetworkDetailsStoreTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    core::EventInput event;
    event.external_id = "ev-1";
    event.kind = core::EventKind::kNetworkMeeting;
    event.title = "Aloitustapaaminen";
    event.starts_at = core::TimePoint{std::chrono::sys_days{std::chrono::year{2025} / 5 / 16}};
    event.ends_at = event.starts_at + std::chrono::hours(5);
    ASSERT_NE(store_->events().save(event, kNow).id, 0);
    ASSERT_TRUE(std::holds_alternative<WriteResult>(
        store_->practices().save(practice_testing::make_write("r-1", "Tulos r-1"))));
    const NetworkSaved saved = networks().save(details_network(), {}, kNow);
    ASSERT_EQ(saved.outcome, NetworkSaveOutcome::kCreated);
    id_ = saved.id;
  }
  NetworkStore& networks() { return store_->networks(); }
  Network network() { return *networks().find_by_slug("turvallisesti"); }
  std::int64_t id_ = 0;
};
INSTANTIATE_BACKENDS(NetworkDetailsStoreTest);

TEST_P(NetworkDetailsStoreTest, SavedAndReadBack) {
  const Network before = network();
  const NetworkDetails details = edited_details(before);
  const std::int64_t logged = store_->change_log().last_position();
  const UtcTime later = kNow + std::chrono::hours(2);
  EXPECT_EQ(networks().save_details(id_, details, later).outcome, DetailsSaveOutcome::kSaved);
  const Network after = network();
  EXPECT_EQ(after.input.goals, "Uudet **tavoitteet**.");
  EXPECT_FALSE(after.input.listed);
  EXPECT_EQ(after.input.board, core::BoardVisibility::kPublic);
  ASSERT_EQ(after.input.meetings.size(), 3U);
  EXPECT_EQ(after.input.meetings[0], before.input.meetings[0]) << "minutes and event kept";
  EXPECT_EQ(after.input.meetings[1].place, "Joensuu");
  EXPECT_EQ(after.input.meetings[2].date, "2026-02-03") << "sorted by date";
  EXPECT_EQ(after.input.meetings[2].registration, core::MeetingRegistration::kOpen);
  EXPECT_EQ(after.input.members[0].people, before.input.members[0].people);
  EXPECT_EQ(after.input.members[1].people,
            (std::vector<core::AppointedPerson>{{"Liisa Mäki", ""}, {"Eero Salo", "rehtori"}}));
  EXPECT_EQ(after.input.results, std::vector<std::string>{"tulos-r-1"});
  EXPECT_EQ(after.input, before.with_details(details));
  EXPECT_EQ(after.updated_at, later);
  const auto changes = store_->change_log().read_after(logged, 10);
  ASSERT_EQ(changes.size(), 1U);
  EXPECT_EQ(changes[0].object_type, "network");
  EXPECT_EQ(changes[0].object_id, id_);
  EXPECT_EQ(changes[0].action, ChangeAction::kUpdated);
}

TEST_P(NetworkDetailsStoreTest, TheSameDetailsAgainSaveNothing) {
  const std::int64_t logged = store_->change_log().last_position();
  EXPECT_EQ(networks().save_details(id_, network().details(), kNow).outcome,
            DetailsSaveOutcome::kUnchanged);
  NetworkDetails details = network().details();
  details.people.clear();  // every member keeps its people
  EXPECT_EQ(networks().save_details(id_, details, kNow).outcome, DetailsSaveOutcome::kUnchanged);
  EXPECT_TRUE(store_->change_log().read_after(logged, 10).empty());
  EXPECT_EQ(networks().save_details(id_ + 100, details, kNow).outcome,
            DetailsSaveOutcome::kUnknownNetwork);
}

TEST_P(NetworkDetailsStoreTest, MembersLeadersCostsAndIdeasAreUntouched) {
  const Network before = network();
  ASSERT_EQ(networks().save_details(id_, edited_details(before), kNow).outcome,
            DetailsSaveOutcome::kSaved);
  const Network after = network();
  EXPECT_EQ(after.input.slug, before.input.slug);
  EXPECT_EQ(after.input.name, before.input.name);
  EXPECT_EQ(after.input.period_from, before.input.period_from);
  EXPECT_EQ(after.input.period_until, before.input.period_until);
  EXPECT_EQ(after.input.leaders, before.input.leaders);
  ASSERT_EQ(after.input.members.size(), 2U);
  EXPECT_EQ(after.input.members[0].organisation, "Joensuun kaupunki");
  EXPECT_EQ(after.input.members[0].municipality, "Joensuu");
  EXPECT_EQ(after.input.members[1].organisation, "Kontiolahden kunta");
  EXPECT_EQ(after.organisations, before.organisations);
  EXPECT_EQ(after.input.costs, before.input.costs);
  EXPECT_EQ(networks().cost_history(id_).size(), 1U);
  EXPECT_EQ(networks().member_history(id_).size(), 2U) << "two joined, nobody left";
  EXPECT_EQ(after.input.ideas, before.input.ideas);
  EXPECT_EQ(after.input.forwarded, before.input.forwarded);
}

TEST_P(NetworkDetailsStoreTest, AnUnknownPracticeSavesNothing) {
  const Network before = network();
  NetworkDetails details = edited_details(before);
  details.results = {"tulos-r-1", "ei-ole"};
  const std::int64_t logged = store_->change_log().last_position();
  const DetailsSaved refused = networks().save_details(id_, details, kNow);
  EXPECT_EQ(refused.outcome, DetailsSaveOutcome::kUnknownPractice);
  EXPECT_EQ(refused.unknown, "ei-ole");
  EXPECT_EQ(network().input, before.input);
  EXPECT_EQ(network().updated_at, before.updated_at);
  EXPECT_TRUE(store_->change_log().read_after(logged, 10).empty());
}

TEST_P(NetworkDetailsStoreTest, MeetingsKeepTheirEvents) {
  NetworkDetails details = network().details();
  details.meetings[0].agenda = "1. Avaus\n2. Uusi kohta";
  ASSERT_EQ(networks().save_details(id_, details, kNow).outcome, DetailsSaveOutcome::kSaved);
  const Network after = network();
  EXPECT_EQ(after.input.meetings[0].event, "ev-1");
  EXPECT_EQ(after.input.meetings[0].minutes, "Muistio.");
  EXPECT_EQ(after.input.meetings[0].agenda, "1. Avaus\n2. Uusi kohta");
  const auto event = store_->events().find_by_external_id("ev-1");
  ASSERT_TRUE(event);
  const auto of_event = networks().network_of_event(event->id);
  ASSERT_TRUE(of_event);
  EXPECT_EQ(of_event->slug, "turvallisesti");
  details.meetings[0].event = "ev-999";
  const DetailsSaved refused = networks().save_details(id_, details, kNow);
  EXPECT_EQ(refused.outcome, DetailsSaveOutcome::kUnknownEvent);
  EXPECT_EQ(refused.unknown, "ev-999");
  EXPECT_EQ(network().input.meetings[0].event, "ev-1");
}

}  // namespace
}  // namespace tori::store
