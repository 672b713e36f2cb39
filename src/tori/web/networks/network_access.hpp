// SPDX-License-Identifier: AGPL-3.0-or-later
// What a visitor may do in a network: read its members' area (an approved member of a member
// organisation, a leader, an editor) and lead it (a leader: an account whose verified address is
// a leader's of the network; an editor with a second factor stands in for the programme); and the
// gate of the leaders' pages (costs, the edit form).
//
//   const NetworkAccess access = network_access(services, visitor, network);
//   if (!access.reads_members_area()) return refuse_members_area(…);
//   NetworkLeaderGate gate = network_leader_gate(request, services, language, "/muokkaa");
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "tori/core/account.hpp"
#include "tori/http/message.hpp"
#include "tori/store/network_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

struct NetworkAccess {
  bool member = false;  // an approved member of a member organisation
  bool leader = false;  // a leader of the network
  bool editor = false;  // an editor signed in with a second factor
  // The visitor's member organisations of the network (ids), for leaving and posting.
  std::vector<std::int64_t> organisations{};
  // All the visitor's memberships (read once per request: authors' names, leaving).
  std::vector<core::Membership> memberships{};

  [[nodiscard]] bool reads_members_area() const { return member || leader || editor; }
  [[nodiscard]] bool leads() const { return leader || editor; }
};

// The access of `account` (none: a visitor) to `network`: `memberships` are the account's.
[[nodiscard]] NetworkAccess network_access(const std::optional<core::Account>& account,
                                           const std::vector<core::Membership>& memberships,
                                           const store::Network& network);

// The same, reading the visitor's memberships from the store.
[[nodiscard]] NetworkAccess network_access(const Services& services, const Visitor& visitor,
                                           const store::Network& network);

// The network {slug} and its leader (or editor), or the answer instead: a visitor is sent to log
// in (back to "/verkostot/{slug}" + `suffix` afterwards); for a signed-in visitor an unknown
// network, or an unlisted one they do not lead, is 404, and a listed one they do not lead 403.
struct NetworkLeaderGate {
  Visitor visitor;
  std::optional<store::Network> network;
  std::optional<http::Response> refusal;
};
[[nodiscard]] NetworkLeaderGate network_leader_gate(const http::Request& request,
                                                    const Services& services,
                                                    text::Language language,
                                                    std::string_view suffix);

}  // namespace tori::web
