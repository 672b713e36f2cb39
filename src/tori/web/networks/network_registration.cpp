// SPDX-License-Identifier: AGPL-3.0-or-later
// Members-only registration for network meetings' events.
#include "tori/web/networks/network_registration.hpp"

#include "tori/store/store.hpp"
#include "tori/web/networks/network_access.hpp"

namespace tori::web {
namespace {

// The network of a members-only meeting that is `event`; none otherwise.
std::optional<store::Network> members_only_network(const Services& services,
                                                   const core::Event& event) {
  if (event.input.kind != core::EventKind::kNetworkMeeting) return std::nullopt;  // no query
  const auto link = services.store.networks().network_of_event(event.id);
  if (!link || link->registration != core::MeetingRegistration::kMembers) return std::nullopt;
  return services.store.networks().find_by_slug(link->slug);
}

MeetingRegistrationGate gate_of(const store::Network& network) {
  return {.members_only = true,
          .admits = false,
          .network_slug = network.input.slug,
          .network_name = network.input.name};
}

}  // namespace

MeetingRegistrationGate meeting_registration_gate(const Services& services, const Visitor& visitor,
                                                  const core::Event& event) {
  const auto network = members_only_network(services, event);
  if (!network) return {};
  MeetingRegistrationGate gate = gate_of(*network);
  gate.admits = network_access(services, visitor, *network).reads_members_area();
  return gate;
}

MeetingRegistrationGate meeting_registration_gate(const Services& services,
                                                  const core::Event& event) {
  const auto network = members_only_network(services, event);
  if (!network) return {};
  return gate_of(*network);
}

}  // namespace tori::web
