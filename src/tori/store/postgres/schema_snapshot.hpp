// SPDX-License-Identifier: AGPL-3.0-or-later
// Test support: a database's schema as comparable text, read from SQLite or PostgreSQL, so the
// parity test can say exactly which table, column, key or index differs.
//
//   EXPECT_EQ(sqlite_snapshot(db).tables, postgres_snapshot(connection).tables);
#pragma once

#include <sqlite3.h>

#include <libpq-fe.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace tori::store::postgres {

struct SchemaSnapshot {
  // Table → its columns in order, each "name type[ NOT NULL][ PK n][ DEFAULT x]"; the type
  // normalised to integer, text, real or blob. A primary-key column counts as NOT NULL (SQLite
  // does not say so for rowid keys, PostgreSQL always does).
  std::map<std::string, std::vector<std::string>> tables;
  // Indexes created by CREATE INDEX: "name ON table (a, b)" with " UNIQUE" when unique.
  std::set<std::string> indexes;
  // UNIQUE constraints: "table (a, b)".
  std::set<std::string> unique_keys;
  // "table (a) -> target (b) ON DELETE CASCADE".
  std::set<std::string> foreign_keys;
  // schema_migrations: "0001_change_log", … in version order.
  std::vector<std::string> migrations;
  // Every other table's rows as "v1|v2|…" (NULL as \N), sorted.
  std::map<std::string, std::vector<std::string>> rows;
};

// The integer, text, real or blob family of a declared SQLite or PostgreSQL type name.
[[nodiscard]] std::string normalise_type(std::string declared);

[[nodiscard]] SchemaSnapshot sqlite_snapshot(sqlite3* database);
[[nodiscard]] SchemaSnapshot postgres_snapshot(PGconn* connection);

}  // namespace tori::store::postgres
