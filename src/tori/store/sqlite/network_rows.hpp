// SPDX-License-Identifier: AGPL-3.0-or-later
// Network rows and their lists (leaders, members and people, meetings, costs, ideas, forwards)
// read into store::Network on either SQL backend.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/network_store.hpp"
#include "tori/store/sqlite/connection.hpp"

namespace tori::store::sqlite {

// The networks `where` selects (appended after "FROM networks n "; `bind` binds its parameters),
// each with all its lists.
[[nodiscard]] std::vector<Network> load_networks(Connection& connection, std::string_view where,
                                                 const std::function<void(Statement&)>& bind);

// ---- writing (network_write.cpp) ----

// The member organisations of `input` by name, found ignoring case or created (with their home
// from `context`): each member's organisation id and stored name, in the order of the members.
struct MemberOrganisation {
  std::int64_t id = 0;
  std::string name;
};
[[nodiscard]] std::vector<MemberOrganisation> resolve_member_organisations(
    Connection& connection, const core::NetworkInput& input, const NetworkSaveContext& context);

// `input` with every organisation name (members, expert days' participants, shares) as stored.
[[nodiscard]] core::NetworkInput with_stored_names(core::NetworkInput input,
                                                   const std::vector<MemberOrganisation>& members);

// A history row: `organisation_id` "joined" or "left" the network `id` (by `account_id`).
void add_member_history(Connection& connection, std::int64_t id, std::int64_t organisation_id,
                        std::string_view action, UtcTime now,
                        std::optional<std::int64_t> account_id, std::string_view note);

// Inserts (no id) or updates the network's own row; its id.
std::int64_t write_network_row(Connection& connection, const core::NetworkInput& input,
                               std::optional<std::int64_t> id, UtcTime now);
// Replaces the leaders; the members and their people (a history row for each organisation that
// joined or left); the meetings (an unknown event's external_id returned, nothing else done).
void write_network_leaders(Connection& connection, std::int64_t id,
                           const std::vector<core::NetworkLeader>& leaders);
void write_network_members(Connection& connection, std::int64_t id, const core::NetworkInput& input,
                           const std::vector<MemberOrganisation>& members, UtcTime now);
// Replaces the appointed people of the network: `members[i]` (by its id) appointed
// `input.members[i].people`. (write_network_members calls it.)
void write_network_people(Connection& connection, std::int64_t id, const core::NetworkInput& input,
                          const std::vector<MemberOrganisation>& members);
[[nodiscard]] std::optional<std::string> write_network_meetings(
    Connection& connection, std::int64_t id, const std::vector<core::NetworkMeeting>& meetings);
// Replaces the results (practices by slug); the first unknown slug returned, nothing else done.
[[nodiscard]] std::optional<std::string> write_network_results(
    Connection& connection, std::int64_t id, const std::vector<std::string>& results);
// Replaces the expert days, participants and shares, and adds a snapshot to the cost history
// naming `account_id` (none: an import). Throws Error when `costs` names an organisation that is
// not one of `members`.
void write_network_costs(Connection& connection, std::int64_t id, const core::NetworkCosts& costs,
                         const std::vector<MemberOrganisation>& members,
                         std::optional<std::int64_t> account_id, UtcTime now);
// Adds the ideas and the forwards of `input` (a new network's board).
void write_network_board(Connection& connection, std::int64_t id, const core::NetworkInput& input,
                         UtcTime now);

}  // namespace tori::store::sqlite
