// SPDX-License-Identifier: AGPL-3.0-or-later
// Role and membership names, and the rules of an account.
#include "tori/core/account.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace tori::core {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<std::pair<Enum, std::string_view>, N>& names,
                               std::string_view text) {
  for (const auto& [value, name] : names) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& names,
                         Enum value) {
  for (const auto& [candidate, name] : names) {
    if (candidate == value) return name;
  }
  return "";
}

constexpr std::array<std::pair<Role, std::string_view>, 4> kRoles{{
    {Role::kEditor, "editor"},
    {Role::kJuror, "juror"},
    {Role::kNetworkLeader, "network_leader"},
    {Role::kAdmin, "admin"},
}};
constexpr std::array<std::pair<MembershipRole, std::string_view>, 2> kMembershipRoles{{
    {MembershipRole::kMember, "member"},
    {MembershipRole::kAdmin, "admin"},
}};
constexpr std::array<std::pair<MembershipState, std::string_view>, 3> kMembershipStates{{
    {MembershipState::kPending, "pending"},
    {MembershipState::kApproved, "approved"},
    {MembershipState::kDeclined, "declined"},
}};

}  // namespace

std::string_view to_string(Role role) {
  return name_of(kRoles, role);
}
std::optional<Role> parse_role(std::string_view text) {
  return parse_name(kRoles, text);
}
std::string_view to_string(MembershipRole role) {
  return name_of(kMembershipRoles, role);
}
std::optional<MembershipRole> parse_membership_role(std::string_view text) {
  return parse_name(kMembershipRoles, text);
}
std::string_view to_string(MembershipState state) {
  return name_of(kMembershipStates, state);
}
std::optional<MembershipState> parse_membership_state(std::string_view text) {
  return parse_name(kMembershipStates, text);
}

bool Account::has_role(Role role) const {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool Account::needs_second_factor() const {
  return has_role(Role::kEditor) || has_role(Role::kJuror) || has_role(Role::kAdmin);
}

bool is_member(const std::vector<Membership>& memberships, std::int64_t organisation_id) {
  return std::any_of(memberships.begin(), memberships.end(), [&](const Membership& m) {
    return m.organisation_id == organisation_id && m.state == MembershipState::kApproved;
  });
}

bool is_organisation_admin(const std::vector<Membership>& memberships,
                           std::int64_t organisation_id) {
  return std::any_of(memberships.begin(), memberships.end(), [&](const Membership& m) {
    return m.organisation_id == organisation_id && m.state == MembershipState::kApproved &&
           m.role == MembershipRole::kAdmin;
  });
}

}  // namespace tori::core
