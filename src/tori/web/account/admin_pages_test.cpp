// SPDX-License-Identifier: AGPL-3.0-or-later
// Administration through its routes: roles by address (audited; one's own admin role kept) and
// the audit log shown newest first.
#include <gtest/gtest.h>

#include "tori/auth/password.hpp"
#include "tori/auth/token.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::kPassword;

class AdminPagesTest : public ::testing::Test {
 protected:
  AdminPagesTest() {
    add_account_routes(router_, site_.services());
    admin_ = account("admin@example.fi", {core::Role::kAdmin});
    site_.store().accounts().enable_totp(admin_, "JBSWY3DPEHPK3PXP",
                                         {auth::token_digest("abcdefghjkmn")}, store::utc_now());
    maija_ = account("maija@example.fi", {});
  }
  std::int64_t account(const std::string& email, std::vector<core::Role> roles) {
    return *site_.store().accounts().create(
        {.email = email,
         .password_hash = auth::hash_password(kPassword, auth::PasswordCost::minimum()),
         .roles = std::move(roles),
         .email_verified = true},
        std::nullopt, {}, store::utc_now());
  }
  test_support::TestSite site_;
  http::Router router_;
  std::int64_t admin_ = 0, maija_ = 0;
};

TEST_F(AdminPagesTest, RolesAreGivenByAddressAndAudited) {
  test_support::TestBrowser admin(router_);
  admin.get("/kirjaudu");
  ASSERT_EQ(
      admin.post("/kirjaudu", {{"email", "admin@example.fi"}, {"password", std::string(kPassword)}})
          .status,
      303);
  admin.get("/kirjaudu/vahvistus");
  ASSERT_EQ(admin.post("/kirjaudu/vahvistus", {{"code", "abcdefghjkmn"}}).status, 303);
  admin.get("/yllapito");
  EXPECT_EQ(
      admin.post("/yllapito/roolit", {{"email", "nobody@example.fi"}, {"roles", "editor"}}).status,
      422);
  EXPECT_EQ(
      admin.post("/yllapito/roolit", {{"email", "admin@example.fi"}, {"roles", "editor"}}).status,
      422);  // would remove one's own admin role
  EXPECT_EQ(admin
                .post("/yllapito/roolit", {{"email", "MAIJA@example.fi"},
                                           {"roles", "editor"},
                                           {"roles", "juror"},
                                           {"roles", "boss"}})
                .status,
            303);
  EXPECT_EQ(site_.store().accounts().find(maija_)->roles,
            (std::vector{core::Role::kEditor, core::Role::kJuror}));
  const auto page = admin.get("/yllapito");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("account.roles"), std::string::npos);
  EXPECT_NE(page.body.find("{&quot;roles&quot;:[&quot;editor&quot;,&quot;juror&quot;]}"),
            std::string::npos);
}

}  // namespace
}  // namespace tori::web
