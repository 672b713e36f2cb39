// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of changing one's e-mail address through the routes, on a real SQLite store: the form,
// the link to the new address and the notice to the old, the button the link opens, the change
// with its session ending and audit entry, and the refusals (password, address, taken, used or
// expired links, someone else's session, CSRF, rate limits).
#include <gtest/gtest.h>

#include "tori/auth/token.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;

constexpr std::string_view kLinkPrefix = "/sahkoposti/vahvista/";

class EmailChangeTest : public ::testing::Test {
 protected:
  EmailChangeTest() {
    add_account_routes(router_, site_.services());
    maija_ = test_support::add_person(site_.store(), "maija@example.fi");
  }

  // Opens the form and posts it.
  http::Response ask(TestBrowser& browser, const std::string& email,
                     std::string_view password = test_support::kTestPassword) {
    browser.get("/omat-tiedot/sahkoposti");
    return browser.post("/omat-tiedot/sahkoposti",
                        {{"email", email}, {"password", std::string(password)}});
  }

  // The path of the last change link mailed to `email`, or "".
  std::string link_to(const std::string& email) {
    const auto mail = test_support::mail_to(site_.store(), email);
    return mail.empty() ? "" : test_support::link_path(mail.back(), std::string(kLinkPrefix));
  }

  std::string address_of(std::int64_t id) { return site_.store().accounts().find(id)->email; }

  test_support::TestSite site_;
  http::Router router_;
  std::int64_t maija_ = 0;
};

TEST_F(EmailChangeTest, ChangesTheAddressThroughTheLinkToTheNewOne) {
  TestBrowser browser(router_);
  ASSERT_TRUE(test_support::log_in(browser, "maija@example.fi"));
  const auto form = browser.get("/omat-tiedot/sahkoposti");
  EXPECT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("<strong>maija@example.fi</strong>"), std::string::npos);
  EXPECT_NE(form.body.find("noindex"), std::string::npos);
  const auto asked = ask(browser, "Uusi@Example.fi ");
  EXPECT_EQ(asked.status, 303);
  EXPECT_EQ(asked.headers.get("Location"), "/omat-tiedot/sahkoposti/lahetetty");
  EXPECT_EQ(browser.get("/omat-tiedot/sahkoposti/lahetetty").status, 200);
  // The link goes to the new address; the old one is told, without a link.
  const std::string link = link_to("Uusi@Example.fi");
  ASSERT_FALSE(link.empty());
  const auto notice = test_support::mail_to(site_.store(), "maija@example.fi");
  ASSERT_EQ(notice.size(), 1U);
  const std::string notice_text = test_support::decode_quoted_printable(notice[0]);
  EXPECT_NE(notice_text.find("U***@Example.fi"), std::string::npos);
  EXPECT_EQ(notice_text.find("https://"), std::string::npos);
  // The link opens a page with a button; only the POST changes the address.
  const auto page = browser.get(link);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("method=\"post\""), std::string::npos);
  EXPECT_EQ(address_of(maija_), "maija@example.fi");
  const auto changed = browser.post(link, {});
  EXPECT_EQ(changed.status, 303);
  EXPECT_EQ(changed.headers.get("Location"), "/omat-tiedot/sahkoposti/vaihdettu");
  EXPECT_EQ(address_of(maija_), "Uusi@Example.fi");
  const auto done = browser.get("/omat-tiedot/sahkoposti/vaihdettu");
  EXPECT_NE(done.body.find("on nyt Uusi@Example.fi"), std::string::npos);
  const auto audit = site_.store().audit_log().newest(1, 0);
  ASSERT_EQ(audit.size(), 1U);
  EXPECT_EQ(audit[0].action, "account.email_change");
  EXPECT_EQ(audit[0].actor_account_id, maija_);
  // The new address logs in, the old one no longer does.
  TestBrowser other(router_, "198.51.100.9");
  EXPECT_TRUE(test_support::log_in(other, "uusi@example.fi"));
  TestBrowser third(router_, "198.51.100.10");
  EXPECT_FALSE(test_support::log_in(third, "maija@example.fi"));
}

TEST_F(EmailChangeTest, OtherSessionsEndButTheConfirmingOneStays) {
  TestBrowser phone(router_, "198.51.100.9");
  ASSERT_TRUE(test_support::log_in(phone, "maija@example.fi"));
  TestBrowser laptop(router_);
  ASSERT_TRUE(test_support::log_in(laptop, "maija@example.fi"));
  ASSERT_EQ(ask(laptop, "uusi@example.fi").status, 303);
  const std::string link = link_to("uusi@example.fi");
  laptop.get(link);
  ASSERT_EQ(laptop.post(link, {}).status, 303);
  EXPECT_EQ(laptop.get("/omat-tiedot").status, 200);
  EXPECT_EQ(phone.get("/omat-tiedot").status, 303);
}

TEST_F(EmailChangeTest, WrongPasswordKeepsTheTypedAddressAndSendsNothing) {
  TestBrowser browser(router_);
  ASSERT_TRUE(test_support::log_in(browser, "maija@example.fi"));
  const auto response = ask(browser, "uusi@example.fi", "väärä salasana");
  EXPECT_EQ(response.status, 422);
  EXPECT_NE(response.body.find("class=\"error-summary\""), std::string::npos);
  EXPECT_NE(response.body.find("href=\"#change-password\""), std::string::npos);
  EXPECT_NE(response.body.find("id=\"change-password-error\""), std::string::npos);
  EXPECT_NE(response.body.find("Nykyinen salasana on väärin."), std::string::npos);
  EXPECT_NE(response.body.find("value=\"uusi@example.fi\""), std::string::npos);
  EXPECT_EQ(response.body.find("väärä salasana"), std::string::npos);  // never echoed
  EXPECT_EQ(site_.store().outbox().counts().pending, 0);
}

TEST_F(EmailChangeTest, RefusesAnImplausibleAddressAndTheCurrentOne) {
  struct Case {
    const char* name;
    const char* typed;
    const char* message;
  };
  const Case cases[] = {
      {"not an address", "maija-at-example", "muodossa nimi@esimerkki.fi"},
      {"markup", "<b>@x", "muodossa nimi@esimerkki.fi"},
      {"empty", "", "muodossa nimi@esimerkki.fi"},
      {"the current address", " MAIJA@example.fi", "sama kuin nykyinen"},
  };
  TestBrowser browser(router_);
  ASSERT_TRUE(test_support::log_in(browser, "maija@example.fi"));
  for (const Case& row : cases) {
    SCOPED_TRACE(row.name);
    const auto response = ask(browser, row.typed);
    EXPECT_EQ(response.status, 422);
    EXPECT_NE(response.body.find(row.message), std::string::npos);
    EXPECT_NE(response.body.find("id=\"change-email-error\""), std::string::npos);
    EXPECT_NE(response.body.find("href=\"#change-email\""), std::string::npos);
  }
  EXPECT_NE(ask(browser, "<b>@x").body.find("value=\"&lt;b&gt;@x\""), std::string::npos);
  EXPECT_EQ(site_.store().outbox().counts().pending, 0);
}

TEST_F(EmailChangeTest, TakenAddressGetsTheSameAnswerAndItsOwnerIsTold) {
  test_support::add_person(site_.store(), "pekka@example.fi");
  TestBrowser browser(router_);
  ASSERT_TRUE(test_support::log_in(browser, "maija@example.fi"));
  const auto free = ask(browser, "vapaa@example.fi");
  const auto taken = ask(browser, "Pekka@example.fi");
  EXPECT_EQ(taken.status, 303);
  EXPECT_EQ(taken.headers.get("Location"), free.headers.get("Location"));
  const auto mail = test_support::mail_to(site_.store(), "Pekka@example.fi");
  ASSERT_EQ(mail.size(), 1U);
  EXPECT_EQ(test_support::link_path(mail[0], std::string(kLinkPrefix)), "");
  EXPECT_EQ(test_support::link_path(mail[0], "/salasana"), "/salasana");
  // The old address hears of both requests alike.
  EXPECT_EQ(test_support::mail_to(site_.store(), "maija@example.fi").size(), 2U);
  EXPECT_EQ(address_of(maija_), "maija@example.fi");
}

TEST_F(EmailChangeTest, AddressTakenBeforeTheLinkIsUsedIsNotChanged) {
  TestBrowser browser(router_);
  ASSERT_TRUE(test_support::log_in(browser, "maija@example.fi"));
  ASSERT_EQ(ask(browser, "uusi@example.fi").status, 303);
  const std::string link = link_to("uusi@example.fi");
  test_support::add_person(site_.store(), "uusi@example.fi");
  browser.get(link);
  const auto response = browser.post(link, {});
  EXPECT_EQ(response.status, 409);
  EXPECT_NE(response.body.find("Osoitetta ei voitu vaihtaa"), std::string::npos);
  EXPECT_EQ(address_of(maija_), "maija@example.fi");
}

TEST_F(EmailChangeTest, LinkWorksOnceAndNotAfterItExpires) {
  TestBrowser browser(router_);
  ASSERT_TRUE(test_support::log_in(browser, "maija@example.fi"));
  ASSERT_EQ(ask(browser, "uusi@example.fi").status, 303);
  const std::string link = link_to("uusi@example.fi");
  browser.get(link);
  ASSERT_EQ(browser.post(link, {}).status, 303);
  EXPECT_EQ(browser.get(link).status, 410);
  EXPECT_EQ(browser.post(link, {}).status, 410);
  const std::string token = auth::new_token();
  const auto past = store::utc_now() - std::chrono::hours(25);
  site_.store().accounts().add_token(
      maija_,
      {auth::token_digest(token), store::TokenPurpose::kChangeEmail, past, "myohassa@example.fi"},
      {}, past);
  const auto expired = browser.get(std::string(kLinkPrefix) + token);
  EXPECT_EQ(expired.status, 410);
  EXPECT_NE(expired.body.find("Linkki ei ole voimassa"), std::string::npos);
  EXPECT_EQ(browser.post(std::string(kLinkPrefix) + token, {}).status, 410);
  EXPECT_EQ(address_of(maija_), "uusi@example.fi");
}

TEST_F(EmailChangeTest, LinkActsOnlyForTheSignedInOwner) {
  TestBrowser browser(router_);
  ASSERT_TRUE(test_support::log_in(browser, "maija@example.fi"));
  ASSERT_EQ(ask(browser, "uusi@example.fi").status, 303);
  const std::string link = link_to("uusi@example.fi");
  TestBrowser stranger(router_, "198.51.100.9");
  const auto signed_out = stranger.get(link);
  EXPECT_EQ(signed_out.status, 303);
  EXPECT_TRUE(signed_out.headers.get("Location")->starts_with("/kirjaudu?seuraava=%2Fsahkoposti"));
  stranger.get("/kirjaudu");
  EXPECT_EQ(stranger.post(link, {}).status, 303);
  test_support::add_person(site_.store(), "pekka@example.fi");
  ASSERT_TRUE(test_support::log_in(stranger, "pekka@example.fi"));
  EXPECT_EQ(stranger.get(link).status, 303);
  stranger.get("/omat-tiedot");
  EXPECT_EQ(stranger.post(link, {}).status, 303);
  EXPECT_EQ(address_of(maija_), "maija@example.fi");
  // The owner on another device, once logged in, gets the button.
  TestBrowser phone(router_, "198.51.100.10");
  ASSERT_TRUE(test_support::log_in(phone, "maija@example.fi"));
  EXPECT_EQ(phone.get(link).status, 200);
}

TEST_F(EmailChangeTest, WithoutTheCsrfTokenNothingHappens) {
  TestBrowser browser(router_);
  ASSERT_TRUE(test_support::log_in(browser, "maija@example.fi"));
  browser.get("/omat-tiedot/sahkoposti");
  const auto forged = browser.post("/omat-tiedot/sahkoposti",
                                   {{"email", "uusi@example.fi"},
                                    {"password", std::string(test_support::kTestPassword)},
                                    {"csrf", "forged"}},
                                   false);
  EXPECT_EQ(forged.status, 403);
  EXPECT_NE(forged.body.find("value=\"uusi@example.fi\""), std::string::npos);
  EXPECT_EQ(site_.store().outbox().counts().pending, 0);
  ASSERT_EQ(ask(browser, "uusi@example.fi").status, 303);
  const std::string link = link_to("uusi@example.fi");
  browser.get(link);
  EXPECT_EQ(browser.post(link, {}, false).status, 403);
  EXPECT_EQ(address_of(maija_), "maija@example.fi");
}

TEST_F(EmailChangeTest, RateLimitIsHitPerAccountAndPerClient) {
  site_.account_settings().limits.login_per_account = {2, std::chrono::minutes(15)};
  site_.account_settings().limits.form_per_ip = {2, std::chrono::minutes(10)};
  TestBrowser laptop(router_);
  ASSERT_TRUE(test_support::log_in(laptop, "maija@example.fi"));
  TestBrowser phone(router_, "198.51.100.9");
  ASSERT_TRUE(test_support::log_in(phone, "maija@example.fi"));
  EXPECT_EQ(ask(laptop, "uusi@example.fi", "väärä salasana").status, 422);
  EXPECT_EQ(ask(laptop, "uusi@example.fi", "väärä salasana").status, 422);
  const auto limited = ask(phone, "uusi@example.fi");  // another client, the same account
  EXPECT_EQ(limited.status, 429);
  EXPECT_NE(limited.body.find("Liian monta yritystä"), std::string::npos);
  EXPECT_NE(limited.body.find("value=\"uusi@example.fi\""), std::string::npos);
  // Per client: another account from the laptop's address.
  test_support::add_person(site_.store(), "pekka@example.fi");
  TestBrowser desk(router_);
  ASSERT_TRUE(test_support::log_in(desk, "pekka@example.fi"));
  EXPECT_EQ(ask(desk, "toinen@example.fi").status, 429);
  EXPECT_EQ(site_.store().outbox().counts().pending, 0);
}

TEST_F(EmailChangeTest, MyAccountShowsTheAddressWithALinkToChangeIt) {
  TestBrowser browser(router_);
  EXPECT_EQ(browser.get("/omat-tiedot/sahkoposti").status, 303);  // log in first
  ASSERT_TRUE(test_support::log_in(browser, "maija@example.fi"));
  const auto mine = browser.get("/omat-tiedot");
  EXPECT_NE(mine.body.find("<strong>maija@example.fi</strong>"), std::string::npos);
  EXPECT_NE(mine.body.find("<a href=\"/omat-tiedot/sahkoposti\">Vaihda sähköpostiosoite</a>"),
            std::string::npos);
}

TEST_F(EmailChangeTest, PagesComeInSwedishAndEnglish) {
  TestBrowser browser(router_);
  ASSERT_TRUE(test_support::log_in(browser, "maija@example.fi"));
  const std::pair<std::string, std::string> pages[] = {
      {"/sv/omat-tiedot/sahkoposti", "Byt e-postadress"},
      {"/sv/omat-tiedot/sahkoposti", "action=\"/sv/omat-tiedot/sahkoposti\""},
      {"/sv/omat-tiedot", "<a href=\"/sv/omat-tiedot/sahkoposti\">Byt e-postadress</a>"},
      {"/sv/omat-tiedot/sahkoposti/lahetetty", "Kontrollera din nya e-postadress"},
      {"/en/omat-tiedot/sahkoposti", "Change your email address"},
      {"/en/omat-tiedot/sahkoposti/lahetetty", "Check your new email address"},
  };
  for (const auto& [path, words] : pages) {
    const auto response = browser.get(path);
    EXPECT_EQ(response.status, 200) << path;
    EXPECT_NE(response.body.find(words), std::string::npos) << path;
  }
  browser.get("/sv/omat-tiedot/sahkoposti");
  const auto wrong = browser.post("/sv/omat-tiedot/sahkoposti",
                                  {{"email", "uusi@example.fi"}, {"password", "fel lösenord"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_NE(wrong.body.find("Det nuvarande lösenordet är fel."), std::string::npos);
}

}  // namespace
}  // namespace tori::web
