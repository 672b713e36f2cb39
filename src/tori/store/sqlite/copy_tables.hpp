// SPDX-License-Identifier: AGPL-3.0-or-later
// copy_tables: every row of one database into another of the same schema, across backends
// (`tori copy-data`, SQLite to PostgreSQL and back).
//
//   const CopyReport report = copy_tables(sqlite_store.database(), pg_store.database(), {});
//   for (const TableCount& table : report.tables) print(table.name, table.rows);
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

struct TableCount {
  std::string name;
  std::int64_t rows = 0;
};

// What was copied, parents before children.
struct CopyReport {
  std::vector<TableCount> tables;
};

// Why nothing was copied.
struct CopyRefusal {
  std::string reason;
};

struct CopyOptions {
  // Empty the target first even when it holds practices, accounts or organisations of its own.
  bool replace = false;
};

// Copies every table but schema_migrations from `from` (one snapshot) to `to` in one write
// transaction: the target's rows go first (its seeded vocabularies too), then the source's
// rows in foreign-key order with their ids, then PostgreSQL's identity counters are moved past
// the copied ids; finally each table's count is compared. Refused, with nothing written, when
// the two have different tables or columns (migrate both first) or when the target holds data
// and `options.replace` is not set. Throws Error when a statement fails (rolled back).
[[nodiscard]] std::variant<CopyReport, CopyRefusal> copy_tables(Database& from, Database& to,
                                                                CopyOptions options);

}  // namespace tori::store::sqlite
