// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the account pages through their routes, on a real SQLite store and the product's
// templates: sign-up → mail → verify → log in, the answers that never tell whether an address
// has an account, CSRF, session fixation, rate limits, reset links (single use, expiry), the
// second factor, my account (data download, password change, deletion) and logging out.
#include "tori/web/account/account_pages.hpp"

#include <gtest/gtest.h>

#include "tori/auth/token.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;

using test_support::kPassword;

class AccountPagesTest : public ::testing::Test {
 protected:
  AccountPagesTest() { add_account_routes(router_, site_.services()); }

  // Signs up `email` and returns the verification link's path.
  std::string sign_up(TestBrowser& browser, const std::string& email) {
    browser.get("/rekisteroidy");
    const auto response =
        browser.post("/rekisteroidy", {{"email", email},
                                       {"name", "Maija Meikäläinen"},
                                       {"password", std::string(kPassword)},
                                       {"password_again", std::string(kPassword)}});
    EXPECT_EQ(response.status, 303);
    EXPECT_EQ(response.headers.get("Location"), "/rekisteroidy/tarkista");
    const auto mail = test_support::mail_to(site_.store(), email);
    return mail.empty() ? "" : test_support::link_path(mail.back(), "/vahvista/");
  }

  // Signs up, verifies and logs in `email`.
  void signed_in(TestBrowser& browser, const std::string& email) {
    const std::string link = sign_up(browser, email);
    browser.get(link);
    ASSERT_EQ(browser.post(link, {}).status, 303);
    browser.get("/kirjaudu");
    ASSERT_EQ(log_in(browser, email, std::string(kPassword)).status, 303);
  }

  http::Response log_in(TestBrowser& browser, const std::string& email,
                        const std::string& password) {
    return browser.post("/kirjaudu", {{"email", email}, {"password", password}});
  }

  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(AccountPagesTest, SignUpVerifyAndLogIn) {
  TestBrowser browser(router_);
  const std::string link = sign_up(browser, "maija@example.fi");
  ASSERT_FALSE(link.empty());
  // Not verified yet: logging in refuses and sends the link again.
  browser.get("/kirjaudu");
  EXPECT_EQ(log_in(browser, "maija@example.fi", std::string(kPassword)).status, 422);
  EXPECT_EQ(test_support::mail_to(site_.store(), "maija@example.fi").size(), 2U);
  // The link opens a page with a button; only the POST verifies.
  const auto page = browser.get(link);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("method=\"post\""), std::string::npos);
  EXPECT_FALSE(site_.store().accounts().find_by_email("maija@example.fi")->email_verified_at);
  EXPECT_EQ(browser.post(link, {}, false).status, 403);  // no CSRF token
  const auto verified = browser.post(link, {});
  EXPECT_EQ(verified.status, 303);
  EXPECT_EQ(verified.headers.get("Location"), "/kirjaudu?vahvistettu=1");
  EXPECT_EQ(browser.get(link).status, 410);  // used
  browser.get("/kirjaudu");
  const auto login = log_in(browser, "MAIJA@example.fi", std::string(kPassword));
  EXPECT_EQ(login.status, 303);
  EXPECT_EQ(login.headers.get("Location"), "/omat-tiedot");
  const std::string set_cookie = std::string(*login.headers.get("Set-Cookie"));
  EXPECT_NE(set_cookie.find("tori_session="), std::string::npos);
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(set_cookie.find("SameSite=Lax"), std::string::npos);
  const auto mine = browser.get("/omat-tiedot");
  EXPECT_EQ(mine.status, 200);
  EXPECT_NE(mine.body.find("maija@example.fi"), std::string::npos);
  EXPECT_EQ(mine.headers.get("Cache-Control"), "no-store");
}

TEST_F(AccountPagesTest, SignUpWithATakenAddressLooksTheSameAndMailsTheOwner) {
  TestBrowser first(router_);
  sign_up(first, "maija@example.fi");
  TestBrowser second(router_, "198.51.100.9");
  second.get("/rekisteroidy");
  const auto again = second.post("/rekisteroidy", {{"email", "Maija@Example.fi"},
                                                   {"name", "Joku muu"},
                                                   {"password", "toinen salasana 123"},
                                                   {"password_again", "toinen salasana 123"}});
  EXPECT_EQ(again.status, 303);
  EXPECT_EQ(again.headers.get("Location"), "/rekisteroidy/tarkista");
  const auto mail = test_support::mail_to(site_.store(), "maija@example.fi");
  ASSERT_EQ(mail.size(), 1U);  // the second went to "Maija@Example.fi" as typed
  const auto notice = test_support::mail_to(site_.store(), "Maija@Example.fi");
  ASSERT_EQ(notice.size(), 1U);
  EXPECT_NE(test_support::link_path(notice[0], "/salasana"), "");
  EXPECT_EQ(site_.store().accounts().find_by_email("maija@example.fi")->name, "Maija Meikäläinen");
}

TEST_F(AccountPagesTest, ErrorsAreShownBesideTheFieldsWithTheTextKept) {
  TestBrowser browser(router_);
  browser.get("/rekisteroidy");
  const auto response = browser.post("/rekisteroidy", {{"email", "maija@<script>"},
                                                       {"name", "<b>Maija</b>"},
                                                       {"password", "lyhyt"},
                                                       {"password_again", "lyhyt"}});
  EXPECT_EQ(response.status, 422);
  EXPECT_NE(response.body.find("class=\"error-summary\""), std::string::npos);
  EXPECT_NE(response.body.find("href=\"#signup-email\""), std::string::npos);
  EXPECT_NE(response.body.find("href=\"#signup-password\""), std::string::npos);
  EXPECT_NE(response.body.find("id=\"signup-email-error\""), std::string::npos);
  EXPECT_NE(response.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_NE(response.body.find("value=\"maija@&lt;script&gt;\""), std::string::npos);
  EXPECT_NE(response.body.find("value=\"&lt;b&gt;Maija&lt;/b&gt;\""), std::string::npos);
  EXPECT_EQ(response.body.find("lyhyt"), std::string::npos);  // passwords never echoed
  EXPECT_EQ(site_.store().outbox().counts().pending, 0);
}

TEST_F(AccountPagesTest, FormsWithoutTheCsrfTokenChangeNothing) {
  TestBrowser browser(router_);
  browser.get("/rekisteroidy");
  const auto response = browser.post("/rekisteroidy",
                                     {{"email", "maija@example.fi"},
                                      {"password", std::string(kPassword)},
                                      {"password_again", std::string(kPassword)},
                                      {"csrf", "forged"}},
                                     false);
  EXPECT_EQ(response.status, 403);
  EXPECT_FALSE(site_.store().accounts().find_by_email("maija@example.fi"));
  TestBrowser fresh(router_);  // no form cookie at all
  EXPECT_EQ(fresh.post("/salasana", {{"email", "maija@example.fi"}}, false).status, 403);
}

TEST_F(AccountPagesTest, SessionIdIsNeverOneTheBrowserBrought) {
  TestBrowser browser(router_);
  const std::string planted = auth::new_token();
  browser.set_cookie("tori_session", planted);
  signed_in(browser, "maija@example.fi");
  EXPECT_NE(browser.cookie("tori_session"), planted);
  EXPECT_FALSE(site_.store().accounts().find_session(auth::token_digest(planted)));
  // Logging in again replaces the session.
  const std::string first = browser.cookie("tori_session");
  browser.get("/kirjaudu");
  ASSERT_EQ(log_in(browser, "maija@example.fi", std::string(kPassword)).status, 303);
  EXPECT_NE(browser.cookie("tori_session"), first);
  EXPECT_FALSE(site_.store().accounts().find_session(auth::token_digest(first)));
}

TEST_F(AccountPagesTest, LoginRateLimitIsHitPerAddressAndPerClient) {
  site_.account_settings().limits.login_per_account = {3, std::chrono::minutes(15)};
  TestBrowser browser(router_);
  browser.get("/kirjaudu");
  for (int attempt = 0; attempt < 3; ++attempt) {
    EXPECT_EQ(log_in(browser, "maija@example.fi", "väärin väärin").status, 422);
  }
  const auto limited = log_in(browser, "maija@example.fi", "väärin väärin");
  EXPECT_EQ(limited.status, 429);
  EXPECT_NE(limited.body.find("Liian monta yritystä"), std::string::npos);
  EXPECT_EQ(log_in(browser, "pekka@example.fi", "väärin väärin").status, 422);  // other address
}

TEST_F(AccountPagesTest, ResetLinksWorkOnceAndNeverTellWhoHasAnAccount) {
  TestBrowser browser(router_);
  signed_in(browser, "maija@example.fi");
  TestBrowser other(router_, "198.51.100.9");
  other.get("/salasana");
  const auto unknown = other.post("/salasana", {{"email", "nobody@example.fi"}});
  const auto known = other.post("/salasana", {{"email", "maija@example.fi"}});
  EXPECT_EQ(unknown.status, 303);
  EXPECT_EQ(unknown.headers.get("Location"), known.headers.get("Location"));
  EXPECT_TRUE(test_support::mail_to(site_.store(), "nobody@example.fi").empty());
  const auto mail = test_support::mail_to(site_.store(), "maija@example.fi");
  const std::string link = test_support::link_path(mail.back(), "/salasana/");
  ASSERT_FALSE(link.empty());
  EXPECT_EQ(other.get(link).status, 200);
  EXPECT_EQ(other.post(link, {{"password", "uusi"}, {"password_again", "uusi"}}).status, 422);
  const auto reset = other.post(
      link, {{"password", "uusi salasana 2026"}, {"password_again", "uusi salasana 2026"}});
  EXPECT_EQ(reset.status, 303);
  EXPECT_EQ(reset.headers.get("Location"), "/kirjaudu?salasana=1");
  EXPECT_EQ(other.get(link).status, 410);
  EXPECT_EQ(browser.get("/omat-tiedot").status, 303);  // the old session ended
  other.get("/kirjaudu");
  EXPECT_EQ(log_in(other, "maija@example.fi", std::string(kPassword)).status, 422);
  EXPECT_EQ(log_in(other, "maija@example.fi", "uusi salasana 2026").status, 303);
}

TEST_F(AccountPagesTest, ExpiredResetLinkIsRefused) {
  TestBrowser browser(router_);
  signed_in(browser, "maija@example.fi");
  const auto id = site_.store().accounts().find_by_email("maija@example.fi")->id;
  const std::string token = auth::new_token();
  const auto past = store::utc_now() - std::chrono::hours(2);
  site_.store().accounts().add_token(
      id, {auth::token_digest(token), store::TokenPurpose::kResetPassword, past, ""}, {}, past);
  EXPECT_EQ(browser.get("/salasana/" + token).status, 410);
}

TEST_F(AccountPagesTest, SecondFactorTurnsAHalfSessionIntoAFullOne) {
  TestBrowser browser(router_);
  signed_in(browser, "maija@example.fi");
  const auto id = site_.store().accounts().find_by_email("maija@example.fi")->id;
  site_.store().accounts().enable_totp(id, "JBSWY3DPEHPK3PXP", {auth::token_digest("abcdefghjkmn")},
                                       store::utc_now());
  browser.get("/kirjaudu");
  const auto login = browser.post("/kirjaudu", {{"email", "maija@example.fi"},
                                                {"password", std::string(kPassword)},
                                                {"seuraava", "//evil.example/"}});
  EXPECT_EQ(login.status, 303);
  EXPECT_EQ(login.headers.get("Location"), "/kirjaudu/vahvistus?seuraava=%2Fomat-tiedot");
  const std::string half = browser.cookie("tori_session");
  EXPECT_EQ(browser.get("/omat-tiedot").status, 303);  // not with half a session
  browser.get("/kirjaudu/vahvistus");
  EXPECT_EQ(browser.post("/kirjaudu/vahvistus", {{"code", "000000"}}).status, 422);
  const auto done = browser.post("/kirjaudu/vahvistus",
                                 {{"code", "ABCD EFGH-JKMN"}, {"seuraava", "/omat-tiedot"}});
  EXPECT_EQ(done.status, 303);
  EXPECT_NE(browser.cookie("tori_session"), half);
  EXPECT_EQ(browser.get("/omat-tiedot").status, 200);
  EXPECT_EQ(site_.store().accounts().recovery_codes_left(id), 0);
}

TEST_F(AccountPagesTest, MyAccountDownloadsDataChangesPasswordAndDeletes) {
  TestBrowser browser(router_);
  signed_in(browser, "maija@example.fi");
  const auto data = browser.get("/omat-tiedot/tiedot.json");
  EXPECT_EQ(data.status, 200);
  EXPECT_NE(data.body.find("\"email\":\"maija@example.fi\""), std::string::npos);
  EXPECT_NE(data.body.find("\"name\":\"Maija Meikäläinen\""), std::string::npos);
  browser.get("/omat-tiedot");
  EXPECT_EQ(browser
                .post("/omat-tiedot/salasana", {{"current_password", "väärä"},
                                                {"password", "uusi salasana 1"},
                                                {"password_again", "uusi salasana 1"}})
                .status,
            422);
  EXPECT_EQ(browser
                .post("/omat-tiedot/salasana", {{"current_password", std::string(kPassword)},
                                                {"password", "uusi salasana 1"},
                                                {"password_again", "uusi salasana 1"}})
                .status,
            303);
  EXPECT_EQ(browser.get("/omat-tiedot").status, 200);  // this session stays
  EXPECT_EQ(browser.post("/omat-tiedot/poista", {{"delete_password", "väärä"}}).status, 422);
  const auto deleted =
      browser.post("/omat-tiedot/poista", {{"delete_password", "uusi salasana 1"}});
  EXPECT_EQ(deleted.status, 303);
  EXPECT_EQ(deleted.headers.get("Location"), "/tili-poistettu");
  EXPECT_FALSE(site_.store().accounts().find_by_email("maija@example.fi"));
  EXPECT_EQ(browser.get("/omat-tiedot").status, 303);
}

TEST_F(AccountPagesTest, LogoutEndsTheSession) {
  TestBrowser browser(router_);
  signed_in(browser, "maija@example.fi");
  const std::string session = browser.cookie("tori_session");
  browser.get("/omat-tiedot");
  EXPECT_EQ(browser.post("/kirjaudu/ulos", {}).status, 303);
  EXPECT_EQ(browser.cookie("tori_session"), "");
  EXPECT_FALSE(site_.store().accounts().find_session(auth::token_digest(session)));
}

TEST_F(AccountPagesTest, PagesComeInEveryLanguage) {
  TestBrowser browser(router_);
  const std::pair<std::string, std::string> pages[] = {
      {"/rekisteroidy", "Luo tunnus"},        {"/sv/rekisteroidy", "Skapa konto"},
      {"/en/rekisteroidy", "Create account"}, {"/sv/kirjaudu", "Logga in"},
      {"/en/salasana", "Forgotten password"}, {"/sv/rekisteroidy/tarkista", "Kontrollera"},
  };
  for (const auto& [path, words] : pages) {
    const auto response = browser.get(path);
    EXPECT_EQ(response.status, 200) << path;
    EXPECT_NE(response.body.find(words), std::string::npos) << path;
    EXPECT_NE(response.body.find("noindex"), std::string::npos) << path;
  }
}

}  // namespace
}  // namespace tori::web
