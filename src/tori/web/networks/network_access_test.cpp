// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of who a visitor is to a network: a member by an approved membership of a member
// organisation (not a pending one, not another organisation's), a leader by a verified address
// that is a leader's (case aside), an editor only with a second factor.
#include "tori/web/networks/network_access.hpp"

#include <gtest/gtest.h>

namespace tori::web {
namespace {

store::Network access_network() {
  store::Network network;
  network.input.leaders = {{"Timo Rinnekari", "vetäjä", "Turvaverstas Oy", "Timo@Example.fi"},
                           {"Ilman Osoitetta", "", ""}};
  network.input.members = {{"Lahden kaupunki", "Lahti", {}}};
  network.organisations = {{"lahden-kaupunki", "Lahden kaupunki"}};
  return network;
}

core::Account access_account(const char* email, bool verified, std::vector<core::Role> roles,
                             bool totp) {
  core::Account account;
  account.id = 7;
  account.email = email;
  if (verified) account.email_verified_at = core::TimePoint{};
  account.roles = std::move(roles);
  account.totp_enabled = totp;
  return account;
}

core::Membership access_membership(const char* slug, core::MembershipState state) {
  return {.account_id = 7, .organisation_id = 3, .organisation_slug = slug, .state = state};
}

TEST(NetworkAccess, WhoMayReadAndLead) {
  using core::MembershipState;
  struct Case {
    const char* name;
    std::optional<core::Account> account;
    std::vector<core::Membership> memberships;
    bool member, leader, editor;
  };
  const Case cases[] = {
      {"a visitor", std::nullopt, {}, false, false, false},
      {"a member",
       access_account("a@lahti.fi", true, {}, false),
       {access_membership("lahden-kaupunki", MembershipState::kApproved)},
       true,
       false,
       false},
      {"a pending member",
       access_account("a@lahti.fi", true, {}, false),
       {access_membership("lahden-kaupunki", MembershipState::kPending)},
       false,
       false,
       false},
      {"another organisation",
       access_account("a@espoo.fi", true, {}, false),
       {access_membership("espoon-kaupunki", MembershipState::kApproved)},
       false,
       false,
       false},
      {"a leader", access_account("timo@example.FI", true, {}, false), {}, false, true, false},
      {"a leader's address unverified",
       access_account("timo@example.fi", false, {}, false),
       {},
       false,
       false,
       false},
      {"an editor",
       access_account("e@tori.fi", true, {core::Role::kEditor}, true),
       {},
       false,
       false,
       true},
      {"an editor without a second factor",
       access_account("e@tori.fi", true, {core::Role::kEditor}, false),
       {},
       false,
       false,
       false},
      {"a juror",
       access_account("j@tori.fi", true, {core::Role::kJuror}, true),
       {},
       false,
       false,
       false},
  };
  const store::Network network = access_network();
  for (const Case& c : cases) {
    const NetworkAccess access = network_access(c.account, c.memberships, network);
    EXPECT_EQ(access.member, c.member) << c.name;
    EXPECT_EQ(access.leader, c.leader) << c.name;
    EXPECT_EQ(access.editor, c.editor) << c.name;
    EXPECT_EQ(access.reads_members_area(), c.member || c.leader || c.editor) << c.name;
    EXPECT_EQ(access.leads(), c.leader || c.editor) << c.name;
  }
  const NetworkAccess member =
      network_access(cases[1].account,
                     {access_membership("lahden-kaupunki", MembershipState::kApproved)}, network);
  EXPECT_EQ(member.organisations, std::vector<std::int64_t>{3});
}

}  // namespace
}  // namespace tori::web
