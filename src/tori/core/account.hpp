// SPDX-License-Identifier: AGPL-3.0-or-later
// People: an account, its roles and its memberships of organisations, and the rules that
// follow from them (who must use a second factor).
//
//   if (account.needs_second_factor() && !account.totp_enabled) show_totp_setup();
//   if (account.has_role(Role::kEditor)) show_queue_link();
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice.hpp"

namespace tori::core {

// Roles beyond contributor; a contributor is anyone with an approved membership.
enum class Role { kEditor, kJuror, kNetworkLeader, kAdmin };

// "editor", "juror", "network_leader", "admin" and back.
[[nodiscard]] std::string_view to_string(Role role);
[[nodiscard]] std::optional<Role> parse_role(std::string_view text);

struct Account {
  std::int64_t id = 0;
  std::string email;                                // as typed, trimmed
  std::string name;                                 // may be empty
  ContentLanguage language = ContentLanguage::kFi;  // of the pages and mail this person gets
  std::optional<TimePoint> email_verified_at;
  std::vector<Role> roles;  // sorted, no duplicates
  bool totp_enabled = false;
  bool password_set = false;
  TimePoint created_at{};

  [[nodiscard]] bool has_role(Role role) const;
  // Editors, jurors and administrators must sign in with a second factor.
  [[nodiscard]] bool needs_second_factor() const;
};

enum class MembershipRole { kMember, kAdmin };  // an organisation's admin approves its members
enum class MembershipState { kPending, kApproved, kDeclined };

[[nodiscard]] std::string_view to_string(MembershipRole role);
[[nodiscard]] std::optional<MembershipRole> parse_membership_role(std::string_view text);
[[nodiscard]] std::string_view to_string(MembershipState state);
[[nodiscard]] std::optional<MembershipState> parse_membership_state(std::string_view text);

// (Every member has an initializer, so designated initializers may name only some.)
struct Membership {
  std::int64_t account_id = 0;
  std::int64_t organisation_id = 0;
  std::string organisation_slug{};
  std::string organisation_name{};
  MembershipRole role = MembershipRole::kMember;
  MembershipState state = MembershipState::kPending;
  std::string message{};  // the request's note
  TimePoint requested_at{};
};

// Whether `memberships` holds an approved one for `organisation_id` (any role, or as admin).
[[nodiscard]] bool is_member(const std::vector<Membership>& memberships,
                             std::int64_t organisation_id);
[[nodiscard]] bool is_organisation_admin(const std::vector<Membership>& memberships,
                                         std::int64_t organisation_id);

}  // namespace tori::core
