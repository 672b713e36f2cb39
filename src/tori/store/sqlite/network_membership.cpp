// SPDX-License-Identifier: AGPL-3.0-or-later
// Joining and leaving a network (requests with their messages, a leader's decisions, leaving;
// each change of the members a history row and a "network" change) and a leader's minutes.
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/network_rows.hpp"
#include "tori/store/sqlite/network_store.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

bool network_exists(Connection& connection, std::int64_t network_id) {
  return connection.prepare("SELECT 1 FROM networks WHERE id = ?1")
      .bind_int64(1, network_id)
      .step();
}

bool is_network_member(Connection& connection, std::int64_t network_id,
                       std::int64_t organisation_id) {
  return connection
      .prepare("SELECT 1 FROM network_members WHERE network_id = ?1 AND organisation_id = ?2")
      .bind_int64(1, network_id)
      .bind_int64(2, organisation_id)
      .step();
}

// Adds `organisation_id` as the last member, its home municipality's name as written.
void add_network_member(Connection& connection, std::int64_t network_id,
                        std::int64_t organisation_id) {
  connection
      .prepare(
          "INSERT INTO network_members (network_id, organisation_id, position, municipality)"
          " SELECT ?1, o.id, (SELECT COALESCE(MAX(position) + 1, 0) FROM network_members"
          " WHERE network_id = ?1), COALESCE(o.municipality_name, '') FROM organisations o"
          " WHERE o.id = ?2")
      .bind_int64(1, network_id)
      .bind_int64(2, organisation_id)
      .run();
}

constexpr std::string_view kWaitingRequests =
    "SELECT r.id, o.slug, o.name, r.message, COALESCE(NULLIF(a.name, ''), a.email, ''),"
    " r.requested_at FROM network_join_requests r JOIN organisations o ON o.id ="
    " r.organisation_id LEFT JOIN accounts a ON a.id = r.account_id"
    " WHERE r.network_id = ?1 AND r.state = 'pending' ORDER BY r.id";

// The network's updated_at and a "network" change, after a change of its content.
void touch_network(Transaction& transaction, std::int64_t network_id, UtcTime now) {
  transaction.connection()
      .prepare("UPDATE networks SET updated_at = ?1 WHERE id = ?2")
      .bind_text(1, format_utc(now))
      .bind_int64(2, network_id)
      .run();
  append_change(transaction, "network", network_id, ChangeAction::kUpdated);
}

}  // namespace

JoinRequestOutcome SqlNetworkStore::request_join(std::int64_t network_id,
                                                 std::int64_t organisation_id,
                                                 std::string_view message, std::int64_t account_id,
                                                 UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (!network_exists(connection, network_id)) return JoinRequestOutcome::kUnknownNetwork;
  if (is_network_member(connection, network_id, organisation_id))
    return JoinRequestOutcome::kAlreadyMember;
  Statement insert = connection.prepare(
      "INSERT INTO network_join_requests (network_id, organisation_id, message, account_id,"
      " requested_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING RETURNING id");
  insert.bind_int64(1, network_id).bind_int64(2, organisation_id).bind_text(3, message);
  insert.bind_int64(4, account_id).bind_text(5, format_utc(now));
  if (insert.run_counting() == 0) return JoinRequestOutcome::kAlreadyWaiting;
  transaction.commit();
  return JoinRequestOutcome::kRequested;
}

std::vector<JoinRequest> SqlNetworkStore::join_requests(std::int64_t network_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kWaitingRequests);
  rows.bind_int64(1, network_id);
  std::vector<JoinRequest> requests;
  while (rows.step()) {
    requests.push_back({rows.column_int64(0),
                        {rows.column_text(1), rows.column_text(2)},
                        rows.column_text(3),
                        rows.column_text(4),
                        parse_utc(rows.column_text(5)).value_or(UtcTime{})});
  }
  return requests;
}

bool SqlNetworkStore::decide_join(std::int64_t network_id, std::int64_t request_id, bool approve,
                                  std::int64_t account_id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  Statement decided = connection.prepare(
      "UPDATE network_join_requests SET state = ?1, decided_at = ?2, decided_by = ?3"
      " WHERE id = ?4 AND network_id = ?5 AND state = 'pending' RETURNING organisation_id,"
      " message");
  decided.bind_text(1, approve ? "approved" : "declined").bind_text(2, format_utc(now));
  decided.bind_int64(3, account_id).bind_int64(4, request_id).bind_int64(5, network_id);
  if (!decided.step()) return false;
  const std::int64_t organisation_id = decided.column_int64(0);
  const std::string message = decided.column_text(1);
  decided.run();
  if (approve && !is_network_member(connection, network_id, organisation_id)) {
    add_network_member(connection, network_id, organisation_id);
    add_member_history(connection, network_id, organisation_id, "joined", now, account_id, message);
    append_change(transaction, "network", network_id, ChangeAction::kUpdated);
  }
  transaction.commit();
  return true;
}

bool SqlNetworkStore::leave(std::int64_t network_id, std::int64_t organisation_id,
                            std::int64_t account_id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (!is_network_member(connection, network_id, organisation_id)) return false;
  for (const char* table : {"network_people", "network_members", "network_cost_shares"}) {
    connection
        .prepare(std::string{"DELETE FROM "} + table +
                 " WHERE network_id = ?1 AND organisation_id = ?2")
        .bind_int64(1, network_id)
        .bind_int64(2, organisation_id)
        .run();
  }
  add_member_history(connection, network_id, organisation_id, "left", now, account_id, "");
  append_change(transaction, "network", network_id, ChangeAction::kUpdated);
  transaction.commit();
  return true;
}

bool SqlNetworkStore::save_minutes(std::int64_t network_id, std::size_t index,
                                   std::string_view minutes, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Statement update = transaction.connection().prepare(
      "UPDATE network_meetings SET minutes = ?1 WHERE network_id = ?2 AND id = (SELECT id FROM"
      " network_meetings WHERE network_id = ?2 ORDER BY position LIMIT 1 OFFSET ?3)"
      " RETURNING id");
  update.bind_text(1, minutes).bind_int64(2, network_id);
  update.bind_int64(3, static_cast<std::int64_t>(index));
  if (update.run_counting() != 1) return false;
  touch_network(transaction, network_id, now);
  transaction.commit();
  return true;
}

}  // namespace tori::store::sqlite
