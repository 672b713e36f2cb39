// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of registering for a network meeting's event over a temporary store with real sessions:
// a members-only meeting admits members, leaders and editors, sends visitors to log in and shows
// others why (nothing stored), says so on the event page and in /api/v1/events; an open meeting
// admits anyone.
#include "tori/web/networks/network_registration.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/api.hpp"
#include "tori/web/networks/network_test_support.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kForm = "/tapahtumat/nuorten-tapaaminen/ilmoittaudu";

class NetworkRegistrationTest : public ::testing::Test {
 protected:
  NetworkRegistrationTest() {
    add_page_routes(router_, site_.services());
    add_account_routes(router_, site_.services());
    add_api_routes(router_, site_.services());
    store::Store& store = site_.store();
    const auto oulu = test_support::seed_organisation(store, "Oulun kaupunki");
    const auto espoo = test_support::seed_organisation(store, "Espoon kaupunki");
    network_testing::save_test_networks(store);
    save_meeting_event(core::MeetingRegistration::kMembers);
    test_support::approve_membership(store, test_support::add_person(store, "aleksi@oulu.fi"),
                                     oulu);
    test_support::approve_membership(store, test_support::add_person(store, "sanni@espoo.fi"),
                                     espoo);
    test_support::add_person(store, "minna@example.fi");  // the network's leader
    test_support::add_person(store, "toimittaja@tori.fi", {core::Role::kEditor}, true);
  }
  // The event of the meeting 30 days ahead, linked to it with `registration`.
  void save_meeting_event(core::MeetingRegistration registration) {
    store::Store& store = site_.store();
    core::EventInput event;
    event.external_id = "ev-nuoret";
    event.kind = core::EventKind::kNetworkMeeting;
    event.title = "Nuorten tapaaminen";
    event.starts_at = std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now()) +
                      std::chrono::days(30);
    event.ends_at = event.starts_at + std::chrono::hours(3);
    event.place = core::EventPlace{"Kokoustalo", "Hämeenkatu 9", "Tampere"};
    ASSERT_NE(store.events().save(event, store::utc_now()).id, 0);
    core::NetworkInput network = store.networks().find_by_slug("nuoret")->input;
    network.meetings[1].event = "ev-nuoret";
    network.meetings[1].registration = registration;
    ASSERT_NE(store.networks().save(network, {}, store::utc_now()).id, 0);
  }
  TestBrowser signed_in(const std::string& email) {
    TestBrowser browser(router_);
    EXPECT_TRUE(test_support::log_in(browser, email));
    return browser;
  }
  http::Response send(TestBrowser& browser, const std::string& email) {
    browser.get("/tapahtumat/nuorten-tapaaminen");  // this session's CSRF token
    return browser.post(kForm, {{"name", "Osallistuja"},
                                {"email", email},
                                {"organisation", "Oulun kaupunki"},
                                {"website", ""}});
  }
  std::size_t registrations() {
    const auto event = site_.store().events().find_by_slug("nuorten-tapaaminen");
    return site_.store().registrations().of_event(event->id).size();
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(NetworkRegistrationTest, TheEventPageSaysWhoMayRegister) {
  const http::Response page = TestBrowser(router_).get("/tapahtumat/nuorten-tapaaminen");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Vain verkoston Nuoret kuntatyössä jäsenille"));
  EXPECT_THAT(page.body, HasSubstr(R"(href="/verkostot/nuoret")"));
  EXPECT_THAT(TestBrowser(router_).get("/en/tapahtumat/nuorten-tapaaminen").body,
              HasSubstr("Only for the members of the network Nuoret kuntatyössä"));
  const auto api = boost::json::parse(TestBrowser(router_).get("/api/v1/events").body);
  const auto& items = api.at("items").as_array();
  ASSERT_EQ(items.size(), 1U);
  EXPECT_EQ(items[0].at("members_only_network"), "nuoret");
}

TEST_F(NetworkRegistrationTest, VisitorsAreSentToLogInAndOthersAreToldWhy) {
  TestBrowser visitor(router_);
  const http::Response redirect = visitor.get(kForm);
  EXPECT_EQ(redirect.status, 303);
  EXPECT_THAT(*redirect.headers.get("Location"), HasSubstr("/kirjaudu?seuraava="));
  const http::Response posted = send(visitor, "vieras@example.fi");
  EXPECT_EQ(posted.status, 403);
  EXPECT_THAT(posted.body, HasSubstr("vain verkoston Nuoret kuntatyössä jäsenille"));
  EXPECT_THAT(posted.body, HasSubstr("Kirjaudu sisään"));
  TestBrowser other = signed_in("sanni@espoo.fi");
  const http::Response refused = other.get(kForm);
  EXPECT_EQ(refused.status, 403);
  EXPECT_THAT(refused.body, HasSubstr(R"(href="/verkostot/nuoret/liity")"));
  EXPECT_THAT(refused.body, Not(HasSubstr("registration-form")));
  EXPECT_EQ(send(other, "sanni@espoo.fi").status, 403);
  EXPECT_EQ(registrations(), 0U);
}

TEST_F(NetworkRegistrationTest, MembersLeadersAndEditorsRegister) {
  int registered = 0;
  for (const char* email : {"aleksi@oulu.fi", "minna@example.fi", "toimittaja@tori.fi"}) {
    TestBrowser browser = signed_in(email);
    const http::Response form = browser.get(kForm);
    ASSERT_EQ(form.status, 200) << email;
    EXPECT_THAT(form.body, HasSubstr("registration-form")) << email;
    EXPECT_EQ(send(browser, email).status, 303) << email;
    EXPECT_EQ(registrations(), static_cast<std::size_t>(++registered)) << email;
  }
}

TEST_F(NetworkRegistrationTest, AnOpenMeetingAdmitsAnyone) {
  core::NetworkInput network = site_.store().networks().find_by_slug("nuoret")->input;
  network.meetings[1].registration = core::MeetingRegistration::kOpen;
  ASSERT_EQ(site_.store().networks().save(network, {}, store::utc_now()).outcome,
            store::NetworkSaveOutcome::kUpdated);
  TestBrowser visitor(router_);
  EXPECT_EQ(visitor.get(kForm).status, 200);
  EXPECT_EQ(send(visitor, "vieras@example.fi").status, 303);
  EXPECT_EQ(registrations(), 1U);
  EXPECT_THAT(visitor.get("/tapahtumat/nuorten-tapaaminen").body, Not(HasSubstr("Vain verkoston")));
  const auto api = boost::json::parse(visitor.get("/api/v1/events").body);
  EXPECT_TRUE(api.at("items").as_array().at(0).at("members_only_network").is_null());
}

}  // namespace
}  // namespace tori::web
