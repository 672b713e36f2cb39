// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the AccountStore through the Store interface (a real SQLite file per test): accounts
// and their unique addresses, tokens (single use, expiry, purpose), sessions, two-factor steps
// and recovery codes, and mail queued in the same transaction as the action.
#include "tori/store/account_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;

using test_support::kNow;

class AccountStoreTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped()) return;
  }
  AccountStore& accounts() { return store_->accounts(); }
  std::int64_t create(std::string email, std::optional<TokenGrant> grant = {},
                      std::vector<OutgoingMail> mail = {}) {
    NewAccount account{.email = std::move(email), .name = "Maija", .password_hash = "hash"};
    auto id = accounts().create(account, grant, mail, kNow);
    EXPECT_TRUE(id.has_value());
    return id.value_or(0);
  }
};
INSTANTIATE_BACKENDS(AccountStoreTest);

TEST_P(AccountStoreTest, CreateAndFindIgnoringCaseAndSpace) {
  NewAccount account{.email = " Maija.M@Example.fi ",
                     .name = "Maija M",
                     .language = core::ContentLanguage::kSv,
                     .password_hash = "h",
                     .roles = {core::Role::kAdmin, core::Role::kEditor, core::Role::kAdmin}};
  const auto id = accounts().create(account, std::nullopt, {}, kNow);
  ASSERT_TRUE(id);
  const auto found = accounts().find_by_email("maija.m@EXAMPLE.fi");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, *id);
  EXPECT_EQ(found->email, "Maija.M@Example.fi");
  EXPECT_EQ(found->name, "Maija M");
  EXPECT_EQ(found->language, core::ContentLanguage::kSv);
  EXPECT_EQ(found->roles, (std::vector{core::Role::kEditor, core::Role::kAdmin}));
  EXPECT_TRUE(found->password_set);
  EXPECT_FALSE(found->email_verified_at);
  EXPECT_FALSE(found->totp_enabled);
  EXPECT_EQ(accounts().password_hash(*id), "h");
  EXPECT_FALSE(accounts().find_by_email("other@example.fi"));
  EXPECT_FALSE(accounts().find(*id + 1));
}

TEST_P(AccountStoreTest, SecondAccountForAnAddressWritesNothing) {
  create("maija@example.fi");
  const OutgoingMail mail{"maija@example.fi", "Subject: x\r\n\r\nx\r\n"};
  const TokenGrant grant{"digest-2", TokenPurpose::kVerifyEmail, kNow + 24h, ""};
  EXPECT_FALSE(accounts().create({.email = "MAIJA@example.fi"}, grant, {mail}, kNow));
  EXPECT_EQ(store_->outbox().counts().pending, 0);
  EXPECT_FALSE(accounts().peek_token("digest-2", TokenPurpose::kVerifyEmail, kNow));
}

TEST_P(AccountStoreTest, SignUpQueuesItsMailInTheSameTransaction) {
  const OutgoingMail mail{"maija@example.fi", "Subject: Vahvista\r\n\r\nx\r\n"};
  const TokenGrant grant{"verify-1", TokenPurpose::kVerifyEmail, kNow + 24h, ""};
  const std::int64_t id = create("maija@example.fi", grant, {mail});
  EXPECT_EQ(store_->outbox().counts().pending, 1);
  EXPECT_EQ(store_->outbox().count_since("MAIJA@example.fi", kNow), 1);
  EXPECT_EQ(accounts().peek_token("verify-1", TokenPurpose::kVerifyEmail, kNow)->account_id, id);
}

TEST_P(AccountStoreTest, VerificationTokenWorksOnceAndNotAfterExpiry) {
  const std::int64_t id =
      create("maija@example.fi", TokenGrant{"v", TokenPurpose::kVerifyEmail, kNow + 1h, ""});
  accounts().add_token(id, {"late", TokenPurpose::kVerifyEmail, kNow + 1h, ""}, {}, kNow);
  EXPECT_FALSE(accounts().verify_email("late", kNow + 1h));  // expired at that moment
  EXPECT_FALSE(accounts().verify_email("unknown", kNow));
  EXPECT_FALSE(accounts().peek_token("v", TokenPurpose::kResetPassword, kNow));  // purpose
  EXPECT_EQ(accounts().verify_email("v", kNow + 1min), id);
  EXPECT_FALSE(accounts().verify_email("v", kNow + 2min));  // single use
  EXPECT_TRUE(accounts().find(id)->email_verified_at);
}

TEST_P(AccountStoreTest, ResetSetsThePasswordEndsSessionsAndOtherResetLinks) {
  const std::int64_t id = create("maija@example.fi");
  accounts().create_session("s1", id, true, kNow);
  accounts().add_token(id, {"r1", TokenPurpose::kResetPassword, kNow + 1h, ""}, {}, kNow);
  accounts().add_token(id, {"r2", TokenPurpose::kResetPassword, kNow + 1h, ""}, {}, kNow);
  EXPECT_EQ(accounts().reset_password("r2", "new-hash", kNow + 1min), id);
  EXPECT_EQ(accounts().password_hash(id), "new-hash");
  EXPECT_FALSE(accounts().find_session("s1"));
  EXPECT_TRUE(accounts().find(id)->email_verified_at);  // the link came by mail
  EXPECT_FALSE(accounts().reset_password("r1", "other", kNow + 2min));
  EXPECT_FALSE(accounts().reset_password("r2", "other", kNow + 2min));
  EXPECT_EQ(accounts().password_hash(id), "new-hash");
}

TEST_P(AccountStoreTest, ChangeOfAddressNeedsTheTokenAndAFreeAddress) {
  const std::int64_t id = create("maija@example.fi");
  create("pekka@example.fi");
  accounts().add_token(id, {"c1", TokenPurpose::kChangeEmail, kNow + 1h, "Pekka@example.fi"}, {},
                       kNow);
  EXPECT_EQ(accounts().change_email("c1", "", kNow), EmailChange::kAddressTaken);
  accounts().add_token(id, {"c2", TokenPurpose::kChangeEmail, kNow + 1h, "maija@kunta.fi"}, {},
                       kNow);
  accounts().create_session("here", id, true, kNow);
  accounts().create_session("elsewhere", id, true, kNow);
  EXPECT_EQ(accounts().change_email("c2", "here", kNow), EmailChange::kChanged);
  EXPECT_TRUE(accounts().find_session("here"));  // the confirming session stays
  EXPECT_FALSE(accounts().find_session("elsewhere"));
  EXPECT_EQ(accounts().change_email("c2", "", kNow), EmailChange::kInvalidToken);
  EXPECT_EQ(accounts().find_by_email("maija@kunta.fi")->id, id);
  EXPECT_FALSE(accounts().find_by_email("maija@example.fi"));
}

TEST_P(AccountStoreTest, SessionsAreCreatedTouchedReplacedAndPurged) {
  const std::int64_t id = create("maija@example.fi");
  accounts().create_session("pending", id, false, kNow);
  EXPECT_FALSE(accounts().find_session("pending")->second_factor_done);
  accounts().replace_session("pending", "full", true, kNow + 1min);
  EXPECT_FALSE(accounts().find_session("pending"));
  const auto session = accounts().find_session("full");
  ASSERT_TRUE(session);
  EXPECT_EQ(session->account_id, id);
  EXPECT_TRUE(session->second_factor_done);
  EXPECT_EQ(session->created_at, kNow);
  accounts().touch_session("full", kNow + 10min);
  EXPECT_EQ(accounts().find_session("full")->last_seen_at, kNow + 10min);
  accounts().create_session("old", id, true, kNow - 3h);
  EXPECT_EQ(accounts().purge_sessions(kNow - 2h, kNow - 14 * 24h), 1);
  EXPECT_TRUE(accounts().find_session("full"));
  accounts().change_password(id, "h2", "full", kNow);
  accounts().create_session("other", id, true, kNow);
  accounts().change_password(id, "h3", "full", kNow);
  EXPECT_FALSE(accounts().find_session("other"));
  EXPECT_TRUE(accounts().find_session("full"));
  accounts().delete_session("full");
  EXPECT_FALSE(accounts().find_session("full"));
}

TEST_P(AccountStoreTest, TotpStepsAreNeverAcceptedTwiceAndRecoveryCodesOnce) {
  const std::int64_t id = create("maija@example.fi");
  accounts().enable_totp(id, "JBSWY3DPEHPK3PXP", {"c1", "c2"}, kNow);
  EXPECT_TRUE(accounts().find(id)->totp_enabled);
  EXPECT_EQ(accounts().totp_secret(id), "JBSWY3DPEHPK3PXP");
  EXPECT_TRUE(accounts().claim_totp_step(id, 100));
  EXPECT_FALSE(accounts().claim_totp_step(id, 100));
  EXPECT_FALSE(accounts().claim_totp_step(id, 99));
  EXPECT_TRUE(accounts().claim_totp_step(id, 101));
  accounts().enable_totp(id, "JBSWY3DPEHPK3PXP", {"c1", "c2"}, kNow);  // new codes, same secret
  EXPECT_FALSE(accounts().claim_totp_step(id, 101));
  EXPECT_EQ(accounts().recovery_codes_left(id), 2);
  EXPECT_TRUE(accounts().use_recovery_code(id, "c1", kNow));
  EXPECT_FALSE(accounts().use_recovery_code(id, "c1", kNow));
  EXPECT_FALSE(accounts().use_recovery_code(id, "zz", kNow));
  EXPECT_EQ(accounts().recovery_codes_left(id), 1);
  accounts().disable_totp(id, kNow);
  EXPECT_FALSE(accounts().totp_secret(id));
  EXPECT_EQ(accounts().recovery_codes_left(id), 0);
}

TEST_P(AccountStoreTest, RemovingAnAccountRemovesWhatHangsOnIt) {
  const std::int64_t id = create("maija@example.fi");
  accounts().create_session("s", id, true, kNow);
  accounts().add_token(id, {"t", TokenPurpose::kResetPassword, kNow + 1h, ""}, {}, kNow);
  accounts().set_roles(id, {core::Role::kJuror}, kNow);
  EXPECT_EQ(accounts().find(id)->roles, std::vector{core::Role::kJuror});
  accounts().remove(id);
  EXPECT_FALSE(accounts().find(id));
  EXPECT_FALSE(accounts().find_session("s"));
  EXPECT_FALSE(accounts().peek_token("t", TokenPurpose::kResetPassword, kNow));
  EXPECT_TRUE(accounts().create({.email = "maija@example.fi"}, std::nullopt, {}, kNow));
}

TEST_P(AccountStoreTest, UnverifiedSignUpsArePurgedAfterTheirTime) {
  const std::int64_t old_one = create("old@example.fi");
  const std::int64_t verified =
      create("verified@example.fi", TokenGrant{"v", TokenPurpose::kVerifyEmail, kNow + 1h, ""});
  ASSERT_TRUE(accounts().verify_email("v", kNow));
  EXPECT_EQ(accounts().purge_unverified(kNow + 1s), 1);
  EXPECT_FALSE(accounts().find(old_one));
  EXPECT_TRUE(accounts().find(verified));
}

TEST_P(AccountStoreTest, AuditLogKeepsEntriesNewestFirst) {
  AuditLog& log = store_->audit_log();
  log.record({.actor = "tori user add",
              .action = "account.create",
              .object_type = "account",
              .object_id = "1"},
             kNow);
  log.record({.actor_account_id = 1,
              .actor = "maija@example.fi",
              .action = "account.role",
              .object_type = "account",
              .object_id = "2",
              .detail = R"({"role":"editor"})",
              .ip_hash = "abc"},
             kNow + 1s);
  const auto entries = log.newest(10, 0);
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(entries[0].action, "account.role");
  EXPECT_EQ(entries[0].actor_account_id, 1);
  EXPECT_EQ(entries[0].detail, R"({"role":"editor"})");
  EXPECT_EQ(entries[0].at, kNow + 1s);
  EXPECT_FALSE(entries[1].actor_account_id);
  EXPECT_EQ(log.newest(10, 1).size(), 1U);
}

}  // namespace
}  // namespace tori::store
