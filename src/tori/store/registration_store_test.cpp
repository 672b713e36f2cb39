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

const UtcTime kNow = UtcTime{std::chrono::sys_days{std::chrono::year{2027} / 2 / 1}} + 9h;

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
    return store_->events().save(input, kNow).id;
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
  RegisterResult add(std::int64_t event, const std::string& email, UtcTime at = kNow) {
    return store_->registrations().register_for(request(event, email), mail(), at);
  }
  // The messages queued since the last call, oldest first.
  std::vector<std::string> queued() {
    std::vector<std::string> messages;
    for (const QueuedMail& mail : store_->outbox().claim_due(kNow + 1000h, 1000, 0s)) {
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

TEST_P(RegistrationStoreTest, OneRegistrationPerAddressAndEventWithARenewedLink) {
  const std::int64_t event = event_with(10);
  add(event, "maija@kunta.fi");
  RegistrationRequest again = request(event, "Maija@Kunta.FI");
  again.manage_digest = "renewed";
  const RegisterResult second = registrations().register_for(again, mail(), kNow + 1h);
  EXPECT_EQ(second.outcome, RegisterOutcome::kAlreadyRegistered);
  EXPECT_EQ(second.registration->status, RegistrationStatus::kConfirmed);
  EXPECT_FALSE(registrations().find_by_manage_digest("digest-maija@kunta.fi"))
      << "only the newest link works";
  EXPECT_EQ(registrations().find_by_manage_digest("renewed")->id, second.registration->id);
  EXPECT_EQ(registrations().of_event(event).size(), 1U);
  EXPECT_EQ(queued().size(), 2U) << "the second attempt is mailed its link too";
  EXPECT_EQ(add(event_with(10), "maija@kunta.fi").outcome, RegisterOutcome::kConfirmed)
      << "another event";
}

TEST_P(RegistrationStoreTest, ACancelledSeatIsOfferedToTheFirstInLine) {
  const std::int64_t event = event_with(1);
  add(event, "a@kunta.fi");
  add(event, "b@kunta.fi", kNow + 1min);
  add(event, "c@kunta.fi", kNow + 2min);
  (void)queued();
  const OfferPolicy offers{24h, mail()};
  EXPECT_TRUE(registrations().cancel("digest-a@kunta.fi", offers, kNow + 1h));
  EXPECT_FALSE(registrations().cancel("digest-a@kunta.fi", offers, kNow + 1h)) << "once";
  const auto b = registrations().find_by_manage_digest("digest-b@kunta.fi");
  EXPECT_EQ(b->status, RegistrationStatus::kOffered);
  EXPECT_EQ(b->offer_expires_at, kNow + 25h);
  EXPECT_EQ(queued(), std::vector<std::string>{"offered b@kunta.fi"});
  EXPECT_EQ(registrations().seats(event).left(), 0) << "an offered seat is held";
  EXPECT_EQ(add(event, "d@kunta.fi").outcome, RegisterOutcome::kWaiting);
  EXPECT_EQ(registrations().accept_offer("digest-b@kunta.fi", kNow + 2h), OfferAnswer::kConfirmed);
  EXPECT_EQ(registrations().accept_offer("digest-b@kunta.fi", kNow + 2h), OfferAnswer::kConfirmed)
      << "a second click changes nothing";
  EXPECT_EQ(registrations().accept_offer("digest-c@kunta.fi", kNow + 2h), OfferAnswer::kNotOffered);
}

TEST_P(RegistrationStoreTest, AnUnansweredOfferPassesToTheNext) {
  const std::int64_t event = event_with(1);
  add(event, "a@kunta.fi");
  add(event, "b@kunta.fi", kNow + 1min);
  add(event, "c@kunta.fi", kNow + 2min);
  const OfferPolicy offers{24h, mail()};
  registrations().cancel("digest-a@kunta.fi", offers, kNow + 1h);
  (void)queued();
  EXPECT_EQ(registrations().expire_offers(offers, kNow + 24h), 0) << "not yet";
  EXPECT_EQ(registrations().accept_offer("digest-b@kunta.fi", kNow + 25h), OfferAnswer::kExpired);
  EXPECT_EQ(registrations().expire_offers(offers, kNow + 25h), 1);
  EXPECT_EQ(registrations().find_by_manage_digest("digest-b@kunta.fi")->status,
            RegistrationStatus::kCancelled);
  EXPECT_EQ(registrations().find_by_manage_digest("digest-c@kunta.fi")->status,
            RegistrationStatus::kOffered);
  EXPECT_EQ(queued(), std::vector<std::string>{"offered c@kunta.fi"});
}

TEST_P(RegistrationStoreTest, ACancelledAddressRegistersAgainAtTheEndOfTheLine) {
  const std::int64_t event = event_with(1);
  add(event, "a@kunta.fi");
  add(event, "b@kunta.fi", kNow + 1min);
  registrations().cancel("digest-b@kunta.fi", {}, kNow + 2min);
  add(event, "c@kunta.fi", kNow + 3min);
  RegistrationRequest again = request(event, "b@kunta.fi");
  again.manage_digest = "b-again";
  EXPECT_EQ(registrations().register_for(again, {}, kNow + 4min).outcome,
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
  const RegisterResult result = registrations().register_for(full, {}, kNow);
  core::RegistrantInput expected = full.registrant;
  expected.answers.pop_back();  // an empty answer is not stored
  EXPECT_EQ(result.registration->registrant, expected);
  EXPECT_EQ(result.registration->registered_at, kNow);
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
          const auto outcome =
              node.registrations()
                  .register_for(request(event, std::to_string(i) + "@kunta.fi"), mail(), kNow)
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
  registrations().register_for(with_answers, {}, kNow);
  add(webinar, "maija@kunta.fi", kNow + 1h);
  add(gala, "pekka@kunta.fi");
  const PersonalData data = store_->privacy().find_by_email(" MAIJA@kunta.fi ");
  ASSERT_EQ(data.registrations.size(), 2U);
  EXPECT_EQ(data.registrations[0].event_slug, "aluetilaisuus-1");
  EXPECT_EQ(data.registrations[0].event_title, "Aluetilaisuus 1");
  EXPECT_EQ(data.registrations[0].registration.registrant.answers,
            (std::vector<core::RegistrationAnswer>{{"ruokavalio", {"gluteeniton"}}}));
  EXPECT_EQ(data.registrations[1].event_slug, "aluetilaisuus-2");
  const ErasureReport erased = store_->privacy().erase_by_email("maija@kunta.fi", kNow + 2h);
  EXPECT_EQ(erased.registrations_removed, 2);
  EXPECT_TRUE(store_->privacy().find_by_email("maija@kunta.fi").registrations.empty());
  EXPECT_EQ(store_->privacy().find_by_email("pekka@kunta.fi").registrations.size(), 1U);
  EXPECT_EQ(registrations().seats(gala).confirmed, 1);
}

}  // namespace
}  // namespace tori::store
