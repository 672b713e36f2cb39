// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of two-factor sign-in's setup (/omat-tiedot/kaksivaiheinen) and of require_staff, through
// the routes on a real SQLite store: enabling with a code computed here (liboath), the signed
// pending secret, wrong codes, recovery codes shown once and usable at login, new codes, turning
// it off (never for an editor), and the four answers of the staff gate.
#include <gtest/gtest.h>
#include <liboath/oath.h>

#include <cstdlib>
#include <ctime>
#include <regex>

#include "tori/auth/token.hpp"
#include "tori/auth/totp.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;

using test_support::kPassword;
constexpr std::string_view kSetup = "/omat-tiedot/kaksivaiheinen";

// The code an authenticator app shows for `secret` (base32) at `now` plus `offset` seconds.
std::string app_code(const std::string& secret, int offset = 0) {
  EXPECT_EQ(oath_init(), OATH_OK);
  char* key = nullptr;
  std::size_t length = 0;
  EXPECT_EQ(oath_base32_decode(secret.data(), secret.size(), &key, &length), OATH_OK);
  char code[7] = {};
  const time_t now = std::time(nullptr) + offset;
  EXPECT_EQ(oath_totp_generate(key, length, now, 30, 0, 6, code), OATH_OK);
  std::free(key);
  return code;
}

// The value of the page's input `name` ("" when absent).
std::string input_value(const std::string& body, const std::string& name) {
  const std::string needle = "name=\"" + name + "\" value=\"";
  const auto at = body.find(needle);
  if (at == std::string::npos) return "";
  const auto start = at + needle.size();
  return body.substr(start, body.find('"', start) - start);
}

// The recovery codes a page lists.
std::vector<std::string> listed_codes(const std::string& body) {
  static const std::regex code("<li><code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code></li>");
  std::vector<std::string> codes;
  for (std::sregex_iterator it(body.begin(), body.end(), code), end; it != end; ++it) {
    codes.push_back((*it)[1]);
  }
  return codes;
}

class TwoFactorPageTest : public ::testing::Test {
 protected:
  TwoFactorPageTest() {
    add_account_routes(router_, site_.services());
    add_localised(router_, site_.services(), "GET", "/testi/toimitus",
                  [](const http::Request& request, const Services& services, Language language) {
                    const Visitor visitor = identify(request, services);
                    if (auto refusal = require_staff(request, services, language, visitor,
                                                     core::Role::kEditor)) {
                      return std::move(*refusal);
                    }
                    return http::Response::text(200, "toimitus");
                  });
  }

  // Signs up, verifies and logs in `email`; returns the account's id.
  std::int64_t signed_in(TestBrowser& browser, const std::string& email) {
    browser.get("/rekisteroidy");
    browser.post("/rekisteroidy", {{"email", email},
                                   {"name", "Maija Meikäläinen"},
                                   {"password", std::string(kPassword)},
                                   {"password_again", std::string(kPassword)}});
    const auto mail = test_support::mail_to(site_.store(), email);
    const std::string link = test_support::link_path(mail.back(), "/vahvista/");
    browser.get(link);
    EXPECT_EQ(browser.post(link, {}).status, 303);
    browser.get("/kirjaudu");
    EXPECT_EQ(log_in(browser, email).status, 303);
    return site_.store().accounts().find_by_email(email)->id;
  }

  http::Response log_in(TestBrowser& browser, const std::string& email) {
    return browser.post("/kirjaudu", {{"email", email}, {"password", std::string(kPassword)}});
  }

  // Opens the setup page and confirms its secret with the app's code: the answer.
  http::Response enable(TestBrowser& browser) {
    const auto page = browser.get(std::string(kSetup));
    const std::string secret = input_value(page.body, "secret");
    enabled_secret_ = secret;
    enabled_code_ = app_code(secret);
    return browser.post(std::string(kSetup), {{"secret", secret},
                                              {"secret_tag", input_value(page.body, "secret_tag")},
                                              {"code", enabled_code_}});
  }

  void make_editor(std::int64_t id) {
    site_.store().accounts().set_roles(id, {core::Role::kEditor}, store::utc_now());
  }

  test_support::TestSite site_;
  http::Router router_;
  std::string enabled_secret_;  // and the code that turned it on
  std::string enabled_code_;
};

TEST_F(TwoFactorPageTest, NeedsSignIn) {
  TestBrowser browser(router_);
  const auto page = browser.get("/omat-tiedot/kaksivaiheinen");
  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(page.headers.get("Location"), "/kirjaudu?seuraava=%2Fomat-tiedot%2Fkaksivaiheinen");
  EXPECT_EQ(browser.get("/sv/omat-tiedot/kaksivaiheinen").headers.get("Location"),
            "/sv/kirjaudu?seuraava=%2Fsv%2Fomat-tiedot%2Fkaksivaiheinen");
}

TEST_F(TwoFactorPageTest, SetupShowsTheQrCodeTheKeyAndTheLink) {
  TestBrowser browser(router_);
  signed_in(browser, "maija@example.fi");
  const auto page = browser.get("/omat-tiedot/kaksivaiheinen");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.headers.get("Cache-Control"), "no-store");
  const std::string secret = input_value(page.body, "secret");
  ASSERT_EQ(secret.size(), 32U);
  EXPECT_NE(page.body.find("<svg"), std::string::npos);
  EXPECT_NE(page.body.find("role=\"img\" aria-labelledby=\"twofactor-qr-title\""),
            std::string::npos);
  EXPECT_NE(page.body.find("<title id=\"twofactor-qr-title\">QR-koodi"), std::string::npos);
  EXPECT_NE(page.body.find(secret.substr(0, 4) + " " + secret.substr(4, 4)), std::string::npos);
  EXPECT_NE(page.body.find("href=\"otpauth://totp/Tekojen%20tori%3Amaija%40example.fi?secret=" +
                           secret + "&amp;issuer="),
            std::string::npos);
  // Every visit makes a new secret, and none is stored before it is confirmed.
  EXPECT_EQ(browser.get("/omat-tiedot/kaksivaiheinen").body.find(secret), std::string::npos);
  EXPECT_FALSE(site_.store().accounts().totp_secret(
      site_.store().accounts().find_by_email("maija@example.fi")->id));
}

TEST_F(TwoFactorPageTest, WrongCodeIsRefusedWithTheFieldErrorAndTheSameSecret) {
  TestBrowser browser(router_);
  const auto id = signed_in(browser, "maija@example.fi");
  const auto page = browser.get("/omat-tiedot/kaksivaiheinen");
  const std::string secret = input_value(page.body, "secret");
  const auto wrong = browser.post("/omat-tiedot/kaksivaiheinen",
                                  {{"secret", secret},
                                   {"secret_tag", input_value(page.body, "secret_tag")},
                                   {"code", "12345"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_NE(wrong.body.find("class=\"error-summary\""), std::string::npos);
  EXPECT_NE(wrong.body.find("href=\"#twofactor-code\""), std::string::npos);
  EXPECT_NE(wrong.body.find("id=\"twofactor-code-error\""), std::string::npos);
  EXPECT_NE(wrong.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_EQ(input_value(wrong.body, "secret"), secret);  // no need to scan again
  EXPECT_FALSE(site_.store().accounts().find(id)->totp_enabled);
}

TEST_F(TwoFactorPageTest, TamperedSecretIsRefused) {
  TestBrowser browser(router_);
  const auto id = signed_in(browser, "maija@example.fi");
  const auto page = browser.get("/omat-tiedot/kaksivaiheinen");
  const std::string tag = input_value(page.body, "secret_tag");
  const std::string chosen = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";  // the attacker knows this one
  const auto forged =
      browser.post("/omat-tiedot/kaksivaiheinen",
                   {{"secret", chosen}, {"secret_tag", tag}, {"code", app_code(chosen)}});
  EXPECT_EQ(forged.status, 400);
  EXPECT_NE(forged.body.find("href=\"#twofactor-code\""), std::string::npos);
  EXPECT_NE(input_value(forged.body, "secret"), chosen);
  // A secret and tag from another session do not pass either.
  TestBrowser other(router_, "198.51.100.9");
  signed_in(other, "pekka@example.fi");
  const std::string secret = input_value(page.body, "secret");
  other.get("/omat-tiedot/kaksivaiheinen");
  EXPECT_EQ(other
                .post("/omat-tiedot/kaksivaiheinen",
                      {{"secret", secret}, {"secret_tag", tag}, {"code", app_code(secret)}})
                .status,
            400);
  EXPECT_FALSE(site_.store().accounts().find(id)->totp_enabled);
  EXPECT_FALSE(site_.store().accounts().find_by_email("pekka@example.fi")->totp_enabled);
}

TEST_F(TwoFactorPageTest, RecoveryCodesAreShownOnceAndWorkAtLogin) {
  TestBrowser browser(router_);
  const auto id = signed_in(browser, "maija@example.fi");
  const auto done = enable(browser);
  EXPECT_EQ(done.status, 200);
  EXPECT_EQ(done.headers.get("Cache-Control"), "no-store");
  const std::vector<std::string> codes = listed_codes(done.body);
  ASSERT_EQ(codes.size(), 10U);
  EXPECT_TRUE(site_.store().accounts().find(id)->totp_enabled);
  EXPECT_EQ(site_.store().accounts().totp_secret(id), enabled_secret_);
  EXPECT_EQ(site_.store().accounts().recovery_codes_left(id), 10);
  const auto again = browser.get("/omat-tiedot/kaksivaiheinen");
  EXPECT_EQ(again.status, 200);
  EXPECT_TRUE(listed_codes(again.body).empty());
  EXPECT_EQ(again.body.find(codes[0]), std::string::npos);
  EXPECT_NE(again.body.find("Varakoodeja on jäljellä 10 kappaletta."), std::string::npos);
  // The code that turned it on cannot be used again; a recovery code logs in.
  TestBrowser phone(router_, "198.51.100.9");
  phone.get("/kirjaudu");
  EXPECT_EQ(log_in(phone, "maija@example.fi").headers.get("Location"),
            "/kirjaudu/vahvistus?seuraava=%2Fomat-tiedot");
  phone.get("/kirjaudu/vahvistus");
  EXPECT_EQ(phone.post("/kirjaudu/vahvistus", {{"code", enabled_code_}}).status, 422);
  EXPECT_EQ(phone.post("/kirjaudu/vahvistus", {{"code", codes[3]}}).status, 303);
  EXPECT_EQ(phone.get("/omat-tiedot").status, 200);
  EXPECT_EQ(site_.store().accounts().recovery_codes_left(id), 9);
}

TEST_F(TwoFactorPageTest, CodeAttemptsAreRateLimitedPerAccount) {
  site_.account_settings().limits.login_per_account = {2, std::chrono::minutes(15)};
  TestBrowser browser(router_);
  signed_in(browser, "maija@example.fi");
  const auto page = browser.get("/omat-tiedot/kaksivaiheinen");
  test_support::Fields fields{{"secret", input_value(page.body, "secret")},
                              {"secret_tag", input_value(page.body, "secret_tag")},
                              {"code", "000000"}};
  EXPECT_EQ(browser.post("/omat-tiedot/kaksivaiheinen", fields).status, 422);
  EXPECT_EQ(browser.post("/omat-tiedot/kaksivaiheinen", fields).status, 422);
  const auto limited = browser.post("/omat-tiedot/kaksivaiheinen", fields);
  EXPECT_EQ(limited.status, 429);
  EXPECT_NE(limited.body.find("Liian monta yritystä"), std::string::npos);
}

TEST_F(TwoFactorPageTest, NewRecoveryCodesNeedThePasswordAndReplaceTheOld) {
  TestBrowser browser(router_);
  const auto id = signed_in(browser, "maija@example.fi");
  const std::vector<std::string> old_codes = listed_codes(enable(browser).body);
  browser.get("/omat-tiedot/kaksivaiheinen");
  const auto wrong = browser.post("/omat-tiedot/kaksivaiheinen/varakoodit",
                                  {{"codes_password", "väärä salasana"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_NE(wrong.body.find("id=\"twofactor-codes_password-error\""), std::string::npos);
  const auto fresh = browser.post("/omat-tiedot/kaksivaiheinen/varakoodit",
                                  {{"codes_password", std::string(kPassword)}});
  EXPECT_EQ(fresh.status, 200);
  EXPECT_EQ(fresh.headers.get("Cache-Control"), "no-store");
  const std::vector<std::string> new_codes = listed_codes(fresh.body);
  ASSERT_EQ(new_codes.size(), 10U);
  EXPECT_NE(new_codes, old_codes);
  EXPECT_FALSE(site_.store().accounts().use_recovery_code(
      id, auth::token_digest(auth::normalise_recovery_code(old_codes[0])), store::utc_now()));
  EXPECT_TRUE(site_.store().accounts().use_recovery_code(
      id, auth::token_digest(auth::normalise_recovery_code(new_codes[0])), store::utc_now()));
}

TEST_F(TwoFactorPageTest, TurningOffNeedsThePasswordAndACode) {
  TestBrowser browser(router_);
  const auto id = signed_in(browser, "maija@example.fi");
  enable(browser);
  browser.get("/omat-tiedot/kaksivaiheinen");
  const auto wrong =
      browser.post("/omat-tiedot/kaksivaiheinen/poista",
                   {{"off_password", std::string(kPassword)}, {"off_code", "000000"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_NE(wrong.body.find("href=\"#twofactor-off_code\""), std::string::npos);
  EXPECT_TRUE(site_.store().accounts().find(id)->totp_enabled);
  const auto off = browser.post(
      "/omat-tiedot/kaksivaiheinen/poista",
      {{"off_password", std::string(kPassword)}, {"off_code", app_code(enabled_secret_, 30)}});
  EXPECT_EQ(off.status, 303);
  EXPECT_EQ(off.headers.get("Location"), "/omat-tiedot/kaksivaiheinen?poistettu=1");
  EXPECT_FALSE(site_.store().accounts().find(id)->totp_enabled);
  EXPECT_NE(browser.get("/omat-tiedot/kaksivaiheinen?poistettu=1").body.find("role=\"status\""),
            std::string::npos);
}

TEST_F(TwoFactorPageTest, TurningOffIsRefusedForAnEditor) {
  TestBrowser browser(router_);
  const auto id = signed_in(browser, "maija@example.fi");
  make_editor(id);
  EXPECT_NE(browser.get("/omat-tiedot/kaksivaiheinen").body.find("Roolisi vuoksi"),
            std::string::npos);
  enable(browser);
  const auto page = browser.get("/omat-tiedot/kaksivaiheinen");
  EXPECT_EQ(page.body.find("name=\"off_password\""), std::string::npos);
  const auto refused = browser.post(
      "/omat-tiedot/kaksivaiheinen/poista",
      {{"off_password", std::string(kPassword)}, {"off_code", app_code(enabled_secret_, 30)}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.body.find("href=\"#twofactor-off\""), std::string::npos);
  EXPECT_TRUE(site_.store().accounts().find(id)->totp_enabled);
}

TEST_F(TwoFactorPageTest, FormsWithoutTheCsrfTokenChangeNothing) {
  TestBrowser browser(router_);
  const auto id = signed_in(browser, "maija@example.fi");
  const auto page = browser.get("/omat-tiedot/kaksivaiheinen");
  const std::string secret = input_value(page.body, "secret");
  EXPECT_EQ(browser
                .post("/omat-tiedot/kaksivaiheinen",
                      {{"secret", secret},
                       {"secret_tag", input_value(page.body, "secret_tag")},
                       {"code", app_code(secret)}},
                      false)
                .status,
            403);
  EXPECT_FALSE(site_.store().accounts().find(id)->totp_enabled);
}

TEST_F(TwoFactorPageTest, MyAccountLinksToTheSetupInEveryLanguage) {
  TestBrowser browser(router_);
  signed_in(browser, "maija@example.fi");
  const auto mine = browser.get("/omat-tiedot");
  EXPECT_NE(mine.body.find("href=\"/omat-tiedot/kaksivaiheinen\""), std::string::npos);
  EXPECT_NE(mine.body.find("<strong>ei käytössä</strong>"), std::string::npos);
  EXPECT_NE(browser.get("/sv/omat-tiedot/kaksivaiheinen").body.find("Tvåstegsverifiering"),
            std::string::npos);
  EXPECT_NE(browser.get("/en/omat-tiedot/kaksivaiheinen").body.find("Two-step verification"),
            std::string::npos);
  enable(browser);
  EXPECT_NE(browser.get("/omat-tiedot").body.find("<strong>käytössä</strong>"), std::string::npos);
}

using StaffTest = TwoFactorPageTest;

TEST_F(StaffTest, NotSignedInGoesToLogin) {
  TestBrowser browser(router_);
  const auto response = browser.get("/sv/testi/toimitus");
  EXPECT_EQ(response.status, 303);
  EXPECT_EQ(response.headers.get("Location"), "/sv/kirjaudu?seuraava=%2Fsv%2Ftesti%2Ftoimitus");
}

TEST_F(StaffTest, WithoutTheRoleIsForbidden) {
  TestBrowser browser(router_);
  signed_in(browser, "maija@example.fi");
  const auto response = browser.get("/testi/toimitus");
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(response.headers.get("Cache-Control"), "no-store");
}

TEST_F(StaffTest, EditorWithoutSecondFactorIsSentToSetUpOne) {
  TestBrowser browser(router_);
  make_editor(signed_in(browser, "maija@example.fi"));
  const auto response = browser.get("/testi/toimitus");
  EXPECT_EQ(response.status, 303);
  EXPECT_EQ(response.headers.get("Location"), "/omat-tiedot/kaksivaiheinen?vaaditaan=1");
  EXPECT_NE(browser.get("/omat-tiedot/kaksivaiheinen?vaaditaan=1").body.find("on pakollinen"),
            std::string::npos);
}

TEST_F(StaffTest, EditorWithSecondFactorMayGoOn) {
  TestBrowser browser(router_);
  make_editor(signed_in(browser, "maija@example.fi"));
  ASSERT_EQ(enable(browser).status, 200);
  const auto response = browser.get("/testi/toimitus");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "toimitus");
}

}  // namespace
}  // namespace tori::web
