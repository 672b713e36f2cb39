// SPDX-License-Identifier: AGPL-3.0-or-later
// The audit log on SQLite, and record_audit for actions that log in their own transaction.
#pragma once

#include "tori/store/audit_log.hpp"
#include "tori/store/sqlite/database.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

class SqliteAuditLog final : public AuditLog {
 public:
  // REQUIRES: `database` outlives this object and has migration 0004.
  explicit SqliteAuditLog(Database& database);
  std::int64_t record(const AuditEntry& entry, UtcTime now) override;
  [[nodiscard]] std::vector<AuditEntry> newest(int limit, int offset) override;

 private:
  Database& database_;
};

// An entry from a row whose columns are, in order: id, at, actor_account_id, actor, action,
// object_type, object_id, detail, ip_hash.
[[nodiscard]] AuditEntry read_audit_entry(const Statement& row);

// Appends `entry` inside `transaction` (a kWrite one), so it commits with the action.
std::int64_t record_audit(Transaction& transaction, const AuditEntry& entry, UtcTime now);

}  // namespace tori::store::sqlite
