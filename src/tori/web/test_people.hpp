// SPDX-License-Identifier: AGPL-3.0-or-later
// For tori_web's tests only: the people of a test — verified accounts with one password,
// staff with a second factor, an organisation with approved members — and logging them in.
//
//   const auto organisation = test_support::seed_organisation(store, "Kontiolahden kunta");
//   const auto maija = test_support::add_person(store, "maija@example.fi");
//   test_support::approve_membership(store, maija, organisation);
//   ASSERT_TRUE(test_support::log_in(browser, "maija@example.fi"));
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tori/auth/password.hpp"
#include "tori/auth/token.hpp"
#include "tori/core/account.hpp"
#include "tori/store/store.hpp"
#include "tori/text/slug.hpp"
#include "tori/web/account/test_browser.hpp"

namespace tori::web::test_support {

inline constexpr std::string_view kTestPassword = "pitkä salasana 2026";
// A recovery code of every test person with a second factor.
inline constexpr std::string_view kTestRecoveryCode = "abcdefghjkmn";

// A verified account named after the address's local part, with kTestPassword; with
// `second_factor` (needed by editors, jurors and admins) a TOTP secret and kTestRecoveryCode.
inline std::int64_t add_person(store::Store& store, const std::string& email,
                               std::vector<core::Role> roles = {}, bool second_factor = false) {
  const std::int64_t id = *store.accounts().create(
      {.email = email,
       .name = email.substr(0, email.find('@')),
       .password_hash = auth::hash_password(kTestPassword, auth::PasswordCost::minimum()),
       .roles = std::move(roles),
       .email_verified = true},
      std::nullopt, {}, store::utc_now());
  if (second_factor) {
    store.accounts().enable_totp(id, "JBSWY3DPEHPK3PXP",
                                 {auth::token_digest(std::string(kTestRecoveryCode))},
                                 store::utc_now());
  }
  return id;
}

// An organisation exists once a published practice names it; its id.
inline std::int64_t seed_organisation(store::Store& store, const std::string& name) {
  store::PracticeWrite seed;
  seed.input.external_id = "seed-" + name;
  seed.input.title = "Teko: " + name;
  seed.input.summary = "Yhteenveto.";
  seed.input.organisations = {name};
  seed.input.sections[0] = "Lähtökohta.";
  const auto saved = store.practices().save(seed);
  EXPECT_TRUE(std::holds_alternative<store::WriteResult>(saved)) << name;
  return store.organisations().find_by_slug(text::slugify(name))->id;
}

inline void approve_membership(store::Store& store, std::int64_t account,
                               std::int64_t organisation) {
  store.memberships().request(account, organisation, "", store::utc_now());
  store.memberships().decide(account, organisation, true, {}, store::utc_now());
}

// Logs in with kTestPassword, answering the second factor with kTestRecoveryCode when asked.
inline ::testing::AssertionResult log_in(TestBrowser& browser, const std::string& email) {
  browser.get("/kirjaudu");
  const auto response =
      browser.post("/kirjaudu", {{"email", email}, {"password", std::string(kTestPassword)}});
  if (response.status != 303)
    return ::testing::AssertionFailure() << email << ": log-in answered " << response.status;
  if (!response.headers.get("Location")->starts_with("/kirjaudu/vahvistus"))
    return ::testing::AssertionSuccess();
  browser.get("/kirjaudu/vahvistus");
  const int status =
      browser.post("/kirjaudu/vahvistus", {{"code", std::string(kTestRecoveryCode)}}).status;
  if (status != 303)
    return ::testing::AssertionFailure() << email << ": second factor answered " << status;
  return ::testing::AssertionSuccess();
}

}  // namespace tori::web::test_support
