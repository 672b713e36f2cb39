// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of taking part on site or remotely through the routes: a hybrid event's form asks how
// (each way's seats left when it has separate capacities), refuses no answer with the text kept,
// seats and lines per way, the mail naming the way taken, the manage page keeping a way whose
// seats depend on it, and the meeting link shown to those taking part remotely only.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/registration/registration_pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using core::Participation;
using core::RegistrationStatus;
using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;
using namespace std::chrono_literals;

// A hybrid network meeting in ten days: 1 seat on site, `remote_seats` online.
core::EventInput hybrid_meeting(std::optional<int> remote_seats) {
  core::EventInput input;
  input.external_id = "hybridi";
  input.kind = core::EventKind::kNetworkMeeting;
  input.title = "Verkostotapaaminen";
  input.starts_at =
      std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now()) + std::chrono::days(10);
  input.ends_at = input.starts_at + 3h;
  input.place = core::EventPlace{"Kaupungintalo", "Rantakatu 20", "Joensuu"};
  input.remote = true;
  input.remote_url = "https://meet.example.fi/verkosto";
  input.on_site_capacity = 1;
  input.remote_capacity = remote_seats;
  return input;
}

class RegistrationParticipationTest : public ::testing::Test {
 protected:
  RegistrationParticipationTest() {
    add_registration_routes(router_, site_.services());
    slug_ = site_.store().events().save(hybrid_meeting(5), store::utc_now()).slug;
  }
  // Sends the form for `email` taking part `way` ("" none chosen).
  http::Response send(TestBrowser& browser, const std::string& email, const std::string& way) {
    const auto form = browser.get("/tapahtumat/" + slug_ + "/ilmoittaudu");
    test_support::Fields fields{{"name", "Maija Meikäläinen"},
                                {"email", email},
                                {"organisation", "Joensuun kaupunki"},
                                {"website", ""},
                                {"form_key", test_support::hidden_value(form.body, "form_key")}};
    if (!way.empty()) fields.emplace_back("participation", way);
    return browser.post("/tapahtumat/" + slug_ + "/ilmoittaudu", fields);
  }
  store::Registration registration_of(const std::string& email) {
    const auto event = site_.store().events().find_by_slug(slug_);
    for (const auto& registration : site_.store().registrations().of_event(event->id))
      if (registration.registrant.email == email) return registration;
    ADD_FAILURE() << email << " has not registered";
    return {};
  }
  std::string first_mail(const std::string& to) {
    const auto messages = test_support::mail_to(site_.store(), to);
    return messages.empty() ? "" : test_support::decode_quoted_printable(messages.front());
  }
  test_support::TestSite site_;
  http::Router router_;
  std::string slug_;
};

TEST_F(RegistrationParticipationTest, TheFormAsksHowWithEachWaysSeats) {
  TestBrowser browser(router_);
  const auto form = browser.get("/tapahtumat/" + slug_ + "/ilmoittaudu");
  EXPECT_THAT(form.body, HasSubstr("<legend>Osallistumistapa"));
  EXPECT_THAT(form.body, HasSubstr("name=\"participation\" value=\"on_site\""));
  EXPECT_THAT(form.body, HasSubstr("Paikan päällä (1 paikka jäljellä)"));
  EXPECT_THAT(form.body, HasSubstr("Etänä (5 paikkaa jäljellä)"));
  const auto refused = send(browser, "maija@kunta.fi", "");
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Valitse, osallistutko paikan päällä vai etänä."));
  EXPECT_THAT(refused.body, HasSubstr("href=\"#registration-participation\""));
  EXPECT_THAT(refused.body, HasSubstr("value=\"Joensuun kaupunki\"")) << "the text kept";
  EXPECT_EQ(send(browser, "maija@kunta.fi", "teleportaatio").status, 422);
  EXPECT_EQ(send(browser, "maija@kunta.fi", "on_site").status, 303);
  EXPECT_EQ(registration_of("maija@kunta.fi").registrant.participation, Participation::kOnSite);
  EXPECT_THAT(browser.get("/tapahtumat/" + slug_ + "/ilmoittaudu").body,
              HasSubstr("Paikan päällä (täynnä, pääset jonoon)"));
}

TEST_F(RegistrationParticipationTest, EachWayFillsOnItsOwnAndTheMailSaysWhich) {
  TestBrowser browser(router_);
  ASSERT_EQ(send(browser, "paikalla@kunta.fi", "on_site").status, 303);
  ASSERT_EQ(send(browser, "jonossa@kunta.fi", "on_site").status, 303);
  ASSERT_EQ(send(browser, "etana@kunta.fi", "remote").status, 303);
  EXPECT_EQ(registration_of("paikalla@kunta.fi").status, RegistrationStatus::kConfirmed);
  EXPECT_EQ(registration_of("jonossa@kunta.fi").status, RegistrationStatus::kWaiting);
  EXPECT_EQ(registration_of("etana@kunta.fi").status, RegistrationStatus::kConfirmed)
      << "the room is full, the remote seats are not";
  const std::string on_site = first_mail("paikalla@kunta.fi");
  EXPECT_THAT(on_site, HasSubstr("Kaupungintalo, Joensuu."));
  EXPECT_THAT(on_site, Not(HasSubstr("ja etänä")));
  EXPECT_THAT(first_mail("etana@kunta.fi"), HasSubstr(", etänä."));
}

TEST_F(RegistrationParticipationTest, TheManagePageKeepsAWayWhoseSeatsDependOnIt) {
  TestBrowser browser(router_);
  ASSERT_EQ(send(browser, "paikalla@kunta.fi", "on_site").status, 303);
  ASSERT_EQ(send(browser, "etana@kunta.fi", "remote").status, 303);
  const std::string on_site_link =
      test_support::link_path(first_mail("paikalla@kunta.fi"), "/ilmoittautuminen/");
  const auto page = browser.get(on_site_link);
  EXPECT_THAT(page.body, HasSubstr("Osallistumistapa: Paikan päällä."));
  EXPECT_THAT(page.body, Not(HasSubstr("name=\"participation\"")));
  EXPECT_THAT(page.body, Not(HasSubstr("meet.example.fi"))) << "the link is for remote ones";
  const auto saved = browser.post(
      on_site_link, {{"action", "save"}, {"name", "Paula Paikalla"}, {"participation", "remote"}});
  EXPECT_EQ(saved.status, 303);
  EXPECT_EQ(registration_of("paikalla@kunta.fi").registrant.name, "Paula Paikalla");
  EXPECT_EQ(registration_of("paikalla@kunta.fi").registrant.participation, Participation::kOnSite)
      << "a posted way is ignored where each way has its own seats";
  const std::string remote_link =
      test_support::link_path(first_mail("etana@kunta.fi"), "/ilmoittautuminen/");
  EXPECT_THAT(browser.get(remote_link).body,
              HasSubstr("href=\"https://meet.example.fi/verkosto\""));
}

TEST_F(RegistrationParticipationTest, WithOneCapacityTheWayCanBeChangedOnTheManagePage) {
  core::EventInput shared = hybrid_meeting(std::nullopt);
  shared.on_site_capacity.reset();
  shared.capacity = 10;
  (void)site_.store().events().save(shared, store::utc_now());
  TestBrowser browser(router_);
  ASSERT_EQ(send(browser, "vaihtaja@kunta.fi", "on_site").status, 303);
  const std::string link =
      test_support::link_path(first_mail("vaihtaja@kunta.fi"), "/ilmoittautuminen/");
  EXPECT_THAT(browser.get(link).body, HasSubstr("value=\"on_site\" checked"));
  ASSERT_EQ(
      browser
          .post(link, {{"action", "save"}, {"name", "Ville Vaihtaja"}, {"participation", "remote"}})
          .status,
      303);
  EXPECT_EQ(registration_of("vaihtaja@kunta.fi").registrant.participation, Participation::kRemote);
  EXPECT_THAT(browser.get(link).body, HasSubstr("href=\"https://meet.example.fi/verkosto\""));
}

}  // namespace
}  // namespace tori::web
