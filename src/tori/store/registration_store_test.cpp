// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the RegistrationStore on both backends: seats and the waiting line, one registration
// per address, cancellations offering the seat to the first in line, offers accepted and
// expired, answers kept, and 200 registrations at once from two nodes for 50 seats.
#include "tori/store/registration_store.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "tori/store/privacy_store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;
using core::RegistrationStatus;

const UtcTime kRegistrationNow =
    UtcTime{std::chrono::sys_days{std::chrono::year{2027} / 2 / 1}} + 9h;

class RegistrationStoreTest : public test_support::BackendTest {
 protected:
  std::int64_t event_with(std::optional<int> capacity) {
    core::EventInput input;
    input.external_id = "ev-" + std::to_string(++events_);
    input.kind = core::EventKind::kRegionalEvent;
    input.title = "Aluetilaisuus " + std::to_string(events_);
    input.starts_at = core::TimePoint{std::chrono::sys_days{std::chrono::year{2027} / 3 / 2}};
    input.ends_at = input.starts_at + 6h;
    input.capacity = capacity;
    return store_->events().save(input, kRegistrationNow).id;
  }
  static RegistrationRequest request(std::int64_t event, const std::string& email) {
    return {event, {"Nimi " + email, email, "Kunta", "", {}}, std::nullopt, "digest-" + email};
  }
  // A mail per change, "<status> <email>", so tests can see which were queued.
  RegistrationMail mail() {
    return [](const Registration& r) -> std::optional<OutgoingMail> {
      return OutgoingMail{r.registrant.email,
                          std::string{core::to_string(r.status)} + " " + r.registrant.email};
    };
  }
  RegisterResult add(std::int64_t event, const std::string& email, UtcTime at = kRegistrationNow) {
    return store_->registrations().register_for(request(event, email), mail(), at);
  }
  // The messages queued since the last call, oldest first.
  std::vector<std::string> queued() {
    std::vector<std::string> messages;
    for (const QueuedMail& mail : store_->outbox().claim_due(kRegistrationNow + 1000h, 1000, 0s)) {
      if (seen_.insert(mail.id).second) messages.push_back(mail.message);
    }
    return messages;
  }
  RegistrationStore& registrations() { return store_->registrations(); }
  int events_ = 0;
  std::set<std::int64_t> seen_;  // outbox ids queued() has returned
};
INSTANTIATE_BACKENDS(RegistrationStoreTest);

TEST_P(RegistrationStoreTest, SeatsUntilFullThenTheWaitingLine) {
  const std::int64_t event = event_with(2);
  EXPECT_EQ(add(event, "a@kunta.fi").outcome, RegisterOutcome::kConfirmed);
  EXPECT_EQ(add(event, "b@kunta.fi").outcome, RegisterOutcome::kConfirmed);
  const RegisterResult third = add(event, "c@kunta.fi");
  EXPECT_EQ(third.outcome, RegisterOutcome::kWaiting);
  EXPECT_EQ(third.registration->status, RegistrationStatus::kWaiting);
  const SeatCount seats = registrations().seats(event);
  EXPECT_EQ(seats.confirmed, 2);
  EXPECT_EQ(seats.waiting, 1);
  EXPECT_EQ(seats.left(), 0);
  EXPECT_EQ(queued(), (std::vector<std::string>{"confirmed a@kunta.fi", "confirmed b@kunta.fi",
                                                "waiting c@kunta.fi"}));
  const std::int64_t open = event_with(std::nullopt);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(add(open, std::to_string(i) + "@kunta.fi").outcome, RegisterOutcome::kConfirmed);
  }
  EXPECT_FALSE(registrations().seats(open).left()) << "no limit";
  EXPECT_EQ(add(9999, "a@kunta.fi").outcome, RegisterOutcome::kNoSuchEvent);
}

TEST_P(RegistrationStoreTest, OneRegistrationPerAddressAndEventThatKeepsItsLink) {
  const std::int64_t event = event_with(10);
  add(event, "maija@kunta.fi");
  RegistrationRequest again = request(event, "Maija@Kunta.FI");
  again.manage_digest = "another";
  const RegisterResult second = registrations().register_for(again, mail(), kRegistrationNow + 1h);
  EXPECT_EQ(second.outcome, RegisterOutcome::kAlreadyRegistered);
  EXPECT_EQ(second.registration->status, RegistrationStatus::kConfirmed);
  EXPECT_EQ(second.registration->registered_at, kRegistrationNow);
  EXPECT_EQ(second.registration->updated_at, kRegistrationNow + 1h);
  EXPECT_TRUE(registrations().find_by_manage_digest("digest-maija@kunta.fi"))
      << "the first link still works";
  EXPECT_FALSE(registrations().find_by_manage_digest("another"));
  EXPECT_EQ(registrations().of_event(event).size(), 1U);
  EXPECT_EQ(queued().size(), 2U) << "the second attempt is mailed the link too";
  RegistrationRequest elsewhere = request(event_with(10), "maija@kunta.fi");
  elsewhere.manage_digest = "link-for-another-event";
  EXPECT_EQ(registrations().register_for(elsewhere, mail(), kRegistrationNow).outcome,
            RegisterOutcome::kConfirmed)
      << "another event";
}

TEST_P(RegistrationStoreTest, TheSameFormSentTwiceRegistersAndMailsOnce) {
  const std::int64_t event = event_with(1);
  RegistrationRequest first = request(event, "maija@kunta.fi");
  first.submission_digest = "form-1";
  EXPECT_EQ(registrations().register_for(first, mail(), kRegistrationNow).outcome,
            RegisterOutcome::kConfirmed);
  RegistrationRequest resent = first;
  resent.manage_digest = "link-of-the-second-click";
  const RegisterResult again = registrations().register_for(resent, mail(), kRegistrationNow);
  EXPECT_EQ(again.outcome, RegisterOutcome::kResubmitted);
  EXPECT_EQ(again.registration->status, RegistrationStatus::kConfirmed);
  EXPECT_TRUE(registrations().find_by_manage_digest("digest-maija@kunta.fi"))
      << "the link of the first mail still works";
  EXPECT_EQ(queued().size(), 1U);
  RegistrationRequest other_form = first;
  other_form.submission_digest = "form-2";
  EXPECT_EQ(registrations().register_for(other_form, mail(), kRegistrationNow).outcome,
            RegisterOutcome::kAlreadyRegistered);
  EXPECT_EQ(queued().size(), 1U) << "a new form is a new attempt: its link is mailed";
  RegistrationRequest no_key = request(event, "pekka@kunta.fi");
  EXPECT_EQ(registrations().register_for(no_key, mail(), kRegistrationNow).outcome,
            RegisterOutcome::kWaiting);
  no_key.manage_digest = "again";
  EXPECT_EQ(registrations().register_for(no_key, mail(), kRegistrationNow).outcome,
            RegisterOutcome::kAlreadyRegistered)
      << "an empty key never matches";
}

TEST_P(RegistrationStoreTest, DetailsAndAnswersChangeButNotTheAddress) {
  const std::int64_t event = event_with(5);
  RegistrationRequest original = request(event, "maija@kunta.fi");
  original.language = core::ContentLanguage::kSv;
  original.registrant.answers = {{"ruokavalio", {"gluteeniton"}}, {"kysymys", {"Miten?"}}};
  registrations().register_for(original, mail(), kRegistrationNow);
  core::RegistrantInput changed = original.registrant;
  changed.email = "someone.else@kunta.fi";
  changed.name = "Maija Meikäläinen";
  changed.organisation = "Puumalan kunta";
  changed.title = "HR-asiantuntija";
  changed.answers = {{"ruokavalio", {"laktoositon", "vegaaninen"}}};
  EXPECT_TRUE(
      registrations().update_registrant("digest-maija@kunta.fi", changed, kRegistrationNow + 1h));
  const auto stored = registrations().find_by_manage_digest("digest-maija@kunta.fi");
  EXPECT_EQ(stored->registrant.email, "maija@kunta.fi") << "the address stays";
  EXPECT_EQ(stored->registrant.name, "Maija Meikäläinen");
  EXPECT_EQ(stored->registrant.organisation, "Puumalan kunta");
  EXPECT_EQ(stored->registrant.title, "HR-asiantuntija");
  EXPECT_EQ(stored->registrant.answers, changed.answers);
  EXPECT_EQ(stored->updated_at, kRegistrationNow + 1h);
  EXPECT_EQ(stored->language, core::ContentLanguage::kSv) << "later mail in Swedish";
  EXPECT_FALSE(registrations().update_registrant("no-such-link", changed, kRegistrationNow));
  registrations().cancel("digest-maija@kunta.fi", {24h, mail()}, kRegistrationNow + 2h);
  EXPECT_FALSE(
      registrations().update_registrant("digest-maija@kunta.fi", changed, kRegistrationNow + 3h))
      << "a cancelled registration is not changed";
}

TEST_P(RegistrationStoreTest, RemindersGoOnceEachAtTheirTimeToTheConfirmed) {
  const std::int64_t event = event_with(1);  // starts 2027-03-02 00:00 UTC
  const UtcTime start{std::chrono::sys_days{std::chrono::year{2027} / 3 / 2}};
  add(event, "a@kunta.fi");
  add(event, "b@kunta.fi");  // waiting: no reminder
  (void)queued();
  const std::vector<int> hours = {168, 24};
  EXPECT_EQ(registrations().send_reminders(hours, mail(), start - 169h), 0);
  EXPECT_EQ(registrations().send_reminders(hours, mail(), start - 168h), 1);
  EXPECT_EQ(registrations().send_reminders(hours, mail(), start - 167h), 0) << "once";
  EXPECT_EQ(registrations().find_by_manage_digest("digest-a@kunta.fi")->reminded_hours, 168);
  EXPECT_EQ(registrations().send_reminders(hours, mail(), start - 23h), 1);
  EXPECT_EQ(registrations().send_reminders(hours, mail(), start - 1h), 0);
  EXPECT_EQ(registrations().send_reminders(hours, mail(), start + 1h), 0) << "started";
  EXPECT_EQ(queued(), (std::vector<std::string>{"confirmed a@kunta.fi", "confirmed a@kunta.fi"}));
  EXPECT_EQ(registrations().send_reminders({}, mail(), start - 2h), 0);
}

TEST_P(RegistrationStoreTest, ChangesInTheSeatsTakenAreLoggedForCachesAndOtherNodes) {
  const std::int64_t event = event_with(1);
  const auto before = store_->change_log().last_position();
  add(event, "a@kunta.fi");
  const auto after_one = store_->change_log().last_position();
  EXPECT_GT(after_one, before);
  EXPECT_EQ(store_->change_log().read_after(before, 10).back().object_type, "event");
  add(event, "a@kunta.fi");
  EXPECT_EQ(store_->change_log().last_position(), after_one) << "nothing changed";
  registrations().cancel("digest-a@kunta.fi", {24h, mail()}, kRegistrationNow);
  EXPECT_GT(store_->change_log().last_position(), after_one);
}

TEST_P(RegistrationStoreTest, AnswersArePurgedAWhileAfterTheEventTheRegistrationStays) {
  const std::int64_t event = event_with(5);  // ends 2027-03-02 06:00 UTC
  const UtcTime end = UtcTime{std::chrono::sys_days{std::chrono::year{2027} / 3 / 2}} + 6h;
  RegistrationRequest with_answers = request(event, "maija@kunta.fi");
  with_answers.registrant.answers = {{"ruokavalio", {"gluteeniton"}},
                                     {"esteettomyys", {"Pyörätuoli"}}};
  registrations().register_for(with_answers, mail(), kRegistrationNow);
  RetentionPolicy policy;
  policy.registration_answers = 24h * 30;
  EXPECT_EQ(store_->privacy().purge(policy, end + 24h * 29).answers, 0);
  EXPECT_EQ(registrations().of_event(event)[0].registrant.answers.size(), 2U);
  EXPECT_EQ(store_->privacy().purge(policy, end + 24h * 31).answers, 2);
  const auto kept = registrations().of_event(event);
  ASSERT_EQ(kept.size(), 1U) << "who came stays for the figures";
  EXPECT_TRUE(kept[0].registrant.answers.empty());
  policy.registrations = 24h * 730;
  EXPECT_EQ(store_->privacy().purge(policy, end + 24h * 729).registrations, 0);
  EXPECT_EQ(store_->privacy().purge(policy, end + 24h * 731).registrations, 1);
  EXPECT_TRUE(registrations().of_event(event).empty()) << "two years after the event";
}

TEST_P(RegistrationStoreTest, TheStaffMoveSomeoneFromTheLineOrCancel) {
  const std::int64_t event = event_with(1);
  const std::int64_t a = add(event, "a@kunta.fi").registration->id;
  const std::int64_t b = add(event, "b@kunta.fi").registration->id;  // waiting
  const std::int64_t c = add(event, "c@kunta.fi").registration->id;  // waiting
  (void)queued();
  const OfferPolicy offers{24h, mail()};
  EXPECT_TRUE(registrations().move(event, b, RegistrationStatus::kConfirmed, mail(), offers,
                                   kRegistrationNow + 1h));
  EXPECT_EQ(registrations().seats(event).confirmed, 2) << "beyond the capacity: staff decide";
  EXPECT_FALSE(registrations().move(event, b, RegistrationStatus::kConfirmed, mail(), offers,
                                    kRegistrationNow))
      << "already";
  EXPECT_FALSE(registrations().move(event + 1, a, RegistrationStatus::kCancelled, mail(), offers,
                                    kRegistrationNow))
      << "another event";
  EXPECT_FALSE(registrations().move(event, a, RegistrationStatus::kWaiting, mail(), offers,
                                    kRegistrationNow));
  EXPECT_TRUE(registrations().move(event, a, RegistrationStatus::kCancelled, mail(), offers,
                                   kRegistrationNow + 2h));
  EXPECT_EQ(registrations().seats(event).offered, 0) << "still full: b holds the one seat";
  EXPECT_TRUE(registrations().move(event, b, RegistrationStatus::kCancelled, mail(), offers,
                                   kRegistrationNow + 3h));
  EXPECT_EQ(registrations().of_event(event)[2].status, RegistrationStatus::kOffered)
      << "the freed seat goes to the first in line";
  EXPECT_EQ(queued(), (std::vector<std::string>{"confirmed b@kunta.fi", "cancelled a@kunta.fi",
                                                "cancelled b@kunta.fi", "offered c@kunta.fi"}));
  (void)c;
}

TEST_P(RegistrationStoreTest, ThoseWithASeatAreMarkedPresentAndBack) {
  const std::int64_t event = event_with(1);
  const std::int64_t a = add(event, "a@kunta.fi").registration->id;
  const std::int64_t b = add(event, "b@kunta.fi").registration->id;  // waiting
  EXPECT_TRUE(registrations().set_attended(event, a, true, kRegistrationNow + 1h));
  EXPECT_EQ(registrations().of_event(event)[0].attended_at, kRegistrationNow + 1h);
  EXPECT_FALSE(registrations().set_attended(event, b, true, kRegistrationNow)) << "no seat";
  EXPECT_FALSE(registrations().set_attended(event + 1, a, true, kRegistrationNow))
      << "another event's page";
  EXPECT_TRUE(registrations().set_attended(event, a, false, kRegistrationNow + 2h));
  EXPECT_FALSE(registrations().of_event(event)[0].attended_at) << "a mistake undone";
}

TEST_P(RegistrationStoreTest, ACancelledSeatIsOfferedToTheFirstInLine) {
  const std::int64_t event = event_with(1);
  add(event, "a@kunta.fi");
  add(event, "b@kunta.fi", kRegistrationNow + 1min);
  add(event, "c@kunta.fi", kRegistrationNow + 2min);
  (void)queued();
  const OfferPolicy offers{24h, mail()};
  EXPECT_TRUE(registrations().cancel("digest-a@kunta.fi", offers, kRegistrationNow + 1h));
  EXPECT_FALSE(registrations().cancel("digest-a@kunta.fi", offers, kRegistrationNow + 1h))
      << "once";
  const auto b = registrations().find_by_manage_digest("digest-b@kunta.fi");
  EXPECT_EQ(b->status, RegistrationStatus::kOffered);
  EXPECT_EQ(b->offer_expires_at, kRegistrationNow + 25h);
  EXPECT_EQ(queued(), std::vector<std::string>{"offered b@kunta.fi"});
  EXPECT_EQ(registrations().seats(event).left(), 0) << "an offered seat is held";
  EXPECT_EQ(add(event, "d@kunta.fi").outcome, RegisterOutcome::kWaiting);
  EXPECT_EQ(registrations().accept_offer("digest-b@kunta.fi", kRegistrationNow + 2h),
            OfferAnswer::kConfirmed);
  EXPECT_EQ(registrations().accept_offer("digest-b@kunta.fi", kRegistrationNow + 2h),
            OfferAnswer::kConfirmed)
      << "a second click changes nothing";
  EXPECT_EQ(registrations().accept_offer("digest-c@kunta.fi", kRegistrationNow + 2h),
            OfferAnswer::kNotOffered);
}

TEST_P(RegistrationStoreTest, AnUnansweredOfferPassesToTheNext) {
  const std::int64_t event = event_with(1);
  add(event, "a@kunta.fi");
  add(event, "b@kunta.fi", kRegistrationNow + 1min);
  add(event, "c@kunta.fi", kRegistrationNow + 2min);
  const OfferPolicy offers{24h, mail()};
  registrations().cancel("digest-a@kunta.fi", offers, kRegistrationNow + 1h);
  (void)queued();
  EXPECT_EQ(registrations().expire_offers(offers, kRegistrationNow + 24h), 0) << "not yet";
  EXPECT_EQ(registrations().accept_offer("digest-b@kunta.fi", kRegistrationNow + 25h),
            OfferAnswer::kExpired);
  EXPECT_EQ(registrations().expire_offers(offers, kRegistrationNow + 25h), 1);
  EXPECT_EQ(registrations().find_by_manage_digest("digest-b@kunta.fi")->status,
            RegistrationStatus::kCancelled);
  EXPECT_EQ(registrations().find_by_manage_digest("digest-c@kunta.fi")->status,
            RegistrationStatus::kOffered);
  EXPECT_EQ(queued(), std::vector<std::string>{"offered c@kunta.fi"});
}

TEST_P(RegistrationStoreTest, ACancelledAddressRegistersAgainAtTheEndOfTheLine) {
  const std::int64_t event = event_with(1);
  add(event, "a@kunta.fi");
  add(event, "b@kunta.fi", kRegistrationNow + 1min);
  registrations().cancel("digest-b@kunta.fi", {}, kRegistrationNow + 2min);
  add(event, "c@kunta.fi", kRegistrationNow + 3min);
  RegistrationRequest again = request(event, "b@kunta.fi");
  again.manage_digest = "b-again";
  EXPECT_EQ(registrations().register_for(again, {}, kRegistrationNow + 4min).outcome,
            RegisterOutcome::kWaiting);
  const auto line = registrations().of_event(event);
  ASSERT_EQ(line.size(), 3U);
  EXPECT_EQ(line.back().registrant.email, "b@kunta.fi");
  EXPECT_EQ(line.back().status, RegistrationStatus::kWaiting);
}

TEST_P(RegistrationStoreTest, AnswersAndDetailsComeBackAsGiven) {
  const std::int64_t event = event_with(5);
  RegistrationRequest full = request(event, "maija@kunta.fi");
  full.registrant = {"Maija Meikäläinen",
                     "maija@kunta.fi",
                     "Tampereen kaupunki",
                     "HR-asiantuntija",
                     {{"ruokavalio", {"kasvis", "gluteeniton"}},
                      {"toive", {"Rivi yksi\nrivi kaksi"}},
                      {"tyhja", {}}}};
  const RegisterResult result = registrations().register_for(full, {}, kRegistrationNow);
  core::RegistrantInput expected = full.registrant;
  expected.answers.pop_back();                            // an empty answer is not stored
  expected.participation = core::Participation::kRemote;  // an event without a place
  EXPECT_EQ(result.registration->registrant, expected);
  EXPECT_EQ(result.registration->registered_at, kRegistrationNow);
  EXPECT_FALSE(result.registration->account_id);
}

TEST_P(RegistrationStoreTest, TwoHundredAtOnceFromTwoNodesForFiftySeats) {
  const std::int64_t event = event_with(50);
  std::unique_ptr<SqlStore> other = open_another_node();
  std::atomic<int> confirmed{0}, waiting{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      Store& node = t % 2 == 0 ? static_cast<Store&>(*store_) : static_cast<Store&>(*other);
      for (int i = t; i < 200; i += 8) {
        try {
          const auto outcome = node.registrations()
                                   .register_for(request(event, std::to_string(i) + "@kunta.fi"),
                                                 mail(), kRegistrationNow)
                                   .outcome;
          (outcome == RegisterOutcome::kConfirmed ? confirmed : waiting)++;
        } catch (const std::exception&) {
          ++failed;
        }
      }
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(confirmed.load(), 50);
  EXPECT_EQ(waiting.load(), 150);
  const SeatCount seats = registrations().seats(event);
  EXPECT_EQ(seats.confirmed, 50);
  EXPECT_EQ(seats.waiting, 150);
  const std::vector<std::string> mails = queued();
  EXPECT_EQ(mails.size(), 200U);
  EXPECT_EQ(std::set<std::string>(mails.begin(), mails.end()).size(), 200U) << "none twice";
}

TEST_P(RegistrationStoreTest, PrivacyExportAndErasureIncludeRegistrations) {
  const std::int64_t gala = event_with(10);
  const std::int64_t webinar = event_with(std::nullopt);
  RegistrationRequest with_answers = request(gala, "Maija@Kunta.fi");
  with_answers.registrant.answers = {{"ruokavalio", {"gluteeniton"}}};
  registrations().register_for(with_answers, {}, kRegistrationNow);
  add(webinar, "maija@kunta.fi", kRegistrationNow + 1h);
  add(gala, "pekka@kunta.fi");
  const PersonalData data = store_->privacy().find_by_email(" MAIJA@kunta.fi ");
  ASSERT_EQ(data.registrations.size(), 2U);
  EXPECT_EQ(data.registrations[0].event_slug, "aluetilaisuus-1");
  EXPECT_EQ(data.registrations[0].event_title, "Aluetilaisuus 1");
  EXPECT_EQ(data.registrations[0].registration.registrant.answers,
            (std::vector<core::RegistrationAnswer>{{"ruokavalio", {"gluteeniton"}}}));
  EXPECT_EQ(data.registrations[1].event_slug, "aluetilaisuus-2");
  const ErasureReport erased =
      store_->privacy().erase_by_email("maija@kunta.fi", kRegistrationNow + 2h);
  EXPECT_EQ(erased.registrations_removed, 2);
  EXPECT_TRUE(store_->privacy().find_by_email("maija@kunta.fi").registrations.empty());
  EXPECT_EQ(store_->privacy().find_by_email("pekka@kunta.fi").registrations.size(), 1U);
  EXPECT_EQ(registrations().seats(gala).confirmed, 1);
}

}  // namespace
}  // namespace tori::store
