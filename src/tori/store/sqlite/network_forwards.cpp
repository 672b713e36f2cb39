// SPDX-License-Identifier: AGPL-3.0-or-later
// The board's forwards on either SQL backend: the record of what a leader forwarded, with copies
// of the items' texts, and reading them back.
#include <map>

#include "tori/store/errors.hpp"
#include "tori/store/sqlite/network_board_store.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

std::int64_t insert_forward_row(Connection& connection, std::int64_t network_id,
                                const ForwardRequest& request,
                                std::optional<std::int64_t> account_id, UtcTime now) {
  Statement insert = connection.prepare(
      "INSERT INTO network_forwards (network_id, position, forwarded_on, recipients, addresses,"
      " note, account_id, created_at) VALUES (?1, (SELECT COALESCE(MAX(position) + 1, 0) FROM"
      " network_forwards WHERE network_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
  insert.bind_int64(1, network_id).bind_text(2, request.date).bind_text(3, request.recipients);
  insert.bind_text(4, request.addresses).bind_text(5, request.note);
  insert.bind_null(6).bind_text(7, format_utc(now));
  if (account_id) insert.bind_int64(6, *account_id);
  if (!insert.step()) throw Error("network_forwards: the write gave no id");
  const std::int64_t id = insert.column_int64(0);
  insert.run();
  return id;
}

// Copies the idea into the forward's items; false when the network has no such idea.
bool insert_forward_item(Connection& connection, std::int64_t network_id, std::int64_t forward_id,
                         std::size_t position, std::int64_t idea_id) {
  return connection
             .prepare(
                 "INSERT INTO network_forward_items (forward_id, position, idea_id, quadrant,"
                 " body) SELECT ?1, ?2, i.id, i.quadrant, i.body FROM network_ideas i"
                 " WHERE i.id = ?3 AND i.network_id = ?4 RETURNING forward_id")
             .bind_int64(1, forward_id)
             .bind_int64(2, static_cast<std::int64_t>(position))
             .bind_int64(3, idea_id)
             .bind_int64(4, network_id)
             .run_counting() == 1;
}

}  // namespace

std::optional<std::int64_t> SqlNetworkBoardStore::forward(std::int64_t network_id,
                                                          const ForwardRequest& request,
                                                          std::optional<std::int64_t> account_id,
                                                          UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (request.idea_ids.empty()) return std::nullopt;
  const std::int64_t id = insert_forward_row(connection, network_id, request, account_id, now);
  for (std::size_t i = 0; i < request.idea_ids.size(); ++i) {
    if (!insert_forward_item(connection, network_id, id, i, request.idea_ids[i]))
      return std::nullopt;  // rolled back
  }
  transaction.commit();
  return id;
}

std::vector<BoardForward> SqlNetworkBoardStore::forwards(std::int64_t network_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      "SELECT id, forwarded_on, recipients, addresses, note, created_at FROM network_forwards"
      " WHERE network_id = ?1 ORDER BY forwarded_on DESC, id DESC");
  rows.bind_int64(1, network_id);
  std::vector<BoardForward> forwards;
  std::map<std::int64_t, std::size_t> index_of;
  while (rows.step()) {
    index_of[rows.column_int64(0)] = forwards.size();
    forwards.push_back({rows.column_int64(0),
                        rows.column_text(1),
                        rows.column_text(2),
                        rows.column_text(3),
                        rows.column_text(4),
                        {},
                        parse_utc(rows.column_text(5)).value_or(UtcTime{})});
  }
  Statement items = connection->prepare(
      "SELECT i.forward_id, i.quadrant, i.body FROM network_forward_items i JOIN network_forwards"
      " f ON f.id = i.forward_id WHERE f.network_id = ?1 ORDER BY i.forward_id, i.position");
  items.bind_int64(1, network_id);
  while (items.step()) {
    forwards[index_of.at(items.column_int64(0))].items.push_back(
        {core::parse_idea_quadrant(items.column_text(1)).value_or(core::IdeaQuadrant::kIdea),
         items.column_text(2)});
  }
  return forwards;
}

}  // namespace tori::store::sqlite
