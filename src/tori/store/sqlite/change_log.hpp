// SPDX-License-Identifier: AGPL-3.0-or-later
// The change log on SQLite: reading it, and append_change for writes of public objects.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tori/store/change_log.hpp"
#include "tori/store/sqlite/database.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

// Reads change_log (data/sql/0001_change_log.sql). Ids are assigned in commit order because
// SQLite has one writer at a time; AUTOINCREMENT never reuses a committed one.
class SqliteChangeLog final : public ChangeLog {
 public:
  // REQUIRES: `database` outlives this object.
  explicit SqliteChangeLog(Database& database);
  [[nodiscard]] std::vector<Change> read_after(std::int64_t position, int limit) override;
  [[nodiscard]] std::int64_t last_position() override;

 private:
  Database& database_;
};

// Appends a change, stamped now (UTC), inside `transaction`, so it commits or rolls back with the
// write it describes; returns its id. Throws Error for a kRead transaction or an empty type.
std::int64_t append_change(Transaction& transaction, std::string_view object_type,
                           std::int64_t object_id, ChangeAction action);

// Deletes the row of `table` whose slug is `slug` (its child rows cascade) and logs an
// `object_type` deletion, in one write transaction; whether there was such a row. `table` is one
// of the store's own table names, never input.
bool delete_by_slug(Database& database, std::string_view table, std::string_view object_type,
                    std::string_view slug);

}  // namespace tori::store::sqlite
