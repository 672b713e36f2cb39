// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of role and membership names and of the second-factor rule.
#include "tori/core/account.hpp"

#include <gtest/gtest.h>

namespace tori::core {
namespace {

TEST(Account, RoleNamesRoundTrip) {
  for (Role role : {Role::kEditor, Role::kJuror, Role::kNetworkLeader, Role::kAdmin}) {
    EXPECT_EQ(parse_role(to_string(role)), role);
  }
  EXPECT_EQ(to_string(Role::kNetworkLeader), "network_leader");
  EXPECT_FALSE(parse_role("Editor"));
  EXPECT_FALSE(parse_role("contributor"));
  for (auto state :
       {MembershipState::kPending, MembershipState::kApproved, MembershipState::kDeclined}) {
    EXPECT_EQ(parse_membership_state(to_string(state)), state);
  }
  EXPECT_EQ(parse_membership_role("admin"), MembershipRole::kAdmin);
  EXPECT_FALSE(parse_membership_role(""));
}

TEST(Account, SecondFactorRequiredForStaffRoles) {
  struct Case {
    std::vector<Role> roles;
    bool required;
  };
  const Case cases[] = {
      {{}, false},
      {{Role::kNetworkLeader}, false},
      {{Role::kEditor}, true},
      {{Role::kJuror}, true},
      {{Role::kAdmin}, true},
      {{Role::kNetworkLeader, Role::kAdmin}, true},
  };
  for (const Case& c : cases) {
    Account account;
    account.roles = c.roles;
    EXPECT_EQ(account.needs_second_factor(), c.required) << c.roles.size();
  }
}

TEST(Account, MembershipCountsOnlyWhenApproved) {
  const std::vector<Membership> memberships = {
      {.account_id = 1,
       .organisation_id = 10,
       .role = MembershipRole::kMember,
       .state = MembershipState::kApproved},
      {.account_id = 1,
       .organisation_id = 11,
       .role = MembershipRole::kAdmin,
       .state = MembershipState::kPending},
      {.account_id = 1,
       .organisation_id = 12,
       .role = MembershipRole::kAdmin,
       .state = MembershipState::kApproved},
  };
  EXPECT_TRUE(is_member(memberships, 10));
  EXPECT_FALSE(is_member(memberships, 11));
  EXPECT_TRUE(is_member(memberships, 12));
  EXPECT_FALSE(is_member(memberships, 13));
  EXPECT_FALSE(is_organisation_admin(memberships, 10));
  EXPECT_FALSE(is_organisation_admin(memberships, 11));
  EXPECT_TRUE(is_organisation_admin(memberships, 12));
}

}  // namespace
}  // namespace tori::core
