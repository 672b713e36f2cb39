// SPDX-License-Identifier: AGPL-3.0-or-later
// Who may register for a network meeting's event: when the meeting is for the network's members
// (core::MeetingRegistration::kMembers), only its members, leaders and editors (NetworkAccess).
//
//   const MeetingRegistrationGate gate = meeting_registration_gate(services, visitor, event);
//   if (!gate.admits) …  // show why, with gate.network_name and a link to its page
#pragma once

#include <string>

#include "tori/core/event.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

struct MeetingRegistrationGate {
  bool members_only = false;  // the event is a members-only meeting of a network
  bool admits = true;         // the visitor may register
  std::string network_slug{};
  std::string network_name{};
};

// The gate of `event` for `visitor` (none signed in: not admitted to a members-only meeting).
[[nodiscard]] MeetingRegistrationGate meeting_registration_gate(const Services& services,
                                                                const Visitor& visitor,
                                                                const core::Event& event);

// The same for no one in particular: whether the event is members-only and whose (event pages).
[[nodiscard]] MeetingRegistrationGate meeting_registration_gate(const Services& services,
                                                                const core::Event& event);

}  // namespace tori::web
