// SPDX-License-Identifier: AGPL-3.0-or-later
// The board of ideas on either SQL backend: ideas with supports and comments, forwards with
// copies of their items.
#include "tori/store/sqlite/network_board_store.hpp"

#include <map>

#include "tori/store/errors.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kBoardIdeas =
    "SELECT i.id, i.quadrant, i.body, i.author, i.account_id, i.created_at,"
    " (SELECT COUNT(*) FROM network_idea_supports s WHERE s.idea_id = i.id),"
    " EXISTS (SELECT 1 FROM network_idea_supports s WHERE s.idea_id = i.id AND s.account_id = ?2)"
    " FROM network_ideas i WHERE i.network_id = ?1 ORDER BY i.position";
constexpr std::string_view kBoardComments =
    "SELECT c.idea_id, c.id, c.body, c.author, c.created_at FROM network_idea_comments c"
    " JOIN network_ideas i ON i.id = c.idea_id WHERE i.network_id = ?1 ORDER BY c.id";

BoardIdea board_idea_of(const Statement& row) {
  BoardIdea item;
  item.id = row.column_int64(0);
  item.idea = {core::parse_idea_quadrant(row.column_text(1)).value_or(core::IdeaQuadrant::kIdea),
               row.column_text(2), row.column_text(3)};
  if (!row.column_is_null(4)) item.account_id = row.column_int64(4);
  item.created_at = parse_utc(row.column_text(5)).value_or(UtcTime{});
  item.supports = static_cast<int>(row.column_int64(6));
  item.supported = row.column_int64(7) != 0;
  return item;
}

bool board_has_idea(Connection& connection, std::int64_t network_id, std::int64_t idea_id) {
  return connection.prepare("SELECT 1 FROM network_ideas WHERE id = ?1 AND network_id = ?2")
      .bind_int64(1, idea_id)
      .bind_int64(2, network_id)
      .step();
}

// The next position of `table`'s rows of the network.
std::int64_t board_next_position(Connection& connection, std::string_view table,
                                 std::int64_t network_id) {
  Statement next = connection.prepare("SELECT COALESCE(MAX(position) + 1, 0) FROM " +
                                      std::string{table} + " WHERE network_id = ?1");
  next.bind_int64(1, network_id);
  return next.step() ? next.column_int64(0) : 0;
}

void bind_optional_account(Statement& statement, int index, std::optional<std::int64_t> id) {
  if (id) {
    statement.bind_int64(index, *id);
  } else {
    statement.bind_null(index);
  }
}

}  // namespace

SqlNetworkBoardStore::SqlNetworkBoardStore(Database& database) : database_(database) {}

std::vector<BoardIdea> SqlNetworkBoardStore::ideas(std::int64_t network_id,
                                                   std::optional<std::int64_t> viewer) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kBoardIdeas);
  rows.bind_int64(1, network_id).bind_int64(2, viewer.value_or(0));
  std::vector<BoardIdea> ideas;
  std::map<std::int64_t, std::size_t> index_of;
  while (rows.step()) {
    index_of[rows.column_int64(0)] = ideas.size();
    ideas.push_back(board_idea_of(rows));
  }
  Statement comments = connection->prepare(kBoardComments);
  comments.bind_int64(1, network_id);
  while (comments.step()) {
    ideas[index_of.at(comments.column_int64(0))].comments.push_back(
        {comments.column_int64(1), comments.column_text(2), comments.column_text(3),
         parse_utc(comments.column_text(4)).value_or(UtcTime{})});
  }
  return ideas;
}

std::int64_t SqlNetworkBoardStore::post(std::int64_t network_id, const core::Idea& idea,
                                        std::optional<std::int64_t> account_id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  Statement insert = connection.prepare(
      "INSERT INTO network_ideas (network_id, position, quadrant, body, author, account_id,"
      " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
  insert.bind_int64(1, network_id)
      .bind_int64(2, board_next_position(connection, "network_ideas", network_id));
  insert.bind_text(3, core::to_string(idea.quadrant)).bind_text(4, idea.text);
  insert.bind_text(5, idea.author).bind_text(7, format_utc(now));
  bind_optional_account(insert, 6, account_id);
  if (!insert.step()) throw Error("network_ideas: the write gave no id");
  const std::int64_t id = insert.column_int64(0);
  insert.run();
  transaction.commit();
  return id;
}

bool SqlNetworkBoardStore::comment(std::int64_t network_id, std::int64_t idea_id,
                                   std::string_view text, std::string_view author,
                                   std::optional<std::int64_t> account_id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (!board_has_idea(connection, network_id, idea_id)) return false;
  Statement insert = connection.prepare(
      "INSERT INTO network_idea_comments (idea_id, body, author, account_id, created_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5)");
  insert.bind_int64(1, idea_id).bind_text(2, text).bind_text(3, author);
  insert.bind_text(5, format_utc(now));
  bind_optional_account(insert, 4, account_id);
  insert.run();
  transaction.commit();
  return true;
}

bool SqlNetworkBoardStore::support(std::int64_t network_id, std::int64_t idea_id,
                                   std::int64_t account_id, bool supported, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (!board_has_idea(connection, network_id, idea_id)) return false;
  Statement change = connection.prepare(
      supported ? "INSERT INTO network_idea_supports (idea_id, account_id, created_at)"
                  " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING"
                : "DELETE FROM network_idea_supports WHERE idea_id = ?1 AND account_id = ?2"
                  " AND ?3 <> ''");
  change.bind_int64(1, idea_id).bind_int64(2, account_id).bind_text(3, format_utc(now));
  change.run();
  transaction.commit();
  return true;
}

}  // namespace tori::store::sqlite
