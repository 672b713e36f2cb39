// SPDX-License-Identifier: AGPL-3.0-or-later
// SQLite ping and migration runner: each pending file in its own IMMEDIATE transaction.
#include "tori/store/sqlite/health.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "tori/store/sqlite/sqlite_connection.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

namespace {

constexpr DialectSql kSelectMigrationsTable = {
    .sqlite = "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'",
    .postgres = "SELECT 1 WHERE to_regclass('schema_migrations') IS NOT NULL"};
constexpr std::string_view kSelectMigrations =
    "SELECT version, name, applied_at FROM schema_migrations ORDER BY version";

}  // namespace

std::vector<AppliedMigration> read_applied_migrations(Connection& connection) {
  if (!connection.prepare(kSelectMigrationsTable).step()) return {};
  std::vector<AppliedMigration> applied;
  Statement rows = connection.prepare(kSelectMigrations);
  while (rows.step()) {
    const std::int64_t version = rows.column_int64(0);
    std::optional<UtcTime> applied_at = parse_utc(rows.column_text(2));
    if (!applied_at) {
      throw Error("schema_migrations row " + std::to_string(version) + " has a malformed time");
    }
    applied.push_back({{static_cast<int>(version), rows.column_text(1)}, *applied_at});
  }
  return applied;
}

namespace {

// Portable SQL: PostgreSQL runs the same statement.
constexpr std::string_view kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied_at TEXT NOT NULL)";

constexpr std::string_view kSelectMigration = "SELECT 1 FROM schema_migrations WHERE version = ?1";

bool is_applied(Connection& connection, int version) {
  return connection.prepare(kSelectMigration).bind_int64(1, version).step();
}

constexpr std::string_view kInsertMigration =
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)";

void record(Connection& connection, const Migration& migration) {
  connection.prepare(kInsertMigration)
      .bind_int64(1, migration.version)
      .bind_text(2, migration.name)
      .bind_text(3, format_utc(utc_now()))
      .run();
}

}  // namespace

SqliteHealth::SqliteHealth(Database& database, std::filesystem::path migrations_dir)
    : database_(database), migrations_dir_(std::move(migrations_dir)) {}

constexpr std::string_view kPing = "SELECT count(*) FROM sqlite_schema";

bool SqliteHealth::ping() noexcept {
  try {
    Lease connection = database_.acquire();
    return connection->prepare(kPing).step();
  } catch (...) {
    return false;
  }
}

MigrationStatus SqliteHealth::migration_status() {
  MigrationStatus status;
  for (MigrationFile& file : list_migration_files(migrations_dir_)) {
    status.available.push_back(std::move(file.migration));
  }
  Lease connection = database_.acquire();
  status.applied = read_applied_migrations(*connection);
  return status;
}

std::vector<Migration> SqliteHealth::migrate() {
  const std::vector<MigrationFile> files = list_migration_files(migrations_dir_);
  std::set<int> done;
  int current_version = 0;
  {
    Lease connection = database_.acquire();
    connection->execute(kCreateMigrationsTable);
    for (const AppliedMigration& row : read_applied_migrations(*connection)) {
      done.insert(row.migration.version);
      current_version = std::max(current_version, row.migration.version);
    }
  }
  std::vector<Migration> applied;
  for (const MigrationFile& file : files) {
    if (done.contains(file.migration.version)) continue;
    if (apply(file, current_version)) applied.push_back(file.migration);
    current_version = std::max(current_version, file.migration.version);
  }
  return applied;
}

// Runs one file and records it in one transaction; false when another process got there first.
bool SqliteHealth::apply(const MigrationFile& file, int current_version) {
  const std::string sql = read_migration_file(file.path);
  const std::string file_name = file.path.filename().string();
  const std::string outcome =
      "; rolled back, the database stays at version " + std::to_string(current_version);
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (is_applied(connection, file.migration.version)) return false;
  try {
    connection.execute(sql);
  } catch (const SqliteError& error) {
    throw MigrationError("migration " + file_name + " failed: " + error.reason() + outcome);
  }
  if (!connection.in_transaction()) {
    throw MigrationError("migration " + file_name +
                         " ended the transaction itself; remove BEGIN/COMMIT/ROLLBACK from it");
  }
  record(connection, file.migration);
  transaction.commit();
  return true;
}

}  // namespace tori::store::sqlite
