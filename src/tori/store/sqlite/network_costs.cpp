// SPDX-License-Identifier: AGPL-3.0-or-later
// A network's shared costs on either SQL backend: a leader's edit saved whole, and their history.
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/network_rows.hpp"
#include "tori/store/sqlite/network_store.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

// The network `id`'s stored costs; none when there is no such network.
std::optional<core::NetworkCosts> stored_costs_of(Connection& connection, std::int64_t id) {
  auto found = load_networks(connection, "WHERE n.id = ?1",
                             [id](Statement& rows) { rows.bind_int64(1, id); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front().input.costs);
}

// The organisations the network's costs may name: its current members and those that took part in
// an expert day and have left since; their ids and stored names.
std::vector<MemberOrganisation> costs_members_of(Connection& connection, std::int64_t id) {
  Statement rows = connection.prepare(
      "SELECT o.id, o.name FROM network_members m JOIN organisations o ON o.id = m.organisation_id"
      " WHERE m.network_id = ?1 UNION SELECT o.id, o.name FROM network_expert_day_participants p"
      " JOIN network_expert_days d ON d.id = p.day_id JOIN organisations o ON o.id ="
      " p.organisation_id WHERE d.network_id = ?1");
  rows.bind_int64(1, id);
  std::vector<MemberOrganisation> members;
  while (rows.step())
    members.push_back({rows.column_int64(0), rows.column_text(1)});
  return members;
}

}  // namespace

CostsSaveOutcome SqlNetworkStore::save_costs(std::int64_t network_id,
                                             const core::NetworkCosts& costs,
                                             std::optional<std::int64_t> account_id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const std::optional<core::NetworkCosts> stored = stored_costs_of(connection, network_id);
  if (!stored) return CostsSaveOutcome::kUnknownNetwork;
  if (*stored == costs) return CostsSaveOutcome::kUnchanged;
  connection
      .prepare(
          "UPDATE networks SET paid_days = ?1, day_fee_cents = ?2, updated_at = ?3 WHERE id = ?4")
      .bind_int64(1, costs.paid_days)
      .bind_int64(2, costs.day_fee_cents)
      .bind_text(3, format_utc(now))
      .bind_int64(4, network_id)
      .run();
  write_network_costs(connection, network_id, costs, costs_members_of(connection, network_id),
                      account_id, now);
  append_change(transaction, "network", network_id, ChangeAction::kUpdated);
  transaction.commit();
  return CostsSaveOutcome::kSaved;
}

std::vector<NetworkCostChange> SqlNetworkStore::cost_history(std::int64_t network_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      "SELECT h.changed_at, h.costs, COALESCE(NULLIF(a.name, ''), a.email, '')"
      " FROM network_cost_history h LEFT JOIN accounts a ON a.id = h.account_id"
      " WHERE h.network_id = ?1 ORDER BY h.id");
  rows.bind_int64(1, network_id);
  std::vector<NetworkCostChange> history;
  while (rows.step()) {
    history.push_back({parse_utc(rows.column_text(0)).value_or(UtcTime{}), rows.column_text(1),
                       rows.column_text(2)});
  }
  return history;
}

}  // namespace tori::store::sqlite
