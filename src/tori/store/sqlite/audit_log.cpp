// SPDX-License-Identifier: AGPL-3.0-or-later
// The audit log on SQLite: append and read, never update.
#include "tori/store/sqlite/audit_log.hpp"

namespace tori::store::sqlite {

SqliteAuditLog::SqliteAuditLog(Database& database) : database_(database) {}

AuditEntry read_audit_entry(const Statement& row) {
  AuditEntry entry;
  entry.id = row.column_int64(0);
  entry.at = parse_utc(row.column_text(1)).value_or(UtcTime{});
  if (!row.column_is_null(2)) entry.actor_account_id = row.column_int64(2);
  entry.actor = row.column_text(3);
  entry.action = row.column_text(4);
  entry.object_type = row.column_text(5);
  entry.object_id = row.column_text(6);
  entry.detail = row.column_text(7);
  entry.ip_hash = row.column_text(8);
  return entry;
}

constexpr std::string_view kInsertAudit =
    "INSERT INTO audit_log (at, actor_account_id, actor, action, object_type, object_id, detail,"
    " ip_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id";

std::int64_t record_audit(Transaction& transaction, const AuditEntry& entry, UtcTime now) {
  if (transaction.kind() != TransactionKind::kWrite) throw Error("record_audit needs a write");
  Statement insert = transaction.connection().prepare(kInsertAudit);
  insert.bind_text(1, format_utc(now));
  if (entry.actor_account_id) {
    insert.bind_int64(2, *entry.actor_account_id);
  } else {
    insert.bind_null(2);
  }
  insert.bind_text(3, entry.actor)
      .bind_text(4, entry.action)
      .bind_text(5, entry.object_type)
      .bind_text(6, entry.object_id)
      .bind_text(7, entry.detail)
      .bind_text(8, entry.ip_hash);
  if (!insert.step()) throw Error("audit_log insert returned no id");
  return insert.column_int64(0);
}

std::int64_t SqliteAuditLog::record(const AuditEntry& entry, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const std::int64_t id = record_audit(transaction, entry, now);
  transaction.commit();
  return id;
}

constexpr std::string_view kSelectNewest =
    "SELECT id, at, actor_account_id, actor, action, object_type, object_id, detail, ip_hash"
    " FROM audit_log ORDER BY id DESC LIMIT ?1 OFFSET ?2";

std::vector<AuditEntry> SqliteAuditLog::newest(int limit, int offset) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kSelectNewest);
  rows.bind_int64(1, limit).bind_int64(2, offset < 0 ? 0 : offset);
  std::vector<AuditEntry> entries;
  while (rows.step())
    entries.push_back(read_audit_entry(rows));
  return entries;
}

}  // namespace tori::store::sqlite
