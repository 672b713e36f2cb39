// SPDX-License-Identifier: AGPL-3.0-or-later
// The SQLite change log: append inside a write transaction, read in id (commit) order.
#include "tori/store/sqlite/change_log.hpp"

#include <string>

namespace tori::store::sqlite {

namespace {

// One row of kSelectChangesAfter; throws Error when the stored text is not one we write.
Change read_change(const Statement& row) {
  Change change;
  change.id = row.column_int64(0);
  change.object_type = row.column_text(1);
  change.object_id = row.column_int64(2);
  std::optional<ChangeAction> action = parse_change_action(row.column_text(3));
  std::optional<UtcTime> changed_at = parse_utc(row.column_text(4));
  if (!action || !changed_at) {
    throw Error("change_log row " + std::to_string(change.id) + " has a malformed action or time");
  }
  change.action = *action;
  change.changed_at = *changed_at;
  return change;
}

}  // namespace

SqliteChangeLog::SqliteChangeLog(Database& database) : database_(database) {}

constexpr std::string_view kSelectChangesAfter =
    "SELECT id, object_type, object_id, action, changed_at FROM change_log"
    " WHERE id > ?1 ORDER BY id LIMIT ?2";

std::vector<Change> SqliteChangeLog::read_after(std::int64_t position, int limit) {
  if (limit <= 0) return {};
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kSelectChangesAfter);
  rows.bind_int64(1, position).bind_int64(2, limit);
  std::vector<Change> changes;
  while (rows.step())
    changes.push_back(read_change(rows));
  return changes;
}

constexpr std::string_view kSelectLastPosition = "SELECT coalesce(max(id), 0) FROM change_log";

std::int64_t SqliteChangeLog::last_position() {
  Lease connection = database_.acquire();
  Statement row = connection->prepare(kSelectLastPosition);
  return row.step() ? row.column_int64(0) : 0;
}

constexpr std::string_view kInsertChange =
    "INSERT INTO change_log (object_type, object_id, action, changed_at)"
    " VALUES (?1, ?2, ?3, ?4) RETURNING id";

std::int64_t append_change(Transaction& transaction, std::string_view object_type,
                           std::int64_t object_id, ChangeAction action) {
  if (transaction.kind() != TransactionKind::kWrite) {
    throw Error("append_change needs a write transaction");
  }
  if (object_type.empty()) throw Error("append_change needs an object type");
  Statement insert = transaction.connection().prepare(kInsertChange);
  insert.bind_text(1, object_type)
      .bind_int64(2, object_id)
      .bind_text(3, to_string(action))
      .bind_text(4, format_utc(utc_now()));
  if (!insert.step()) throw Error("append_change: INSERT … RETURNING gave no id");
  const std::int64_t id = insert.column_int64(0);
  insert.run();  // finish the statement so the row is complete before the commit
  return id;
}

bool delete_by_slug(Database& database, std::string_view table, std::string_view object_type,
                    std::string_view slug) {
  Transaction transaction{database, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  std::int64_t id = 0;
  {
    Statement found =
        connection.prepare("SELECT id FROM " + std::string(table) + " WHERE slug = ?1");
    found.bind_text(1, slug);
    if (!found.step()) return false;
    id = found.column_int64(0);
  }
  connection.prepare("DELETE FROM " + std::string(table) + " WHERE id = ?1")
      .bind_int64(1, id)
      .run();
  append_change(transaction, object_type, id, ChangeAction::kDeleted);
  transaction.commit();
  return true;
}

}  // namespace tori::store::sqlite
