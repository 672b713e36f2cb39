// SPDX-License-Identifier: AGPL-3.0-or-later
// A leader's edit of a network's details on either SQL backend: goals, listing, board visibility,
// meetings, appointed people and results in one transaction, nothing else of the network touched.
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/network_rows.hpp"
#include "tori/store/sqlite/network_store.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kUpdateNetworkDetails =
    "UPDATE networks SET goals = ?1, listed = ?2, board = ?3, updated_at = ?4 WHERE id = ?5";

// The network `id` as stored; none when there is no such network.
std::optional<Network> details_network_of(Connection& connection, std::int64_t id) {
  auto found = load_networks(connection, "WHERE n.id = ?1",
                             [id](Statement& rows) { rows.bind_int64(1, id); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

// The member organisations of the network `id` (ids and stored names) in the members' order.
std::vector<MemberOrganisation> details_members_of(Connection& connection, std::int64_t id) {
  Statement rows = connection.prepare(
      "SELECT o.id, o.name FROM network_members m JOIN organisations o ON o.id = m.organisation_id"
      " WHERE m.network_id = ?1 ORDER BY m.position");
  rows.bind_int64(1, id);
  std::vector<MemberOrganisation> members;
  while (rows.step())
    members.push_back({rows.column_int64(0), rows.column_text(1)});
  return members;
}

bool same_people(const core::NetworkInput& a, const core::NetworkInput& b) {
  if (a.members.size() != b.members.size()) return false;
  for (std::size_t i = 0; i < a.members.size(); ++i)
    if (a.members[i].people != b.members[i].people) return false;
  return true;
}

}  // namespace

DetailsSaved SqlNetworkStore::save_details(std::int64_t network_id, const NetworkDetails& details,
                                           UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const std::optional<Network> stored = details_network_of(connection, network_id);
  if (!stored) return {DetailsSaveOutcome::kUnknownNetwork};
  const core::NetworkInput edited = stored->with_details(details);
  if (edited == stored->input) return {DetailsSaveOutcome::kUnchanged};
  connection.prepare(kUpdateNetworkDetails)
      .bind_text(1, edited.goals)
      .bind_int64(2, edited.listed ? 1 : 0)
      .bind_text(3, core::to_string(edited.board))
      .bind_text(4, format_utc(now))
      .bind_int64(5, network_id)
      .run();
  if (edited.meetings != stored->input.meetings) {
    if (auto unknown = write_network_meetings(connection, network_id, edited.meetings))
      return {DetailsSaveOutcome::kUnknownEvent, std::move(*unknown)};  // rolled back
  }
  if (edited.results != stored->input.results) {
    if (auto unknown = write_network_results(connection, network_id, edited.results))
      return {DetailsSaveOutcome::kUnknownPractice, std::move(*unknown)};  // rolled back
  }
  if (!same_people(edited, stored->input))
    write_network_people(connection, network_id, edited,
                         details_members_of(connection, network_id));
  append_change(transaction, "network", network_id, ChangeAction::kUpdated);
  transaction.commit();
  return {DetailsSaveOutcome::kSaved};
}

}  // namespace tori::store::sqlite
