// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the MembershipStore through the Store interface: requests, decisions with their
// audit entries, roles, leaving, and the lists of members and pending requests.
#include "tori/store/membership_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;

using test_support::kNow;

constexpr std::string_view kInsertOrganisation =
    "INSERT INTO organisations (slug, name, name_key, type, created_at)"
    " VALUES (?1, ?2, ?1, 'city', '2026-01-01T00:00:00.000Z') RETURNING id";

class MembershipStoreTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped()) return;
    tampere_ = organisation("tampere", "Tampereen kaupunki");
    espoo_ = organisation("espoo", "Espoon kaupunki");
    maija_ = *store_->accounts().create({.email = "maija@example.fi", .name = "Maija"},
                                        std::nullopt, {}, kNow);
    pekka_ = *store_->accounts().create({.email = "pekka@example.fi", .name = "Pekka"},
                                        std::nullopt, {}, kNow);
  }
  std::int64_t organisation(std::string_view slug, std::string_view name) {
    sqlite::Lease connection = store_->database().acquire();
    sqlite::Statement insert = connection->prepare(kInsertOrganisation);
    insert.bind_text(1, slug).bind_text(2, name);
    EXPECT_TRUE(insert.step());
    return insert.column_int64(0);
  }
  AuditEntry audit(std::string action) {
    return {.actor_account_id = pekka_,
            .actor = "pekka@example.fi",
            .action = std::move(action),
            .object_type = "membership",
            .object_id = std::to_string(maija_)};
  }
  MembershipStore& memberships() { return store_->memberships(); }
  std::int64_t tampere_ = 0, espoo_ = 0, maija_ = 0, pekka_ = 0;
};
INSTANTIATE_BACKENDS(MembershipStoreTest);

TEST_P(MembershipStoreTest, RequestThenApproveMakesAMember) {
  EXPECT_EQ(memberships().request(maija_, tampere_, "HR", kNow),
            MembershipRequestOutcome::kRequested);
  EXPECT_EQ(memberships().request(maija_, tampere_, "HR", kNow),
            MembershipRequestOutcome::kAlreadyPending);
  EXPECT_EQ(memberships().request(maija_, 999, "", kNow),
            MembershipRequestOutcome::kNoOrganisation);
  const auto pending = memberships().pending({tampere_});
  ASSERT_EQ(pending.size(), 1U);
  EXPECT_EQ(pending[0].email, "maija@example.fi");
  EXPECT_EQ(pending[0].membership.organisation_name, "Tampereen kaupunki");
  EXPECT_EQ(pending[0].membership.message, "HR");
  EXPECT_TRUE(memberships().pending({espoo_}).empty());
  EXPECT_EQ(memberships().pending({}).size(), 1U);
  EXPECT_TRUE(memberships().decide(maija_, tampere_, true, audit("membership.approve"), kNow));
  EXPECT_FALSE(memberships().decide(maija_, tampere_, true, audit("membership.approve"), kNow));
  EXPECT_TRUE(core::is_member(memberships().of_account(maija_), tampere_));
  EXPECT_EQ(memberships().request(maija_, tampere_, "", kNow),
            MembershipRequestOutcome::kAlreadyMember);
  EXPECT_EQ(memberships().members(tampere_).size(), 1U);
  const auto log = store_->audit_log().newest(10, 0);
  ASSERT_EQ(log.size(), 1U);
  EXPECT_EQ(log[0].action, "membership.approve");
}

TEST_P(MembershipStoreTest, DeclinedMayAskAgain) {
  memberships().request(maija_, espoo_, "", kNow);
  EXPECT_TRUE(memberships().decide(maija_, espoo_, false, audit("membership.decline"), kNow));
  const auto mine = memberships().of_account(maija_);
  ASSERT_EQ(mine.size(), 1U);
  EXPECT_EQ(mine[0].state, core::MembershipState::kDeclined);
  EXPECT_FALSE(core::is_member(mine, espoo_));
  EXPECT_EQ(memberships().request(maija_, espoo_, "uudestaan", kNow + 1h),
            MembershipRequestOutcome::kRequested);
  EXPECT_EQ(memberships().of_account(maija_)[0].state, core::MembershipState::kPending);
}

TEST_P(MembershipStoreTest, RolesAndLeaving) {
  memberships().request(maija_, tampere_, "", kNow);
  memberships().request(maija_, espoo_, "", kNow);
  EXPECT_FALSE(memberships().set_role(maija_, tampere_, core::MembershipRole::kAdmin,
                                      audit("membership.role"), kNow));  // not approved yet
  ASSERT_TRUE(memberships().decide(maija_, tampere_, true, audit("membership.approve"), kNow));
  EXPECT_TRUE(memberships().set_role(maija_, tampere_, core::MembershipRole::kAdmin,
                                     audit("membership.role"), kNow));
  const auto mine = memberships().of_account(maija_);
  ASSERT_EQ(mine.size(), 2U);
  EXPECT_EQ(mine[0].organisation_name, "Espoon kaupunki");  // Finnish order
  EXPECT_TRUE(core::is_organisation_admin(mine, tampere_));
  EXPECT_TRUE(memberships().remove(maija_, tampere_, audit("membership.remove"), kNow));
  EXPECT_FALSE(memberships().remove(maija_, tampere_, audit("membership.remove"), kNow));
  EXPECT_FALSE(core::is_member(memberships().of_account(maija_), tampere_));
  store_->accounts().remove(maija_);
  EXPECT_TRUE(memberships().pending({}).empty());
}

}  // namespace
}  // namespace tori::store
