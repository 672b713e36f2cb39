// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of composing and sending newsletters through the routes, on a real SQLite store and the
// product's templates: only editors get in; a draft is written (errors beside the fields, text
// kept), previewed with its automatic blocks, tested to the editor's own address, and sent to its
// segment only after the confirmation; the throttled dispatch queues one mail per recipient with
// their own one-click unsubscribe (checked through a real SMTP server and used from the mail);
// counts follow the outbox; the public archive shows what was sent and never a draft.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/auth/token.hpp"
#include "tori/mail/smtp_test_server.hpp"
#include "tori/mail/smtp_transport.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/newsletter/newsletter_content.hpp"
#include "tori/web/newsletter/newsletter_mail.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using core::SubscriberState;
using test_support::Fields;
using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

class NewsletterIssuesTest : public ::testing::Test {
 protected:
  NewsletterIssuesTest() {
    add_account_routes(router_, site_.services());
    add_page_routes(router_, site_.services());
    test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
    test_support::add_person(site_.store(), "kayttaja@kunta.fi");
  }
  // A confirmed subscriber of `topics` in `language`.
  void subscriber(const std::string& email, std::vector<std::string> topics,
                  std::string language = "fi") {
    const store::UtcTime now = store::utc_now();
    // The manage link's digest as the subscribe form makes it, so the mailed links work.
    store::SubscriptionRequest request{
        {email, "", "", std::move(language), std::move(topics)},
        {now, "v1", ""},
        "confirm-" + email,
        auth::token_digest(manage_token(site_.services().accounts->secret_key, email, now))};
    const store::SubscriberMailer none;
    (void)site_.store().subscribers().subscribe(request, none, now);
    ASSERT_EQ(site_.store().subscribers().confirm("confirm-" + email, now - std::chrono::hours(1),
                                                  none, now),
              store::ConfirmOutcome::kConfirmed);
  }
  static Fields issue_form(std::string slug) {
    return {{"slug", std::move(slug)},
            {"subject", "Tori-uutiskirje joulukuu 2026"},
            {"body", "Hei!\r\n\r\n## Gaala\r\n\r\nKiitos **kaikille**."},
            {"language", "fi"},
            {"topics", "news"},
            {"blocks", "events"},
            {"action", "save"}};
  }
  TestBrowser editor() {
    TestBrowser browser(router_);
    EXPECT_TRUE(test_support::log_in(browser, "toimittaja@tori.fi"));
    return browser;
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(NewsletterIssuesTest, OnlyEditorsGetIn) {
  TestBrowser visitor(router_);
  EXPECT_EQ(visitor.get("/toimitus/uutiskirjeet").status, 303) << "to the log-in page";
  TestBrowser member(router_);
  ASSERT_TRUE(test_support::log_in(member, "kayttaja@kunta.fi"));
  EXPECT_EQ(member.get("/toimitus/uutiskirjeet").status, 403);
  EXPECT_EQ(member.get("/toimitus/uutiskirjeet/uusi").status, 403);
  EXPECT_EQ(editor().get("/toimitus/uutiskirjeet").status, 200);
}

TEST_F(NewsletterIssuesTest, AnInvalidDraftComesBackWithTheErrorsAndTheTextKept) {
  TestBrowser browser = editor();
  (void)browser.get("/toimitus/uutiskirjeet/uusi");
  Fields fields = issue_form("Ei Kelpaa");
  fields[1].second = "";
  const auto page = browser.post("/toimitus/uutiskirjeet/uusi", fields);
  EXPECT_EQ(page.status, 422);
  EXPECT_THAT(page.body, HasSubstr("id=\"issue-slug-error\""));
  EXPECT_THAT(page.body, HasSubstr("id=\"issue-subject-error\""));
  EXPECT_THAT(page.body, HasSubstr("Kiitos **kaikille**."));
  EXPECT_TRUE(site_.store().newsletters().list().empty());
  EXPECT_EQ(browser.post("/toimitus/uutiskirjeet/uusi", issue_form("uusi")).status, 422)
      << "the new issue's own address";
}

TEST_F(NewsletterIssuesTest, AnEditorWritesPreviewsTestsAndSendsToTheSegment) {
  subscriber("maija@kunta.fi", {"news"});
  subscriber("pekka@kunta.fi", {"events"});      // another topic
  subscriber("sara@kommun.fi", {"news"}, "sv");  // another language
  TestBrowser browser = editor();
  (void)browser.get("/toimitus/uutiskirjeet/uusi");
  Fields preview = issue_form("joulu-2026");
  preview.back().second = "preview";
  const auto previewed = browser.post("/toimitus/uutiskirjeet/uusi", preview);
  EXPECT_EQ(previewed.status, 200);
  EXPECT_THAT(previewed.body, HasSubstr("<strong>kaikille</strong>"));
  EXPECT_TRUE(site_.store().newsletters().list().empty()) << "a preview saves nothing";

  EXPECT_EQ(browser.post("/toimitus/uutiskirjeet/uusi", issue_form("joulu-2026")).status, 303);
  const auto page = browser.get("/toimitus/uutiskirjeet/joulu-2026");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Vastaanottajia nyt: <strong>1</strong>"));
  EXPECT_EQ(TestBrowser(router_).get("/uutiskirje/arkisto/joulu-2026").status, 404)
      << "a draft is not public";

  EXPECT_EQ(browser.post("/toimitus/uutiskirjeet/joulu-2026/testi", {}).status, 303);
  const auto test_mail = test_support::mail_to(site_.store(), "toimittaja@tori.fi");
  ASSERT_EQ(test_mail.size(), 1U);
  EXPECT_THAT(test_mail[0], HasSubstr("[TESTI]"));

  const auto unconfirmed = browser.post("/toimitus/uutiskirjeet/joulu-2026/laheta", {});
  EXPECT_EQ(unconfirmed.status, 422);
  EXPECT_THAT(unconfirmed.body, HasSubstr("id=\"send-confirm-error\""));
  EXPECT_EQ(site_.store().newsletters().find("joulu-2026")->state, core::NewsletterState::kDraft);
  EXPECT_EQ(browser.post("/toimitus/uutiskirjeet/joulu-2026/laheta", {{"confirm", "1"}}).status,
            303);
  const auto sending = site_.store().newsletters().find("joulu-2026");
  EXPECT_EQ(sending->state, core::NewsletterState::kSending);
  EXPECT_THAT(sending->content.html, HasSubstr("<h2>Gaala</h2>"));
  EXPECT_EQ(browser.post("/toimitus/uutiskirjeet/joulu-2026/laheta", {{"confirm", "1"}}).status,
            409)
      << "sent once";
  EXPECT_EQ(browser.post("/toimitus/uutiskirjeet/joulu-2026/muokkaa", issue_form("x")).status, 409);

  const store::NewsletterDispatch pass =
      dispatch_newsletters(site_.services(), 10, store::utc_now());
  EXPECT_EQ(pass.queued, 1);
  EXPECT_EQ(pass.finished, 1);
  EXPECT_EQ(test_support::mail_to(site_.store(), "maija@kunta.fi").size(), 1U);
  EXPECT_TRUE(test_support::mail_to(site_.store(), "pekka@kunta.fi").empty());
  EXPECT_TRUE(test_support::mail_to(site_.store(), "sara@kommun.fi").empty());
  const auto counts = browser.get("/toimitus/uutiskirjeet/joulu-2026").body;
  EXPECT_THAT(counts, HasSubstr("Lähtöjonossa</dt><dd>1</dd>"));

  const auto archive = TestBrowser(router_).get("/uutiskirje/arkisto");
  EXPECT_THAT(archive.body, HasSubstr("Tori-uutiskirje joulukuu 2026"));
  const auto archived = TestBrowser(router_).get("/uutiskirje/arkisto/joulu-2026");
  EXPECT_EQ(archived.status, 200);
  EXPECT_THAT(archived.body, HasSubstr("<h2>Gaala</h2>"));
  EXPECT_THAT(archived.body, Not(HasSubstr("/uutiskirje/peru/"))) << "no one's personal links";
  int audited = 0;
  for (const store::AuditEntry& entry : site_.store().audit_log().newest(50, 0))
    audited += entry.action.starts_with("newsletter.");
  EXPECT_EQ(audited, 3) << "create, test, send";
}

TEST_F(NewsletterIssuesTest, EachMailCarriesItsOwnOneClickUnsubscribe) {
  subscriber("maija@kunta.fi", {"news"});
  subscriber("liisa@kunta.fi", {"news"});
  TestBrowser browser = editor();
  (void)browser.get("/toimitus/uutiskirjeet/uusi");
  ASSERT_EQ(browser.post("/toimitus/uutiskirjeet/uusi", issue_form("joulu")).status, 303);
  ASSERT_EQ(browser.post("/toimitus/uutiskirjeet/joulu/laheta", {{"confirm", "1"}}).status, 303);
  EXPECT_EQ(dispatch_newsletters(site_.services(), 1, store::utc_now()).queued, 1) << "throttled";
  EXPECT_EQ(dispatch_newsletters(site_.services(), 1, store::utc_now()).queued, 1);

  const auto messages = test_support::mail_to(site_.store(), "maija@kunta.fi");
  ASSERT_EQ(messages.size(), 1U);
  mail::SmtpTestServer server;
  mail::SmtpTransport smtp({.host = "127.0.0.1",
                            .port = server.port(),
                            .tls = mail::SmtpSettings::Tls::kNone,
                            .from = "noreply@tori.example.fi"});
  ASSERT_TRUE(smtp.send({1, "maija@kunta.fi", messages[0], 0}).ok);
  ASSERT_TRUE(server.wait_for(1, std::chrono::seconds(5)));
  const std::string data = server.messages()[0].data;
  EXPECT_THAT(data, HasSubstr("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
  EXPECT_THAT(data, HasSubstr("Subject: Tori-uutiskirje joulukuu 2026"));
  const std::string path = test_support::link_path(data, "/uutiskirje/peru/");
  ASSERT_FALSE(path.empty());
  EXPECT_NE(path, test_support::link_path(test_support::mail_to(site_.store(), "liisa@kunta.fi")[0],
                                          "/uutiskirje/peru/"));
  EXPECT_THAT(data, HasSubstr("<" + std::string("https://tori.example.fi") + path + ">"));

  TestBrowser mail_program(router_, "198.51.100.9");
  EXPECT_EQ(mail_program.post(path, {{"List-Unsubscribe", "One-Click"}}, false).status, 200);
  EXPECT_EQ(site_.store().subscribers().find_by_email("maija@kunta.fi")->state,
            SubscriberState::kUnsubscribed);
  EXPECT_EQ(site_.store().subscribers().find_by_email("liisa@kunta.fi")->state,
            SubscriberState::kConfirmed);
}

}  // namespace
}  // namespace tori::web
