// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of event notices on both backends: cancelling an event mails everyone with a seat or in
// line once and stops registrations, reminders and offers; messages go to their audience and are
// kept; a changed event is mailed to everyone still registered.
#include <gtest/gtest.h>

#include <set>

#include "tori/store/registration_store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;
using core::RegistrationStatus;

const UtcTime kNoticeNow = UtcTime{std::chrono::sys_days{std::chrono::year{2027} / 2 / 1}} + 9h;
const core::TimePoint kNoticeEventStart{std::chrono::sys_days{std::chrono::year{2027} / 3 / 2}};

class RegistrationNoticeTest : public test_support::BackendTest {
 protected:
  // An event for two with a@ and b@ seated, c@ in line and d@ cancelled.
  std::int64_t event_for_two() {
    core::EventInput input;
    input.external_id = "notice-" + std::to_string(++events_);
    input.kind = core::EventKind::kWebinar;
    input.title = "Webinaari " + std::to_string(events_);
    input.starts_at = kNoticeEventStart;
    input.ends_at = input.starts_at + 2h;
    input.capacity = 2;
    const std::int64_t event = store_->events().save(input, kNoticeNow).id;
    for (const char* email : {"a@kunta.fi", "b@kunta.fi", "c@kunta.fi", "d@kunta.fi"}) {
      RegistrationRequest request{event,
                                  {"Nimi", email, "Kunta", "", {}},
                                  std::nullopt,
                                  std::string{"digest-"} + email + std::to_string(event)};
      (void)store_->registrations().register_for(request, {}, kNoticeNow);
    }
    const auto d = registrations().of_event(event).back();
    EXPECT_TRUE(
        registrations().move(event, d.id, RegistrationStatus::kCancelled, {}, {}, kNoticeNow));
    return event;
  }
  static RegistrationMail mail(const std::string& kind) {
    return [kind](const Registration& r) -> std::optional<OutgoingMail> {
      return OutgoingMail{r.registrant.email, kind + " " + r.registrant.email};
    };
  }
  std::vector<std::string> queued() {
    std::vector<std::string> messages;
    for (const QueuedMail& mail : store_->outbox().claim_due(kNoticeNow + 1000h, 1000, 0s))
      if (seen_.insert(mail.id).second) messages.push_back(mail.message);
    return messages;
  }
  RegistrationStore& registrations() { return store_->registrations(); }
  int events_ = 0;
  std::set<std::int64_t> seen_;
};
INSTANTIATE_BACKENDS(RegistrationNoticeTest);

TEST_P(RegistrationNoticeTest, ACancelledEventMailsEveryoneStillRegisteredOnce) {
  const std::int64_t event = event_for_two();
  (void)queued();
  EXPECT_EQ(registrations().cancel_event(event, "Sairastumisen vuoksi.", mail("cancelled"),
                                         kNoticeNow + 1h),
            3);
  EXPECT_EQ(queued(), (std::vector<std::string>{"cancelled a@kunta.fi", "cancelled b@kunta.fi",
                                                "cancelled c@kunta.fi"}));
  EXPECT_EQ(registrations().cancel_event(event, "again", mail("cancelled"), kNoticeNow + 2h),
            std::nullopt)
      << "once";
  EXPECT_TRUE(queued().empty());
  EXPECT_EQ(registrations().cancel_event(999999, "", mail("cancelled"), kNoticeNow), std::nullopt);
  const auto stored = store_->events().find_by_id(event);
  ASSERT_TRUE(stored->cancelled());
  EXPECT_EQ(stored->cancelled_at,
            std::chrono::time_point_cast<std::chrono::seconds>(kNoticeNow + 1h));
  EXPECT_EQ(stored->cancellation_note, "Sairastumisen vuoksi.");
  EXPECT_EQ(registrations().of_event(event).size(), 4U) << "the registrations are kept";
}

TEST_P(RegistrationNoticeTest, ACancelledEventTakesNoRegistrationsRemindersNorOffers) {
  const std::int64_t event = event_for_two();
  ASSERT_TRUE(registrations().cancel_event(event, "", {}, kNoticeNow));
  (void)queued();
  RegistrationRequest late{event, {"Myöhäinen", "e@kunta.fi", "", "", {}}, std::nullopt, "late"};
  const RegisterResult result = registrations().register_for(late, mail("confirmed"), kNoticeNow);
  EXPECT_EQ(result.outcome, RegisterOutcome::kEventCancelled);
  EXPECT_FALSE(result.registration);
  EXPECT_EQ(
      registrations().send_reminders({24}, mail("reminder"), UtcTime{kNoticeEventStart} - 23h), 0);
  const auto a = registrations().of_event(event).front();
  EXPECT_TRUE(registrations().move(event, a.id, RegistrationStatus::kCancelled, {},
                                   {24h, mail("offered")}, kNoticeNow + 1h));
  EXPECT_TRUE(queued().empty()) << "no reminder, no offer to c@";
  EXPECT_EQ(registrations().of_event(event).at(2).status, RegistrationStatus::kWaiting);
}

TEST_P(RegistrationNoticeTest, AMessageGoesToItsAudienceAndIsKept) {
  const std::int64_t event = event_for_two();
  (void)queued();
  EXPECT_EQ(
      registrations().send_message(event, Audience::kConfirmed, "Pysäköinti",
                                   "Pysäköinti on P-Hallissa.", mail("message"), kNoticeNow + 1h),
      2);
  EXPECT_EQ(queued(), (std::vector<std::string>{"message a@kunta.fi", "message b@kunta.fi"}));
  EXPECT_EQ(registrations().send_message(event, Audience::kWaiting, "Jono", "Olet jonossa.",
                                         mail("message"), kNoticeNow + 2h),
            1);
  EXPECT_EQ(queued(), std::vector<std::string>{"message c@kunta.fi"});
  const std::vector<SentMessage> sent = registrations().messages(event);
  ASSERT_EQ(sent.size(), 2U);
  EXPECT_EQ(sent[0].subject, "Jono");
  EXPECT_EQ(sent[0].audience, Audience::kWaiting);
  EXPECT_EQ(sent[0].recipients, 1);
  EXPECT_EQ(sent[1].body, "Pysäköinti on P-Hallissa.");
  EXPECT_EQ(sent[1].recipients, 2);
  EXPECT_EQ(sent[1].sent_at, kNoticeNow + 1h);
}

TEST_P(RegistrationNoticeTest, AChangedTimeOrPlaceIsMailedOnceToEveryoneStillRegistered) {
  const std::int64_t event = event_for_two();
  (void)queued();
  core::EventInput input = store_->events().find_by_id(event)->input;
  input.description = "Uusi kuvaus.";
  input.capacity = 3;
  (void)store_->events().save(input, kNoticeNow + 1h);
  EXPECT_EQ(registrations().send_change_notices(mail("changed"), kNoticeNow + 1h), 0)
      << "texts and seats are not mailed";
  input.starts_at += 1h;
  input.ends_at += 1h;
  (void)store_->events().save(input, kNoticeNow + 2h);
  EXPECT_EQ(registrations().send_change_notices(mail("changed"), kNoticeNow + 2h), 3);
  EXPECT_EQ(queued().size(), 3U);
  EXPECT_EQ(registrations().send_change_notices(mail("changed"), kNoticeNow + 3h), 0) << "once";
  input.place = core::EventPlace{"Kaupungintalo", "Katu 1", "Tampere"};
  (void)store_->events().save(input, kNoticeNow + 4h);
  ASSERT_TRUE(registrations().cancel_event(event, "", {}, kNoticeNow + 4h));
  EXPECT_EQ(registrations().send_change_notices(mail("changed"), kNoticeNow + 5h), 0)
      << "a cancelled event's registrants have had the cancellation";
  input.remote = !input.remote;
  (void)store_->events().save(input, kNoticeNow + 6h);
  EXPECT_EQ(registrations().send_change_notices(mail("changed"), UtcTime{kNoticeEventStart} + 24h),
            0)
      << "over";
  EXPECT_TRUE(queued().empty());
}

TEST_P(RegistrationNoticeTest, TheRemoteLinkGoesOnceToTheConfirmedShortlyBefore) {
  const std::int64_t event = event_for_two();
  core::EventInput input = store_->events().find_by_id(event)->input;
  input.remote = true;
  input.remote_url = "https://meet.example.fi/webinaari";
  (void)store_->events().save(input, kNoticeNow);
  (void)queued();
  const UtcTime start{kNoticeEventStart};
  EXPECT_EQ(registrations().send_remote_links(2h, mail("link"), start - 3h), 0) << "not yet";
  EXPECT_EQ(registrations().send_remote_links(2h, mail("link"), start - 2h), 2);
  EXPECT_EQ(queued(), (std::vector<std::string>{"link a@kunta.fi", "link b@kunta.fi"}))
      << "the confirmed only";
  EXPECT_EQ(registrations().send_remote_links(2h, mail("link"), start - 1h), 0) << "once";
  EXPECT_EQ(registrations().send_remote_links(2h, mail("link"), start + 1h), 0) << "started";
}

TEST_P(RegistrationNoticeTest, SeatsOfSeveralEventsComeInOneCall) {
  const std::int64_t full = event_for_two();  // 2 confirmed, 1 waiting, 1 cancelled
  core::EventInput open_input = store_->events().find_by_id(full)->input;
  open_input.external_id = "notice-open";
  open_input.capacity.reset();
  const std::int64_t open = store_->events().save(open_input, kNoticeNow).id;
  const auto seats = registrations().seats(std::vector<std::int64_t>{full, open, 999999});
  ASSERT_EQ(seats.size(), 2U) << "an unknown id is left out";
  EXPECT_EQ(seats.at(full).capacity, 2);
  EXPECT_EQ(seats.at(full).confirmed, 2);
  EXPECT_EQ(seats.at(full).waiting, 1);
  EXPECT_EQ(seats.at(full).left(), 0);
  EXPECT_EQ(seats.at(open).capacity, std::nullopt);
  EXPECT_EQ(seats.at(open).confirmed, 0);
  EXPECT_EQ(seats.at(open).left(), std::nullopt);
  EXPECT_EQ(registrations().seats(full).waiting, 1) << "the one-event form agrees";
  EXPECT_TRUE(registrations().seats(std::vector<std::int64_t>{}).empty());
}

TEST(Audience, NamesRoundTrip) {
  for (const Audience audience : {Audience::kAll, Audience::kConfirmed, Audience::kWaiting})
    EXPECT_EQ(parse_audience(to_string(audience)), audience);
  EXPECT_EQ(parse_audience("cancelled"), std::nullopt);
  EXPECT_EQ(parse_audience(""), std::nullopt);
}

}  // namespace
}  // namespace tori::store
