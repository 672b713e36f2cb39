// SPDX-License-Identifier: AGPL-3.0-or-later
// What the editors' vocabulary and organisation changes share on SQLite: the ids a statement
// returns, a change-log row for each affected practice, and the audit entry. Internal.
//
//   const std::vector<std::int64_t> touched = read_ids(select_practices);
//   log_practices(transaction, touched);
//   audit_in(transaction, audit, "theme/innovointi", now);
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tori/store/sqlite/audit_log.hpp"
#include "tori/store/sqlite/change_log.hpp"

namespace tori::store::sqlite {

// The first column of every row, as integers.
inline std::vector<std::int64_t> read_ids(Statement& rows) {
  std::vector<std::int64_t> ids;
  while (rows.step())
    ids.push_back(rows.column_int64(0));
  return ids;
}

// A "practice" 'updated' row for each id, so the search index and caches follow.
inline void log_practices(Transaction& transaction, const std::vector<std::int64_t>& ids) {
  for (std::int64_t id : ids)
    append_change(transaction, "practice", id, ChangeAction::kUpdated);
}

// Records `audit` in the transaction, its object_id `object_id` unless the caller gave one.
inline void audit_in(Transaction& transaction, AuditEntry audit, const std::string& object_id,
                     UtcTime now) {
  if (audit.object_id.empty()) audit.object_id = object_id;
  record_audit(transaction, audit, now);
}

}  // namespace tori::store::sqlite
