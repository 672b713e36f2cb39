// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of taking part on site or remotely, on both backends: a hybrid event's separate
// capacities each with its own line and offers, shared seats when there is one capacity, the way
// each registration takes part as stored, and the meeting link only to those taking part remotely.
#include <gtest/gtest.h>

#include <set>

#include "tori/store/registration_store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;
using core::Participation;
using core::RegistrationStatus;

const UtcTime kSeatsNow = UtcTime{std::chrono::sys_days{std::chrono::year{2027} / 4 / 1}} + 8h;
const core::TimePoint kSeatsEventStart{std::chrono::sys_days{std::chrono::year{2027} / 5 / 4} + 7h};

class RegistrationSeatsTest : public test_support::BackendTest {
 protected:
  // A hybrid network meeting with the given limits (on_site or remote given: separate).
  std::int64_t hybrid_event(std::optional<int> capacity, std::optional<int> on_site,
                            std::optional<int> remote) {
    core::EventInput input;
    input.external_id = "hybrid-" + std::to_string(++events_);
    input.kind = core::EventKind::kNetworkMeeting;
    input.title = "Verkostotapaaminen " + std::to_string(events_);
    input.starts_at = kSeatsEventStart;
    input.ends_at = input.starts_at + 3h;
    input.place = core::EventPlace{"Kaupungintalo", "Katu 1", "Joensuu"};
    input.remote = true;
    input.remote_url = "https://meet.example.fi/verkosto";
    input.capacity = capacity;
    input.on_site_capacity = on_site;
    input.remote_capacity = remote;
    EXPECT_EQ(core::validate_event_input(input), std::vector<core::FieldError>{});
    return store_->events().save(input, kSeatsNow).id;
  }
  RegisterResult add(std::int64_t event, const std::string& email,
                     std::optional<Participation> mode) {
    RegistrationRequest request{event,
                                {"Nimi", email, "Kunta", "", {}},
                                std::nullopt,
                                "digest-" + email + std::to_string(event)};
    request.registrant.participation = mode;
    return registrations().register_for(request, mail("registered"), kSeatsNow);
  }
  static RegistrationMail mail(const std::string& kind) {
    return [kind](const Registration& r) -> std::optional<OutgoingMail> {
      return OutgoingMail{r.registrant.email, kind + " " + r.registrant.email};
    };
  }
  std::vector<std::string> queued() {
    std::vector<std::string> messages;
    for (const QueuedMail& mail : store_->outbox().claim_due(kSeatsNow + 1000h, 1000, 0s))
      if (seen_.insert(mail.id).second) messages.push_back(mail.message);
    return messages;
  }
  RegistrationStatus status_of(std::int64_t event, const std::string& email) {
    for (const Registration& r : registrations().of_event(event))
      if (r.registrant.email == email) return r.status;
    ADD_FAILURE() << email << " has not registered";
    return RegistrationStatus::kCancelled;
  }
  RegistrationStore& registrations() { return store_->registrations(); }
  int events_ = 0;
  std::set<std::int64_t> seen_;
};
INSTANTIATE_BACKENDS(RegistrationSeatsTest);

TEST_P(RegistrationSeatsTest, EachWayHasItsOwnSeatsAndLine) {
  const std::int64_t event = hybrid_event(std::nullopt, 2, 1);
  EXPECT_EQ(add(event, "a@kunta.fi", Participation::kOnSite).outcome, RegisterOutcome::kConfirmed);
  EXPECT_EQ(add(event, "b@kunta.fi", Participation::kOnSite).outcome, RegisterOutcome::kConfirmed);
  EXPECT_EQ(add(event, "c@kunta.fi", Participation::kOnSite).outcome, RegisterOutcome::kWaiting);
  EXPECT_EQ(add(event, "d@kunta.fi", Participation::kRemote).outcome, RegisterOutcome::kConfirmed)
      << "the remote seat is free although the room is full";
  EXPECT_EQ(add(event, "e@kunta.fi", Participation::kRemote).outcome, RegisterOutcome::kWaiting);
  const SeatCount seats = registrations().seats(event);
  ASSERT_TRUE(seats.on_site && seats.remote);
  EXPECT_EQ(seats.on_site->capacity, 2);
  EXPECT_EQ(seats.on_site->confirmed, 2);
  EXPECT_EQ(seats.on_site->waiting, 1);
  EXPECT_EQ(seats.remote->capacity, 1);
  EXPECT_EQ(seats.remote->confirmed, 1);
  EXPECT_EQ(seats.remote->waiting, 1);
  EXPECT_EQ(seats.capacity, 3) << "the whole is the sum";
  EXPECT_EQ(seats.confirmed, 3);
  EXPECT_EQ(seats.waiting, 2);
  EXPECT_EQ(seats.left(), 0);
  (void)queued();
  // The remote seat freed goes to the first remote in line, not to c@ who came earlier.
  ASSERT_TRUE(registrations().cancel("digest-d@kunta.fi" + std::to_string(event),
                                     {1h, mail("offer")}, kSeatsNow + 1h));
  EXPECT_EQ(queued(), std::vector<std::string>{"offer e@kunta.fi"});
  EXPECT_EQ(status_of(event, "e@kunta.fi"), RegistrationStatus::kOffered);
  EXPECT_EQ(status_of(event, "c@kunta.fi"), RegistrationStatus::kWaiting);
  // Unanswered, the offer passes to nobody (no one else waits remotely); the room's line stays.
  EXPECT_EQ(registrations().expire_offers({1h, mail("offer")}, kSeatsNow + 3h), 1);
  EXPECT_TRUE(queued().empty());
  EXPECT_EQ(status_of(event, "c@kunta.fi"), RegistrationStatus::kWaiting);
  ASSERT_TRUE(registrations().cancel("digest-a@kunta.fi" + std::to_string(event),
                                     {1h, mail("offer")}, kSeatsNow + 4h));
  EXPECT_EQ(queued(), std::vector<std::string>{"offer c@kunta.fi"});
}

TEST_P(RegistrationSeatsTest, SeatsARaisedCapacityAddsGoToThoseInLineOfThatWay) {
  const std::int64_t event = hybrid_event(std::nullopt, 1, 1);
  (void)add(event, "a@kunta.fi", Participation::kOnSite);
  (void)add(event, "b@kunta.fi", Participation::kOnSite);
  (void)add(event, "c@kunta.fi", Participation::kRemote);
  (void)add(event, "d@kunta.fi", Participation::kRemote);
  (void)queued();
  EXPECT_EQ(registrations().offer_open_seats({1h, mail("offer")}, kSeatsNow), 0) << "all full";
  core::EventInput input = store_->events().find_by_id(event)->input;
  input.remote_capacity = 2;
  (void)store_->events().save(input, kSeatsNow);
  EXPECT_EQ(registrations().offer_open_seats({1h, mail("offer")}, kSeatsNow + 1h), 1);
  EXPECT_EQ(queued(), std::vector<std::string>{"offer d@kunta.fi"});
  EXPECT_EQ(status_of(event, "b@kunta.fi"), RegistrationStatus::kWaiting) << "the room is full";
  EXPECT_EQ(registrations().offer_open_seats({1h, mail("offer")}, kSeatsNow + 2h), 0) << "once";
  input.on_site_capacity = 2;
  (void)store_->events().save(input, kSeatsNow);
  ASSERT_TRUE(registrations().cancel_event(event, "", {}, kSeatsNow + 3h));
  EXPECT_EQ(registrations().offer_open_seats({1h, mail("offer")}, kSeatsNow + 3h), 0)
      << "nothing for a cancelled event";
}

TEST_P(RegistrationSeatsTest, AWayWithoutALimitNeverWaits) {
  const std::int64_t event = hybrid_event(std::nullopt, 1, std::nullopt);
  EXPECT_EQ(add(event, "a@kunta.fi", Participation::kOnSite).outcome, RegisterOutcome::kConfirmed);
  EXPECT_EQ(add(event, "b@kunta.fi", Participation::kOnSite).outcome, RegisterOutcome::kWaiting);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(add(event, std::to_string(i) + "@kunta.fi", Participation::kRemote).outcome,
              RegisterOutcome::kConfirmed);
  }
  const SeatCount seats = registrations().seats(event);
  EXPECT_EQ(seats.capacity, std::nullopt) << "no limit as a whole";
  EXPECT_EQ(seats.left(), std::nullopt);
  ASSERT_TRUE(seats.on_site);
  EXPECT_EQ(seats.on_site->left(), 0);
  EXPECT_EQ(seats.remote->left(), std::nullopt);
  EXPECT_EQ(seats.confirmed, 6);
}

TEST_P(RegistrationSeatsTest, OneCapacityIsSharedByBothWays) {
  const std::int64_t event = hybrid_event(2, std::nullopt, std::nullopt);
  EXPECT_EQ(add(event, "a@kunta.fi", Participation::kOnSite).outcome, RegisterOutcome::kConfirmed);
  EXPECT_EQ(add(event, "b@kunta.fi", Participation::kRemote).outcome, RegisterOutcome::kConfirmed);
  EXPECT_EQ(add(event, "c@kunta.fi", Participation::kRemote).outcome, RegisterOutcome::kWaiting);
  const SeatCount seats = registrations().seats(event);
  EXPECT_FALSE(seats.on_site.has_value());
  EXPECT_EQ(seats.capacity, 2);
  EXPECT_EQ(seats.left(), 0);
  (void)queued();
  ASSERT_TRUE(registrations().cancel("digest-a@kunta.fi" + std::to_string(event),
                                     {1h, mail("offer")}, kSeatsNow + 1h));
  EXPECT_EQ(queued(), std::vector<std::string>{"offer c@kunta.fi"}) << "across the ways";
}

TEST_P(RegistrationSeatsTest, TheWayIsStoredAndChangedOnlyWhenGiven) {
  const std::int64_t event = hybrid_event(10, std::nullopt, std::nullopt);
  const auto result = add(event, "a@kunta.fi", Participation::kRemote);
  ASSERT_TRUE(result.registration);
  EXPECT_EQ(result.registration->registrant.participation, Participation::kRemote);
  EXPECT_EQ(add(event, "b@kunta.fi", std::nullopt).registration->registrant.participation,
            Participation::kOnSite)
      << "not chosen: on site at an event with a place";
  const std::string digest = "digest-a@kunta.fi" + std::to_string(event);
  core::RegistrantInput changed = result.registration->registrant;
  changed.participation.reset();
  ASSERT_TRUE(registrations().update_registrant(digest, changed, kSeatsNow + 1h));
  EXPECT_EQ(registrations().find_by_manage_digest(digest)->registrant.participation,
            Participation::kRemote)
      << "kept";
  changed.participation = Participation::kOnSite;
  ASSERT_TRUE(registrations().update_registrant(digest, changed, kSeatsNow + 2h));
  EXPECT_EQ(registrations().find_by_manage_digest(digest)->registrant.participation,
            Participation::kOnSite);
}

TEST_P(RegistrationSeatsTest, TheMeetingLinkGoesToThoseTakingPartRemotely) {
  const std::int64_t event = hybrid_event(std::nullopt, 5, 5);
  (void)add(event, "paikalla@kunta.fi", Participation::kOnSite);
  (void)add(event, "etana@kunta.fi", Participation::kRemote);
  (void)queued();
  EXPECT_EQ(registrations().send_remote_links(2h, mail("link"), UtcTime{kSeatsEventStart} - 1h), 1);
  EXPECT_EQ(queued(), std::vector<std::string>{"link etana@kunta.fi"});
}

}  // namespace
}  // namespace tori::store
