// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of a network's members' area over a temporary store with real sessions: who gets in
// (visitor, member, another organisation, leader, editor), the documents and participants, the
// board's forms (posting, commenting, supporting; errors re-shown with the text kept), a leader's
// forward by mail with its record, and joining (request, decision) and leaving.
#include "tori/web/networks/network_members_area.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/networks/network_test_support.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kArea = "/verkostot/nuoret/jasenalue";

class NetworkMembersAreaTest : public ::testing::Test {
 protected:
  NetworkMembersAreaTest() {
    add_page_routes(router_, site_.services());
    add_account_routes(router_, site_.services());
    store::Store& store = site_.store();
    const auto oulu = test_support::seed_organisation(store, "Oulun kaupunki");
    const auto espoo = test_support::seed_organisation(store, "Espoon kaupunki");
    network_testing::save_test_networks(store);
    test_support::approve_membership(store, test_support::add_person(store, "aleksi@oulu.fi"),
                                     oulu);
    const auto admin = test_support::add_person(store, "hallinto@oulu.fi");
    test_support::approve_membership(store, admin, oulu);
    EXPECT_TRUE(store.memberships().set_role(admin, oulu, core::MembershipRole::kAdmin, {},
                                             store::utc_now()));
    test_support::approve_membership(store, test_support::add_person(store, "sanni@espoo.fi"),
                                     espoo);
    test_support::add_person(store, "minna@example.fi");  // the network's leader
    test_support::add_person(store, "toimittaja@tori.fi", {core::Role::kEditor}, true);
  }
  TestBrowser signed_in(const std::string& email) {
    TestBrowser browser(router_);
    EXPECT_TRUE(test_support::log_in(browser, email));
    return browser;
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(NetworkMembersAreaTest, OnlyMembersLeadersAndEditorsGetIn) {
  TestBrowser visitor(router_);
  EXPECT_EQ(visitor.get(kArea).status, 303);
  EXPECT_EQ(signed_in("sanni@espoo.fi").get(kArea).status, 403);
  TestBrowser member = signed_in("aleksi@oulu.fi");
  const http::Response page = member.get(kArea);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Aleksi Honkanen"));     // appointed people
  EXPECT_THAT(page.body, HasSubstr("Muistio."));            // minutes
  EXPECT_THAT(page.body, HasSubstr("Aleksi Honkanen · "));  // an idea's author
  EXPECT_THAT(page.body, Not(HasSubstr("forward-form")));
  EXPECT_THAT(page.body, Not(HasSubstr("Liittymispyynnöt")));
  EXPECT_EQ(member.get("/verkostot/ei-ole/jasenalue").status, 404);
  for (const char* email : {"minna@example.fi", "toimittaja@tori.fi"}) {
    const http::Response led = signed_in(email).get(kArea);
    ASSERT_EQ(led.status, 200) << email;
    EXPECT_THAT(led.body, HasSubstr("forward-form"));
    EXPECT_THAT(led.body, HasSubstr("Uusia liittymispyyntöjä ei ole."));
  }
}

TEST_F(NetworkMembersAreaTest, MembersPostCommentAndSupport) {
  TestBrowser member = signed_in("aleksi@oulu.fi");
  member.get(kArea);
  http::Response refused =
      member.post("/verkostot/nuoret/ideataulu", {{"quadrant", "threat"}, {"text", "  "}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Tämä tieto puuttuu."));
  EXPECT_THAT(refused.body, HasSubstr(R"(<option value="threat" selected>)"));
  EXPECT_EQ(
      member.post("/verkostot/nuoret/ideataulu", {{"quadrant", "x"}, {"text", "Jotain"}}).status,
      422);
  const http::Response posted = member.post(
      "/verkostot/nuoret/ideataulu", {{"quadrant", "threat"}, {"text", "Palkka ei houkuttele."}});
  ASSERT_EQ(posted.status, 303);
  const auto ideas = site_.store().network_board().ideas(
      site_.store().networks().find_by_slug("nuoret")->id, std::nullopt);
  ASSERT_EQ(ideas.size(), 3U);
  EXPECT_EQ(ideas.back().idea.author, "aleksi");
  const std::string base = "/verkostot/nuoret/ideataulu/" + std::to_string(ideas.back().id);
  EXPECT_EQ(member.post(base + "/kommentti", {{"text", ""}}).status, 422);
  EXPECT_EQ(member.post(base + "/kommentti", {{"text", "Samaa mieltä."}}).status, 303);
  EXPECT_EQ(member.post(base + "/tuki", {{"support", "1"}}).status, 303);
  std::string page = member.get(kArea).body;
  EXPECT_THAT(page, HasSubstr("Palkka ei houkuttele."));
  EXPECT_THAT(page, HasSubstr("Samaa mieltä."));
  EXPECT_THAT(page, HasSubstr("1 kannatus"));
  EXPECT_THAT(page, HasSubstr("Peru kannatus"));
  EXPECT_EQ(member.post(base + "/tuki", {{"support", "0"}}).status, 303);
  EXPECT_THAT(member.get(kArea).body, HasSubstr("ei kannatuksia"));
  EXPECT_EQ(member.post("/verkostot/nuoret/ideataulu/999999/tuki", {{"support", "1"}}).status, 404);
  EXPECT_EQ(member.post("/verkostot/nuoret/ideataulu", {{"quadrant", "idea"}, {"text", "X"}}, false)
                .status,
            403);  // no CSRF token
  EXPECT_EQ(signed_in("sanni@espoo.fi").post(base + "/tuki", {{"support", "1"}}).status, 403);
}

TEST_F(NetworkMembersAreaTest, AnErasedAuthorsItemsStayWithoutTheName) {
  TestBrowser member = signed_in("aleksi@oulu.fi");
  member.get(kArea);
  ASSERT_EQ(
      member.post("/verkostot/nuoret/ideataulu", {{"quadrant", "idea"}, {"text", "Kummi."}}).status,
      303);
  EXPECT_THAT(member.get(kArea).body, HasSubstr("aleksi · "));
  const auto erased = site_.store().privacy().erase_by_email("aleksi@oulu.fi", store::utc_now());
  EXPECT_EQ(erased.network_authors_blanked, 1);
  const std::string page = signed_in("minna@example.fi").get(kArea).body;
  EXPECT_THAT(page, HasSubstr("Kummi."));
  EXPECT_THAT(page, HasSubstr("Nimi poistettu · "));
  EXPECT_THAT(page, Not(HasSubstr("aleksi · ")));
}

TEST_F(NetworkMembersAreaTest, ALeaderForwardsByMailAndTheRecordStays) {
  const std::int64_t network = site_.store().networks().find_by_slug("nuoret")->id;
  const auto ideas = site_.store().network_board().ideas(network, std::nullopt);
  const std::string first = std::to_string(ideas[0].id);
  TestBrowser member = signed_in("aleksi@oulu.fi");
  member.get(kArea);
  EXPECT_EQ(
      member.post("/verkostot/nuoret/ideataulu/valita", {{"idea", first}, {"recipients", "Jaos"}})
          .status,
      403);
  TestBrowser leader = signed_in("minna@example.fi");
  leader.get(kArea);
  const http::Response refused = leader.post(
      "/verkostot/nuoret/ideataulu/valita",
      {{"recipients", "Kunta-alan kehittämisjaos"}, {"addresses", "ei-osoite"}, {"note", "Saate"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Valitse vähintään yksi kohta."));
  EXPECT_THAT(refused.body, HasSubstr("”ei-osoite” ei ole sähköpostiosoite."));
  EXPECT_THAT(refused.body, HasSubstr(R"(value="Kunta-alan kehittämisjaos")"));
  const http::Response sent = leader.post("/verkostot/nuoret/ideataulu/valita",
                                          {{"idea", first},
                                           {"recipients", "Kunta-alan kehittämisjaos"},
                                           {"addresses", "jaos@example.fi, sihteeri@example.fi"},
                                           {"note", "Syksyn ehdotus."}});
  ASSERT_EQ(sent.status, 303);
  for (const char* address : {"jaos@example.fi", "sihteeri@example.fi"}) {
    const auto mail = test_support::mail_to(site_.store(), address);
    ASSERT_EQ(mail.size(), 1U) << address;
    const std::string text = test_support::decode_quoted_printable(mail[0]);
    EXPECT_THAT(text, HasSubstr("Vahvuudet: Työ on merkityksellistä."));
    EXPECT_THAT(text, HasSubstr("Syksyn ehdotus."));
  }
  const auto forwards = site_.store().network_board().forwards(network);
  ASSERT_EQ(forwards.size(), 2U);  // the imported one and this
  EXPECT_EQ(forwards[0].addresses, "jaos@example.fi\nsihteeri@example.fi");
  EXPECT_THAT(leader.get(kArea).body, HasSubstr("jaos@example.fi sihteeri@example.fi"));
  TestBrowser visitor(router_);
  EXPECT_THAT(visitor.get("/verkostot/nuoret").body, HasSubstr("Syksyn ehdotus."));
}

TEST_F(NetworkMembersAreaTest, AnOrganisationAsksToJoinALeaderApprovesAnAdminLeaves) {
  TestBrowser visitor(router_);
  EXPECT_EQ(visitor.get("/verkostot/nuoret/liity").status, 303);
  TestBrowser asker = signed_in("sanni@espoo.fi");
  const http::Response form = asker.get("/verkostot/nuoret/liity");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr(R"(<option value="espoon-kaupunki" lang="fi">)"));
  EXPECT_EQ(asker.post("/verkostot/nuoret/liity", {{"organisation", "oulun-kaupunki"}}).status,
            403);  // not hers
  const std::string too_long = "Pitkä viesti. " + std::string(core::kMaxIdeaLength, 'x');
  const http::Response refused = asker.post(
      "/verkostot/nuoret/liity", {{"organisation", "espoon-kaupunki"}, {"message", too_long}});
  EXPECT_EQ(refused.status, 422);  // shown again with the text kept, nothing sent
  EXPECT_THAT(refused.body, HasSubstr("join-form-message-error"));
  EXPECT_THAT(refused.body, HasSubstr("Pitkä viesti. xxxx"));
  EXPECT_THAT(refused.body, HasSubstr(R"(<option value="espoon-kaupunki" lang="fi" selected>)"));
  EXPECT_TRUE(test_support::mail_to(site_.store(), "minna@example.fi").empty());
  ASSERT_EQ(asker
                .post("/verkostot/nuoret/liity",
                      {{"organisation", "espoon-kaupunki"}, {"message", "Haluamme mukaan."}})
                .status,
            303);
  EXPECT_THAT(asker.get("/verkostot/nuoret/liity?ilmoitus=network_join_sent").body,
              HasSubstr("Liittymispyyntö lähetettiin vetäjille."));
  EXPECT_THAT(signed_in("aleksi@oulu.fi").get("/verkostot/nuoret/liity").body,
              HasSubstr("Organisaatiosi on jo verkoston jäsen."));

  const auto told = test_support::mail_to(site_.store(), "minna@example.fi");
  ASSERT_EQ(told.size(), 1U);  // the leader hears of it
  EXPECT_THAT(test_support::decode_quoted_printable(told[0]),
              HasSubstr("Espoon kaupunki pyytää päästä kehittämisverkoston"));
  TestBrowser leader = signed_in("minna@example.fi");
  const std::string area = leader.get(kArea).body;
  EXPECT_THAT(area, HasSubstr("Haluamme mukaan."));
  const auto requests =
      site_.store().networks().join_requests(site_.store().networks().find_by_slug("nuoret")->id);
  ASSERT_EQ(requests.size(), 1U);
  const std::string decide = "/verkostot/nuoret/liittymispyynnot/" + std::to_string(requests[0].id);
  EXPECT_EQ(asker.post(decide, {{"decision", "approve"}}).status, 403);
  EXPECT_EQ(leader.post(decide, {{"decision", "maybe"}}).status, 400);
  EXPECT_EQ(leader.post(decide, {{"decision", "approve"}}).status, 303);
  EXPECT_EQ(leader.post(decide, {{"decision", "approve"}}).status, 404);  // decided already
  EXPECT_EQ(asker.get(kArea).status, 200);                                // Espoo is a member now
  EXPECT_THAT(leader.get(kArea).body, HasSubstr("Espoon kaupunki</span> liittyi"));

  TestBrowser member = signed_in("aleksi@oulu.fi");
  member.get(kArea);
  EXPECT_EQ(member.post("/verkostot/nuoret/eroa", {{"organisation", "oulun-kaupunki"}}).status,
            403);  // not the organisation's admin
  TestBrowser admin = signed_in("hallinto@oulu.fi");
  EXPECT_THAT(admin.get(kArea).body, HasSubstr("Eroa verkostosta"));
  EXPECT_EQ(admin.post("/verkostot/nuoret/eroa", {{"organisation", "oulun-kaupunki"}}).status, 303);
  EXPECT_EQ(member.get(kArea).status, 403);  // Oulu has left
  EXPECT_THAT(visitor.get("/verkostot/nuoret").body, Not(HasSubstr("Oulun kaupunki</a>")));
}

TEST_F(NetworkMembersAreaTest, ALeaderWritesTheMinutes) {
  // The meeting 30 days ahead is the second one stored (index 1); it has no minutes yet.
  const std::string path = "/verkostot/nuoret/tapaamiset/1/muistio";
  TestBrowser member = signed_in("aleksi@oulu.fi");
  member.get(kArea);
  EXPECT_EQ(member.post(path, {{"minutes", "Muistio."}}).status, 403);
  TestBrowser leader = signed_in("minna@example.fi");
  EXPECT_THAT(leader.get(kArea).body, HasSubstr("Kirjoita tai korjaa muistio"));
  const http::Response refused =
      leader.post(path, {{"minutes", std::string(core::kMaxMeetingTextLength + 1, 'x')}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Teksti on liian pitkä: enintään 50"));
  EXPECT_EQ(leader.post("/verkostot/nuoret/tapaamiset/7/muistio", {{"minutes", "X"}}).status, 404);
  ASSERT_EQ(leader.post(path, {{"minutes", "**Läsnä:** kaikki nuoret."}}).status, 303);
  EXPECT_THAT(member.get(kArea).body, HasSubstr("<strong>Läsnä:</strong> kaikki nuoret."));
}

}  // namespace
}  // namespace tori::web
