// SPDX-License-Identifier: AGPL-3.0-or-later
// Development networks on either SQL backend: save by slug (all or nothing), reads, history.
#include "tori/store/sqlite/network_store.hpp"

#include <algorithm>

#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/network_rows.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store {

std::vector<core::Named> Network::cost_organisations() const {
  std::vector<core::Named> all = organisations;
  all.insert(all.end(), former_members.begin(), former_members.end());
  return all;
}

std::string Network::slug_of(std::string_view name) const {
  for (const auto* list : {&organisations, &former_members}) {
    for (const core::Named& organisation : *list) {
      if (organisation.name == name) return organisation.slug;
    }
  }
  return {};
}

NetworkDetails Network::details() const {
  NetworkDetails details{.goals = input.goals,
                         .listed = input.listed,
                         .board = input.board,
                         .meetings = input.meetings,
                         .people = {},
                         .results = input.results};
  for (std::size_t i = 0; i < input.members.size() && i < organisations.size(); ++i)
    details.people[organisations[i].slug] = input.members[i].people;
  return details;
}

core::NetworkInput Network::with_details(const NetworkDetails& details) const {
  core::NetworkInput edited = input;
  edited.goals = details.goals;
  edited.listed = details.listed;
  edited.board = details.board;
  edited.meetings = details.meetings;
  std::ranges::stable_sort(edited.meetings, {}, &core::NetworkMeeting::date);
  for (std::size_t i = 0; i < edited.members.size() && i < organisations.size(); ++i) {
    if (const auto people = details.people.find(organisations[i].slug);
        people != details.people.end())
      edited.members[i].people = people->second;
  }
  edited.results = details.results;
  return edited;
}

}  // namespace tori::store

namespace tori::store::sqlite {
namespace {

std::optional<Network> network_by_slug(Connection& connection, std::string_view slug) {
  auto found = load_networks(connection, "WHERE n.slug = ?1",
                             [slug](Statement& rows) { rows.bind_text(1, slug); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

}  // namespace

SqlNetworkStore::SqlNetworkStore(Database& database) : database_(database) {}

NetworkSaved SqlNetworkStore::save(const core::NetworkInput& incoming,
                                   const NetworkSaveContext& context, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const std::vector<MemberOrganisation> members =
      resolve_member_organisations(connection, incoming, context);
  core::NetworkInput input = with_stored_names(incoming, members);
  const std::optional<Network> existing = network_by_slug(connection, input.slug);
  if (existing) {  // the board is the members' own once the network exists
    input.ideas = existing->input.ideas;
    input.forwarded = existing->input.forwarded;
    if (existing->input == input) return {NetworkSaveOutcome::kUnchanged, existing->id};
  }
  const std::int64_t id = write_network_row(
      connection, input, existing ? std::optional{existing->id} : std::nullopt, now);
  write_network_leaders(connection, id, input.leaders);
  write_network_members(connection, id, input, members, now);
  if (auto unknown = write_network_meetings(connection, id, input.meetings))
    return {NetworkSaveOutcome::kUnknownEvent, 0, std::move(*unknown)};  // rolled back
  if (auto unknown = write_network_results(connection, id, input.results))
    return {.outcome = NetworkSaveOutcome::kUnknownPractice, .unknown_practice = *unknown};
  if (!existing || existing->input.costs != input.costs)
    write_network_costs(connection, id, input.costs, members, std::nullopt, now);
  if (!existing) write_network_board(connection, id, input, now);
  append_change(transaction, "network", id,
                existing ? ChangeAction::kUpdated : ChangeAction::kCreated);
  transaction.commit();
  return {existing ? NetworkSaveOutcome::kUpdated : NetworkSaveOutcome::kCreated, id};
}

std::optional<Network> SqlNetworkStore::find_by_slug(std::string_view slug) {
  Lease connection = database_.acquire();
  return network_by_slug(*connection, slug);
}

std::vector<Network> SqlNetworkStore::all() {
  Lease connection = database_.acquire();
  return load_networks(*connection, "ORDER BY n.period_until DESC, n.slug", [](Statement&) {});
}

std::optional<EventNetwork> SqlNetworkStore::network_of_event(std::int64_t event_id) {
  Lease connection = database_.acquire();
  Statement row = connection->prepare(
      "SELECT n.slug, m.registration FROM network_meetings m JOIN networks n ON n.id ="
      " m.network_id WHERE m.event_id = ?1 ORDER BY n.id, m.position LIMIT 1");
  row.bind_int64(1, event_id);
  if (!row.step()) return std::nullopt;
  return EventNetwork{row.column_text(0), core::parse_meeting_registration(row.column_text(1))
                                              .value_or(core::MeetingRegistration::kMembers)};
}

std::vector<NetworkMemberChange> SqlNetworkStore::member_history(std::int64_t network_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      "SELECT o.slug, o.name, h.action, h.happened_at, h.note FROM network_member_history h"
      " JOIN organisations o ON o.id = h.organisation_id WHERE h.network_id = ?1 ORDER BY h.id");
  rows.bind_int64(1, network_id);
  std::vector<NetworkMemberChange> history;
  while (rows.step()) {
    history.push_back({{rows.column_text(0), rows.column_text(1)},
                       rows.column_text(2),
                       parse_utc(rows.column_text(3)).value_or(UtcTime{}),
                       rows.column_text(4)});
  }
  return history;
}

}  // namespace tori::store::sqlite
