// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the staff's notices through the routes: a message to an audience, re-shown with its
// errors and the text kept, kept in the list and the audit log; cancelling an event mails
// everyone still registered with a CANCELLED calendar entry, marks the public pages and closes
// the form and the manage page; only editors get in.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/event_pages.hpp"
#include "tori/web/registration/registration_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;
using namespace std::chrono_literals;

class EventNoticePagesTest : public ::testing::Test {
 protected:
  EventNoticePagesTest() {
    add_account_routes(router_, site_.services());
    add_event_routes(router_, site_.services());
    add_registration_routes(router_, site_.services());
    core::EventInput input;
    input.external_id = "webinaari";
    input.kind = core::EventKind::kWebinar;
    input.title = "Kevään webinaari";
    input.starts_at = std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now()) +
                      std::chrono::days(10);
    input.ends_at = input.starts_at + 2h;
    input.capacity = 1;
    event_ =
        *site_.store().events().find_by_id(site_.store().events().save(input, store::utc_now()).id);
    for (const char* email : {"eka@kunta.fi", "toka@kunta.fi"}) {
      site_.store().registrations().register_for({event_.id,
                                                  {"Nimi", email, "Kunta", "", {}},
                                                  std::nullopt,
                                                  std::string{"digest-"} + email},
                                                 {}, store::utc_now());
    }
    test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
    test_support::add_person(site_.store(), "kayttaja@kunta.fi");
  }
  std::string path(const std::string& rest) { return "/toimitus/tapahtumat/" + event_.slug + rest; }
  int audited(std::string_view action) {
    int count = 0;
    for (const store::AuditEntry& entry : site_.store().audit_log().newest(50, 0))
      count += entry.action == action;
    return count;
  }
  test_support::TestSite site_;
  http::Router router_;
  core::Event event_;
};

TEST_F(EventNoticePagesTest, OnlyEditorsGetIn) {
  TestBrowser anonymous(router_);
  EXPECT_EQ(anonymous.get(path("/viesti")).status, 303) << "to log in";
  TestBrowser member(router_);
  ASSERT_TRUE(test_support::log_in(member, "kayttaja@kunta.fi"));
  for (const char* rest : {"/viesti", "/peru"}) {
    EXPECT_EQ(member.get(path(rest)).status, 403) << rest;
    EXPECT_EQ(member.post(path(rest), {{"subject", "a"}, {"body", "b"}}).status, 403) << rest;
  }
  EXPECT_FALSE(site_.store().events().find_by_id(event_.id)->cancelled());
  EXPECT_TRUE(site_.store().registrations().messages(event_.id).empty());
}

TEST_F(EventNoticePagesTest, AMessageGoesToItsAudienceAndErrorsKeepTheText) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const auto form = editor.get(path("/viesti"));
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("Paikan saaneet (1)"));
  EXPECT_THAT(form.body, HasSubstr("Jonossa olevat (1)"));
  EXPECT_THAT(form.body, HasSubstr("Viestejä ei ole vielä lähetetty."));
  const auto wrong = editor.post(
      path("/viesti"), {{"audience", "confirmed"}, {"subject", ""}, {"body", "Tekstini"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_THAT(wrong.body, HasSubstr("Kirjoita aihe"));
  EXPECT_THAT(wrong.body, HasSubstr(">Tekstini</textarea>"));
  EXPECT_THAT(wrong.body, HasSubstr("value=\"confirmed\" checked"));
  EXPECT_EQ(editor.post(path("/viesti"), {{"audience", "kaikki"}, {"subject", "a"}, {"body", "b"}})
                .status,
            422);
  EXPECT_TRUE(test_support::mail_to(site_.store(), "eka@kunta.fi").empty()) << "nothing sent";
  const auto sent = editor.post(
      path("/viesti"), {{"audience", "confirmed"},
                        {"subject", "Pysäköinti"},
                        {"body", "Pysäköinti on P-Hallissa.\n\nTervetuloa <b>ajoissa</b>!"}});
  EXPECT_EQ(sent.status, 303);
  EXPECT_EQ(sent.headers.get("Location"), path("/viesti?ilmoitus=message_sent"));
  const auto to_first = test_support::mail_to(site_.store(), "eka@kunta.fi");
  ASSERT_EQ(to_first.size(), 1U);
  const std::string mail = test_support::decode_quoted_printable(to_first[0]);
  EXPECT_THAT(mail, HasSubstr("Viesti koskee tapahtumaa Kevään webinaari"));
  EXPECT_THAT(mail, HasSubstr("Pysäköinti on P-Hallissa."));
  EXPECT_THAT(mail, HasSubstr("&lt;b&gt;ajoissa&lt;/b&gt;")) << "escaped in the HTML part";
  EXPECT_THAT(mail, Not(HasSubstr("text/calendar")));
  EXPECT_TRUE(test_support::mail_to(site_.store(), "toka@kunta.fi").empty()) << "in line";
  EXPECT_EQ(audited("registrations.message"), 1);
  const auto after = editor.get(path("/viesti?ilmoitus=message_sent"));
  EXPECT_THAT(after.body, HasSubstr("Viesti on lähetetty."));
  EXPECT_THAT(after.body, HasSubstr("Paikan saaneet: 1 vastaanottaja"));
}

TEST_F(EventNoticePagesTest, CancellingMailsEveryoneAndClosesEveryPage) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const auto confirm = editor.get(path("/peru"));
  ASSERT_EQ(confirm.status, 200);
  EXPECT_THAT(confirm.body, HasSubstr("kaikille ilmoittautuneille (2)"));
  const auto too_long = editor.post(path("/peru"), {{"body", std::string(5001, 'x')}});
  EXPECT_EQ(too_long.status, 422);
  EXPECT_FALSE(site_.store().events().find_by_id(event_.id)->cancelled());
  const auto done = editor.post(path("/peru"), {{"body", "Puhuja sairastui. Uusi aika keväällä."}});
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(done.headers.get("Location"), path("/ilmoittautuneet?ilmoitus=event_cancelled"));
  for (const char* email : {"eka@kunta.fi", "toka@kunta.fi"}) {
    const auto mail = test_support::mail_to(site_.store(), email);
    ASSERT_EQ(mail.size(), 1U) << email;
    EXPECT_THAT(test_support::decode_quoted_printable(mail[0]),
                HasSubstr("on peruttu. Puhuja sairastui."));
  }
  const std::string ics = test_support::attachment_text(
      test_support::mail_to(site_.store(), "eka@kunta.fi")[0], event_.slug + ".ics");
  EXPECT_THAT(ics, HasSubstr("STATUS:CANCELLED"));
  EXPECT_THAT(ics, HasSubstr("UID:" + event_.slug + "@"));
  EXPECT_EQ(audited("event.cancel"), 1);
  EXPECT_EQ(editor.post(path("/peru"), {{"body", ""}}).headers.get("Location"),
            path("/peru?ilmoitus=unchanged"));
  EXPECT_EQ(test_support::mail_to(site_.store(), "eka@kunta.fi").size(), 1U) << "once";
  TestBrowser visitor(router_);
  const auto page = visitor.get("/tapahtumat/" + event_.slug);
  EXPECT_THAT(page.body, HasSubstr("Tapahtuma on peruttu."));
  EXPECT_THAT(page.body, HasSubstr("Puhuja sairastui."));
  EXPECT_THAT(page.body, HasSubstr("EventCancelled"));
  EXPECT_THAT(page.body, Not(HasSubstr("/ilmoittaudu\"")));
  EXPECT_THAT(visitor.get("/tapahtumat").body, HasSubstr("Peruttu"));
  const auto form = visitor.get("/tapahtumat/" + event_.slug + "/ilmoittaudu");
  EXPECT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("Tapahtuma on peruttu."));
  EXPECT_EQ(visitor
                .post("/tapahtumat/" + event_.slug + "/ilmoittaudu",
                      {{"name", "Myöhäinen"}, {"email", "myoh@kunta.fi"}})
                .status,
            409);
  EXPECT_EQ(site_.store().registrations().of_event(event_.id).size(), 2U);
  EXPECT_THAT(editor.get(path("/peru")).body, HasSubstr("Tapahtuma on peruttu"));
}

}  // namespace
}  // namespace tori::web
