// SPDX-License-Identifier: AGPL-3.0-or-later
// The PostgreSQL migration runner: the files of data/sql/postgres, once per database, even when
// several nodes start together (DESIGN §6).
//
//   PgConnection connection = connect_postgres(uri);
//   for (const Migration& m : apply_postgres_migrations(connection.get(), data / "sql/postgres"))
//     log("applied {:04}_{}", m.version, m.name);
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <filesystem>
#include <vector>

#include "tori/store/migration.hpp"

namespace tori::store::postgres {

// The key of the session advisory lock the runner holds ("torimigr"); advisory locks are per
// database, so each database migrates on its own.
inline constexpr std::int64_t kMigrationLockKey = 0x746f72696d696772;

// Applies the pending migrations of `folder` in version order while holding the advisory lock
// (a second runner waits, then finds nothing to do): each file and its schema_migrations row
// (version, name, UTC time; the table is created when missing) in one transaction. Returns the
// migrations applied now. A failing file is rolled back, earlier ones stay, and MigrationError
// names the file and the server's reason. Throws MigrationError when the folder is misnamed or
// unreadable, Error when the database is not UTF8, the connection is inside a transaction or a
// statement of the runner fails.
std::vector<Migration> apply_postgres_migrations(PGconn* connection,
                                                 const std::filesystem::path& folder);

// The rows of schema_migrations in version order; empty when the table does not exist.
[[nodiscard]] std::vector<AppliedMigration> read_postgres_migrations(PGconn* connection);

}  // namespace tori::store::postgres
