// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the registrations' timed work with the clock moved by hand: an unanswered offer
// passes to the next in line with its mail, and reminders go at their times, once each.
#include "tori/app/registration_jobs.hpp"

#include <gtest/gtest.h>

#include "tori/auth/token.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/event_text.hpp"
#include "tori/web/registration/registration_mail.hpp"
#include "tori/web/test_support.hpp"

namespace tori::app {
namespace {

using core::RegistrationStatus;
using namespace std::chrono_literals;

class RegistrationJobsTest : public ::testing::Test {
 protected:
  core::Event event_in(std::chrono::hours from_now, int capacity) {
    core::EventInput input;
    input.external_id = "jobs-" + std::to_string(++events_);
    input.kind = core::EventKind::kWebinar;
    input.title = "Webinaari " + std::to_string(events_);
    input.starts_at = std::chrono::time_point_cast<std::chrono::seconds>(now_ + from_now);
    input.ends_at = input.starts_at + 2h;
    input.remote = true;
    input.capacity = capacity;
    const auto saved = store().events().save(input, now_);
    return *store().events().find_by_id(saved.id);
  }
  // Registers `email` at now_ the way the form does (the derived manage link).
  std::string add(const core::Event& event, const std::string& email) {
    const std::string token =
        web::manage_token(site_.account_settings().secret_key, event.id, email, now_);
    store().registrations().register_for(
        {event.id, {"Nimi", email, "", "", {}}, std::nullopt, auth::token_digest(token)},
        web::registration_mail(site_.services(), event), now_);
    return auth::token_digest(token);
  }
  RegistrationStatus status_of(const std::string& digest) {
    return store().registrations().find_by_manage_digest(digest)->status;
  }
  // The messages queued for `to`, oldest first, whenever the moved clock queued them.
  std::vector<std::string> mail(const std::string& to) {
    std::vector<std::string> decoded;
    for (const auto& mail : store().outbox().claim_due(now_ + 1000h, 1000, 0s)) {
      if (mail.recipient == to)
        decoded.push_back(web::test_support::decode_quoted_printable(mail.message));
    }
    return decoded;
  }
  store::Store& store() { return site_.store(); }
  web::test_support::TestSite site_;
  store::UtcTime now_ = std::chrono::time_point_cast<std::chrono::milliseconds>(store::utc_now());
  int events_ = 0;
};

TEST_F(RegistrationJobsTest, AnUnansweredOfferPassesToTheNextWithItsMail) {
  const core::Event event = event_in(240h, 1);
  const std::string a = add(event, "a@kunta.fi");
  const std::string b = add(event, "b@kunta.fi");
  const std::string c = add(event, "c@kunta.fi");
  store().registrations().cancel(a, web::offer_policy(site_.services(), event), now_);
  EXPECT_EQ(status_of(b), RegistrationStatus::kOffered);
  EXPECT_EQ(run_registration_jobs(site_.services(), {}, now_ + 1h).offers_expired, 0);
  const RegistrationJobCounts later = run_registration_jobs(site_.services(), {}, now_ + 25h);
  EXPECT_EQ(later.offers_expired, 1);
  EXPECT_EQ(status_of(b), RegistrationStatus::kCancelled);
  EXPECT_EQ(status_of(c), RegistrationStatus::kOffered);
  const auto to_c = mail("c@kunta.fi");
  ASSERT_EQ(to_c.size(), 2U);
  EXPECT_NE(to_c[1].find("Paikka vapautui"), std::string::npos);
  EXPECT_NE(to_c[1].find("/ilmoittautuminen/"), std::string::npos);
}

TEST_F(RegistrationJobsTest, SeatsARaisedCapacityAddsAreOfferedInLineOrder) {
  const core::Event event = event_in(240h, 1);
  (void)add(event, "a@kunta.fi");
  const std::string b = add(event, "b@kunta.fi");
  const std::string c = add(event, "c@kunta.fi");
  EXPECT_EQ(run_registration_jobs(site_.services(), {}, now_ + 1h).seats_offered, 0) << "full";
  core::EventInput bigger = event.input;
  bigger.capacity = 2;
  (void)store().events().save(bigger, now_ + 2h);
  EXPECT_EQ(run_registration_jobs(site_.services(), {}, now_ + 3h).seats_offered, 1);
  EXPECT_EQ(status_of(b), RegistrationStatus::kOffered);
  EXPECT_EQ(status_of(c), RegistrationStatus::kWaiting);
  const auto to_b = mail("b@kunta.fi");
  ASSERT_EQ(to_b.size(), 2U);
  EXPECT_NE(to_b[1].find("Paikka vapautui"), std::string::npos);
  bigger.capacity.reset();  // no limit: everyone in line
  (void)store().events().save(bigger, now_ + 4h);
  EXPECT_EQ(run_registration_jobs(site_.services(), {}, now_ + 5h).seats_offered, 1);
  EXPECT_EQ(status_of(c), RegistrationStatus::kOffered);
  EXPECT_EQ(run_registration_jobs(site_.services(), {}, now_ + 6h).seats_offered, 0) << "once";
}

TEST_F(RegistrationJobsTest, RemindersGoAtTheirTimesOnceEach) {
  const core::Event event = event_in(240h, 10);
  add(event, "a@kunta.fi");
  const auto start = std::chrono::time_point_cast<std::chrono::milliseconds>(
      store::UtcTime{event.input.starts_at});
  const std::vector<int> hours = {168, 24};
  EXPECT_EQ(run_registration_jobs(site_.services(), hours, now_).reminders, 0);
  EXPECT_EQ(run_registration_jobs(site_.services(), hours, start - 168h).reminders, 1);
  EXPECT_EQ(run_registration_jobs(site_.services(), hours, start - 160h).reminders, 0);
  EXPECT_EQ(run_registration_jobs(site_.services(), hours, start - 24h).reminders, 1);
  const auto messages = mail("a@kunta.fi");
  ASSERT_EQ(messages.size(), 3U);
  EXPECT_NE(messages[1].find("Muistutus"), std::string::npos);
  EXPECT_NE(messages[1].find("Content-Type: text/calendar"), std::string::npos);
  EXPECT_NE(messages[2].find("Muistutus"), std::string::npos);
}

TEST_F(RegistrationJobsTest, ANewTimeIsMailedOnceWithTheCalendarEntry) {
  const core::Event event = event_in(240h, 1);
  add(event, "a@kunta.fi");
  add(event, "b@kunta.fi");  // in line: told too
  core::EventInput moved = event.input;
  moved.starts_at += 2h;
  moved.ends_at += 2h;
  (void)store().events().save(moved, now_ + 1h);
  EXPECT_EQ(run_registration_jobs(site_.services(), {}, now_ + 1h).changes, 2);
  EXPECT_EQ(run_registration_jobs(site_.services(), {}, now_ + 2h).changes, 0) << "once";
  const auto to_a = mail("a@kunta.fi");
  ASSERT_EQ(to_a.size(), 2U);
  EXPECT_NE(to_a[1].find("Muutos tapahtumaan"), std::string::npos) << to_a[1];
  EXPECT_NE(to_a[1].find(web::event_time_text(text::Language::kFi, moved)), std::string::npos);
  EXPECT_NE(to_a[1].find("Content-Type: text/calendar"), std::string::npos);
  const auto to_b = mail("b@kunta.fi");
  ASSERT_EQ(to_b.size(), 2U);
  EXPECT_NE(to_b[1].find("Muutos tapahtumaan"), std::string::npos);
  EXPECT_EQ(to_b[1].find("Content-Type: text/calendar"), std::string::npos) << "no seat, no entry";
}

TEST_F(RegistrationJobsTest, TheRemoteLinkIsMailedShortlyBeforeTheStart) {
  core::Event event = event_in(240h, 5);
  event.input.remote_url = "https://meet.example.fi/webinaari";
  (void)store().events().save(event.input, now_);
  add(event, "a@kunta.fi");
  const auto start = std::chrono::time_point_cast<std::chrono::milliseconds>(
      store::UtcTime{event.input.starts_at});
  EXPECT_EQ(run_registration_jobs(site_.services(), {}, start - 3h).remote_links, 0);
  EXPECT_EQ(run_registration_jobs(site_.services(), {}, start - 2h).remote_links, 1)
      << "[events] remote_link_hours = 2 by default";
  EXPECT_EQ(run_registration_jobs(site_.services(), {}, start - 1h).remote_links, 0) << "once";
  const auto messages = mail("a@kunta.fi");
  ASSERT_EQ(messages.size(), 2U);
  EXPECT_NE(messages[1].find("https://meet.example.fi/webinaari"), std::string::npos);
  EXPECT_NE(messages[1].find("Liity etänä osoitteessa"), std::string::npos);
}

}  // namespace
}  // namespace tori::app
