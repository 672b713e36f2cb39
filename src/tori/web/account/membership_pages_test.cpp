// SPDX-License-Identifier: AGPL-3.0-or-later
// Memberships through their routes: a person asks to join, the organisation's admin approves
// (mail to the person), others may not decide, editors see every request.
#include <gtest/gtest.h>

#include "tori/auth/password.hpp"
#include "tori/auth/token.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;

using test_support::kPassword;

class MembershipPagesTest : public ::testing::Test {
 protected:
  MembershipPagesTest() {
    add_account_routes(router_, site_.services());
    store::PracticeWrite seed;
    seed.input.external_id = "seed";
    seed.input.title = "Teko";
    seed.input.summary = "Yhteenveto.";
    seed.input.organisations = {"Kontiolahden kunta"};
    seed.input.sections[0] = "Lähtökohta.";
    (void)site_.store().practices().save(seed);
    organisation_ = site_.store().organisations().find_by_slug("kontiolahden-kunta")->id;
    admin_ = account("admin@example.fi");
    site_.store().memberships().request(admin_, organisation_, "", store::utc_now());
    site_.store().memberships().decide(admin_, organisation_, true, {}, store::utc_now());
    site_.store().memberships().set_role(admin_, organisation_, core::MembershipRole::kAdmin, {},
                                         store::utc_now());
    maija_ = account("maija@example.fi");
  }
  std::int64_t account(const std::string& email) {
    return *site_.store().accounts().create(
        {.email = email,
         .name = "",
         .password_hash = auth::hash_password(kPassword, auth::PasswordCost::minimum()),
         .email_verified = true},
        std::nullopt, {}, store::utc_now());
  }
  void log_in(TestBrowser& browser, const std::string& email) {
    browser.get("/kirjaudu");
    ASSERT_EQ(
        browser.post("/kirjaudu", {{"email", email}, {"password", std::string(kPassword)}}).status,
        303);
  }
  test_support::TestSite site_;
  http::Router router_;
  std::int64_t organisation_ = 0, admin_ = 0, maija_ = 0;
};

TEST_F(MembershipPagesTest, AskApproveAndMail) {
  TestBrowser maija(router_);
  log_in(maija, "maija@example.fi");
  maija.get("/omat-tiedot/organisaatiot");
  const auto asked = maija.post("/omat-tiedot/organisaatiot",
                                {{"organisation", "kontiolahden-kunta"}, {"message", "HR"}});
  EXPECT_EQ(asked.status, 303);
  EXPECT_EQ(
      maija.post("/omat-tiedot/organisaatiot", {{"organisation", "kontiolahden-kunta"}}).status,
      422);  // already pending
  EXPECT_EQ(maija.post("/omat-tiedot/organisaatiot", {{"organisation", "ei-ole"}}).status, 422);
  // Maija may not approve herself.
  EXPECT_EQ(maija
                .post("/omat-tiedot/organisaatiot/paatos", {{"account", std::to_string(maija_)},
                                                            {"organisation", "kontiolahden-kunta"},
                                                            {"decision", "approve"}})
                .status,
            403);
  TestBrowser admin(router_, "198.51.100.40");
  log_in(admin, "admin@example.fi");
  const auto page = admin.get("/omat-tiedot/organisaatiot");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("maija@example.fi"), std::string::npos);
  EXPECT_EQ(admin
                .post("/omat-tiedot/organisaatiot/paatos", {{"account", std::to_string(maija_)},
                                                            {"organisation", "kontiolahden-kunta"},
                                                            {"decision", "approve"},
                                                            {"back", "/omat-tiedot/organisaatiot"}})
                .status,
            303);
  EXPECT_TRUE(core::is_member(site_.store().memberships().of_account(maija_), organisation_));
  EXPECT_EQ(test_support::mail_to(site_.store(), "maija@example.fi").size(), 1U);
  EXPECT_EQ(site_.store().audit_log().newest(1, 0)[0].action, "membership.approve");
}

TEST_F(MembershipPagesTest, EditorsSeeEveryRequestOthersDoNot) {
  site_.store().memberships().request(maija_, organisation_, "", store::utc_now());
  TestBrowser maija(router_);
  log_in(maija, "maija@example.fi");
  EXPECT_EQ(maija.get("/toimitus/jasenyydet").status, 403);
  const auto editor = account("eeva@example.fi");
  site_.store().accounts().set_roles(editor, {core::Role::kEditor}, store::utc_now());
  site_.store().accounts().enable_totp(editor, "JBSWY3DPEHPK3PXP",
                                       {auth::token_digest("abcdefghjkmn")}, store::utc_now());
  TestBrowser eeva(router_, "198.51.100.41");
  log_in(eeva, "eeva@example.fi");
  eeva.get("/kirjaudu/vahvistus");
  ASSERT_EQ(eeva.post("/kirjaudu/vahvistus", {{"code", "abcdefghjkmn"}}).status, 303);
  const auto requests = eeva.get("/toimitus/jasenyydet");
  ASSERT_EQ(requests.status, 200);
  EXPECT_NE(requests.body.find("maija@example.fi"), std::string::npos);
}

}  // namespace
}  // namespace tori::web
