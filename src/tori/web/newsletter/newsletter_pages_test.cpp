// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of subscribing to the newsletter through the routes, on a real SQLite store and the
// product's templates: the form, its mail and the confirmation (GET shows, POST confirms), the
// welcome mail's List-Unsubscribe headers as a real SMTP server receives them, the one-click
// unsubscribe from another browser with no session and no CSRF token, the same answer for a
// known address, errors beside the fields, the CSRF refusal, the honeypot, unknown tokens, the
// manage page's topics, Swedish mail, and the privacy export and erasure.
#include "tori/web/newsletter/newsletter_pages.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/auth/token.hpp"
#include "tori/mail/smtp_test_server.hpp"
#include "tori/mail/smtp_transport.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/personal_data_json.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/newsletter/newsletter_mail.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using core::SubscriberState;
using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

// The message's header block with folded lines unfolded.
std::string unfolded_headers(const std::string& message) {
  std::string headers = message.substr(0, message.find("\r\n\r\n"));
  for (auto at = headers.find("\r\n "); at != std::string::npos; at = headers.find("\r\n "))
    headers.replace(at, 3, " ");
  for (auto at = headers.find("\r\n\t"); at != std::string::npos; at = headers.find("\r\n\t"))
    headers.replace(at, 3, " ");
  return headers;
}

// The value of header `name` in unfolded `headers` ("" when absent).
std::string header_value(const std::string& headers, const std::string& name) {
  const auto at = headers.find("\r\n" + name + ": ");
  if (at == std::string::npos) return "";
  const auto start = at + name.size() + 4;
  return headers.substr(start, headers.find("\r\n", start) - start);
}

class NewsletterPagesTest : public ::testing::Test {
 protected:
  NewsletterPagesTest() { add_page_routes(router_, site_.services()); }

  http::Response subscribe(TestBrowser& browser, const std::string& email,
                           test_support::Fields extra = {},
                           const std::string& path = "/uutiskirje") {
    (void)browser.get(path);
    test_support::Fields fields{{"email", email},
                                {"name", "Maija Meikäläinen"},
                                {"organisation", "Puumala"},
                                {"language", "fi"},
                                {"topics", "news"},
                                {"topics", "events"},
                                {"website", ""}};
    for (auto& field : extra) {
      std::erase_if(fields, [&](const auto& f) { return f.first == field.first; });
      fields.push_back(field);
    }
    return browser.post(path, fields);
  }
  std::vector<std::string> mail(const std::string& email) {
    return test_support::mail_to(site_.store(), email);
  }
  std::optional<store::Subscriber> subscriber(const std::string& email) {
    return site_.store().subscribers().find_by_email(email);
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(NewsletterPagesTest, SubscribeConfirmAndUnsubscribeInOneClickWithoutASession) {
  TestBrowser browser(router_);
  const auto form = browser.get("/uutiskirje");
  EXPECT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("name=\"topics\" value=\"networks\""));
  EXPECT_THAT(form.body, HasSubstr("Tilaamalla annat suostumuksen"));
  const auto sent = subscribe(browser, "Maija@Kunta.fi");
  EXPECT_EQ(sent.status, 303);
  EXPECT_EQ(sent.headers.get("Location"), "/uutiskirje/kiitos");
  EXPECT_THAT(browser.get("/uutiskirje/kiitos").body, HasSubstr("Tarkista sähköpostisi"));
  ASSERT_EQ(mail("Maija@Kunta.fi").size(), 1U);
  const std::string confirmation = mail("Maija@Kunta.fi")[0];
  EXPECT_THAT(confirmation, HasSubstr("Subject: Vahvista uutiskirjeen tilaus"));
  const std::string link = test_support::link_path(confirmation, "/uutiskirje/vahvista/");
  ASSERT_FALSE(link.empty());
  EXPECT_FALSE(test_support::link_path(confirmation, "/uutiskirje/tilaus/").empty());
  const auto pending = subscriber("maija@kunta.fi");
  ASSERT_TRUE(pending);
  EXPECT_EQ(pending->state, SubscriberState::kPending);
  EXPECT_EQ(pending->consent.text_version, core::kNewsletterConsentVersion);
  EXPECT_FALSE(pending->consent.ip_hash.empty());
  EXPECT_THAT(pending->consent.ip_hash, Not(HasSubstr("203.0.113.7")));

  // The mailed link: GET shows a button and changes nothing; POST confirms.
  const auto shown = browser.get(link);
  EXPECT_EQ(shown.status, 200);
  EXPECT_THAT(shown.body, HasSubstr("Vahvista tilaus"));
  EXPECT_EQ(subscriber("maija@kunta.fi")->state, SubscriberState::kPending);
  EXPECT_THAT(browser.post(link, {}).body, HasSubstr("Tilaus on vahvistettu"));
  EXPECT_EQ(subscriber("maija@kunta.fi")->state, SubscriberState::kConfirmed);
  EXPECT_THAT(browser.get(link).body, HasSubstr("Tilaus on jo vahvistettu"));

  // The welcome mail through a real SMTP server: the one-click headers, an absolute URL.
  const auto messages = mail("Maija@Kunta.fi");
  ASSERT_EQ(messages.size(), 2U);
  mail::SmtpTestServer server;
  mail::SmtpTransport smtp({.host = "127.0.0.1",
                            .port = server.port(),
                            .tls = mail::SmtpSettings::Tls::kNone,
                            .from = "noreply@tori.example.fi"});
  ASSERT_TRUE(smtp.send({1, "Maija@Kunta.fi", messages[1], 0}).ok);
  ASSERT_TRUE(server.wait_for(1, std::chrono::seconds(5)));
  const std::string headers = unfolded_headers(server.messages()[0].data);
  EXPECT_EQ(header_value(headers, "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
  const std::string unsubscribe = header_value(headers, "List-Unsubscribe");
  ASSERT_THAT(unsubscribe, HasSubstr("<https://tori.example.fi/uutiskirje/peru/"));
  ASSERT_EQ(unsubscribe.back(), '>');
  const std::string path = unsubscribe.substr(24, unsubscribe.size() - 25);

  // A mail program's one-click POST: another client, no cookies, no CSRF token.
  TestBrowser mail_program(router_, "198.51.100.9");
  const auto done = mail_program.post(path, {{"List-Unsubscribe", "One-Click"}}, false);
  EXPECT_EQ(done.status, 200);
  EXPECT_THAT(done.body, HasSubstr("Tilaus on peruttu"));
  EXPECT_EQ(subscriber("maija@kunta.fi")->state, SubscriberState::kUnsubscribed);
  EXPECT_EQ(mail_program.post(path, {{"List-Unsubscribe", "One-Click"}}, false).status, 200)
      << "twice is harmless";
}

TEST_F(NewsletterPagesTest, TheUnsubscribeLinkShowsAButtonOnGetAndUnknownTokensAre404) {
  TestBrowser browser(router_);
  subscribe(browser, "pekka@kunta.fi");
  const std::string manage =
      test_support::link_path(mail("pekka@kunta.fi")[0], "/uutiskirje/tilaus/");
  const std::string token = manage.substr(std::string{"/uutiskirje/tilaus/"}.size());
  const auto page = browser.get("/uutiskirje/peru/" + token);
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Peru tilaus"));
  EXPECT_EQ(subscriber("pekka@kunta.fi")->state, SubscriberState::kPending) << "no change on GET";
  for (const char* unknown : {"/uutiskirje/peru/x", "/uutiskirje/tilaus/x",
                              "/uutiskirje/vahvista/x", "/sv/uutiskirje/peru/x"}) {
    const auto response = browser.get(unknown);
    EXPECT_EQ(response.status, 404) << unknown;
    EXPECT_THAT(response.body, HasSubstr("<h1>")) << unknown;
  }
  EXPECT_EQ(browser.post("/uutiskirje/peru/x", {{"List-Unsubscribe", "One-Click"}}, false).status,
            404);
}

TEST_F(NewsletterPagesTest, TheSameAnswerForAKnownAddressAndNoSecondMailOnceConfirmed) {
  TestBrowser browser(router_);
  subscribe(browser, "maija@kunta.fi");
  browser.post(test_support::link_path(mail("maija@kunta.fi")[0], "/uutiskirje/vahvista/"), {});
  ASSERT_EQ(subscriber("maija@kunta.fi")->state, SubscriberState::kConfirmed);
  TestBrowser stranger(router_, "198.51.100.20");
  const auto again = subscribe(stranger, "MAIJA@kunta.fi", {{"topics", "networks"}});
  EXPECT_EQ(again.status, 303);
  EXPECT_EQ(again.headers.get("Location"), "/uutiskirje/kiitos");
  EXPECT_EQ(mail("maija@kunta.fi").size(), 2U) << "the confirmation and the welcome only";
  EXPECT_EQ(subscriber("maija@kunta.fi")->topics, (std::vector<std::string>{"news", "events"}));
}

TEST_F(NewsletterPagesTest, ErrorsBesideTheFieldsKeepTheTextAndCsrfIsRequired) {
  TestBrowser browser(router_);
  const auto page = subscribe(browser, "ei-osoite",
                              {{"name", "Maija <b>"}, {"language", "de"}, {"topics", "sports"}});
  EXPECT_EQ(page.status, 422);
  EXPECT_THAT(page.body, HasSubstr("href=\"#newsletter-email\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"#newsletter-language\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"#newsletter-topics\""));
  EXPECT_THAT(page.body, HasSubstr("value=\"ei-osoite\""));
  EXPECT_THAT(page.body, HasSubstr("value=\"Maija &lt;b&gt;\""));
  EXPECT_FALSE(subscriber("ei-osoite"));

  (void)browser.get("/uutiskirje");
  const auto forged =
      browser.post("/uutiskirje", {{"email", "maija@kunta.fi"}, {"topics", "news"}}, false);
  EXPECT_EQ(forged.status, 403);
  EXPECT_THAT(forged.body, HasSubstr("value=\"maija@kunta.fi\""));
  EXPECT_EQ(subscribe(browser, "botti@kunta.fi", {{"website", "http://spam"}}).status, 303);
  EXPECT_FALSE(subscriber("maija@kunta.fi"));
  EXPECT_FALSE(subscriber("botti@kunta.fi")) << "the honeypot";
  EXPECT_TRUE(mail("maija@kunta.fi").empty());
}

TEST_F(NewsletterPagesTest, TheManagePageChangesTopicsAndLanguage) {
  TestBrowser browser(router_);
  subscribe(browser, "maija@kunta.fi");
  const std::string manage =
      test_support::link_path(mail("maija@kunta.fi")[0], "/uutiskirje/tilaus/");
  TestBrowser later(router_, "198.51.100.30");  // the link opened elsewhere, no session
  const auto page = later.get(manage);
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("m***@kunta.fi"));
  EXPECT_THAT(page.body, Not(HasSubstr("maija@kunta.fi")));
  EXPECT_THAT(page.body, HasSubstr("value=\"events\" checked"));
  const auto empty = later.post(manage, {{"language", "fi"}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_THAT(empty.body, HasSubstr("href=\"#manage-topics\""));
  EXPECT_EQ(later.post(manage, {{"language", "sv"}, {"topics", "networks"}}, false).status, 403);
  const auto saved = later.post(manage, {{"language", "sv"}, {"topics", "networks"}});
  EXPECT_EQ(saved.status, 200);
  EXPECT_THAT(saved.body, HasSubstr("Muutokset on tallennettu"));
  const auto changed = subscriber("maija@kunta.fi");
  EXPECT_EQ(changed->topics, (std::vector<std::string>{"networks"}));
  EXPECT_EQ(changed->language, "sv");

  // The privacy export shows the subscription; the erasure deletes it.
  EXPECT_THAT(
      personal_data_json("maija@kunta.fi", site_.store().privacy().find_by_email("maija@kunta.fi")),
      HasSubstr("\"newsletter\":{\"email\":\"maija@kunta.fi\""));
  EXPECT_TRUE(site_.store()
                  .privacy()
                  .erase_by_email("maija@kunta.fi", store::utc_now())
                  .subscriber_removed);
  EXPECT_EQ(later.get(manage).status, 404);
}

TEST_F(NewsletterPagesTest, AConfirmationLinkOlderThanAWeekIsRefused) {
  const auto then = store::utc_now() - kConfirmLinkLifetime - std::chrono::hours(1);
  const store::SubscriptionRequest request{{"vanha@kunta.fi", "", "", "fi", {"news"}},
                                           {then, "v", ""},
                                           auth::token_digest("vanha"),
                                           auth::token_digest("hallinta")};
  ASSERT_TRUE(site_.store().subscribers().subscribe(request, {}, then).step.applies);
  TestBrowser browser(router_);
  EXPECT_EQ(browser.get("/uutiskirje/vahvista/vanha").status, 200);
  const auto refused = browser.post("/uutiskirje/vahvista/vanha", {});
  EXPECT_EQ(refused.status, 410);
  EXPECT_THAT(refused.body, HasSubstr("Linkki on vanhentunut"));
  EXPECT_EQ(subscriber("vanha@kunta.fi")->state, SubscriberState::kPending);
}

TEST_F(NewsletterPagesTest, TheMailComesInTheChosenLanguage) {
  TestBrowser browser(router_);
  const auto sent = subscribe(browser, "anna@kommun.fi", {{"language", "sv"}}, "/sv/uutiskirje");
  EXPECT_EQ(sent.headers.get("Location"), "/sv/uutiskirje/kiitos");
  const std::string message = test_support::decode_quoted_printable(mail("anna@kommun.fi")[0]);
  EXPECT_THAT(message, HasSubstr("Bekräfta prenumerationen"));
  EXPECT_THAT(message, HasSubstr("https://tori.example.fi/sv/uutiskirje/vahvista/"));
}

}  // namespace
}  // namespace tori::web
