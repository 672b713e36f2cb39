// SPDX-License-Identifier: AGPL-3.0-or-later
// PostgreSQL migrations: a session advisory lock around the whole run, one transaction per file.
#include "tori/store/postgres/migrate.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "tori/store/errors.hpp"
#include "tori/store/postgres/pg_handles.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store::postgres {

namespace {

// Holds the migration lock for its lifetime; the server drops it anyway if the session ends.
class MigrationLock {
 public:
  explicit MigrationLock(PGconn* connection) : connection_(connection) {
    exec_checked(connection_, "SELECT pg_advisory_lock(" + std::to_string(kMigrationLockKey) + ")");
  }
  MigrationLock(const MigrationLock&) = delete;
  MigrationLock& operator=(const MigrationLock&) = delete;
  ~MigrationLock() {
    const std::string unlock =
        "SELECT pg_advisory_unlock(" + std::to_string(kMigrationLockKey) + ")";
    PgResult ignored{PQexec(connection_, unlock.c_str())};
  }

 private:
  PGconn* connection_;
};

constexpr std::string_view kSelectEncoding = "SELECT current_setting('server_encoding')";

void require_utf8_and_idle(PGconn* connection) {
  if (PQtransactionStatus(connection) != PQTRANS_IDLE) {
    throw Error("PostgreSQL migrations need a connection outside any transaction");
  }
  PgResult encoding = exec_checked(connection, std::string{kSelectEncoding});
  const std::string name = PQgetvalue(encoding.get(), 0, 0);
  if (name != "UTF8") {
    throw Error("the PostgreSQL database has encoding " + name +
                "; Tori needs UTF8 (CREATE DATABASE … ENCODING 'UTF8' LOCALE 'C.UTF-8')");
  }
}

constexpr std::string_view kMigrationsTableExists =
    "SELECT to_regclass('schema_migrations') IS NOT NULL";
// The same columns as SQLite's runner creates (INTEGER there is 64-bit, as BIGINT here).
constexpr std::string_view kCreateMigrationsTable =
    "CREATE TABLE schema_migrations ("
    " version BIGINT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied_at TEXT NOT NULL)";

bool migrations_table_exists(PGconn* connection) {
  PgResult exists = exec_checked(connection, std::string{kMigrationsTableExists});
  return std::string_view{PQgetvalue(exists.get(), 0, 0)} == "t";
}

constexpr std::string_view kInsertMigration =
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1::bigint, $2, $3)";

void record(PGconn* connection, const Migration& migration) {
  const std::string version = std::to_string(migration.version);
  const std::string applied_at = format_utc(utc_now());
  const char* values[] = {version.c_str(), migration.name.c_str(), applied_at.c_str()};
  PgResult result{PQexecParams(connection, std::string{kInsertMigration}.c_str(), 3, nullptr,
                               values, nullptr, nullptr, 0)};
  if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
    throw Error("PostgreSQL: recording migration " + version + ": " + pg_error(connection));
  }
}

// Runs the file's statements inside the open transaction; the reason when they fail.
std::optional<std::string> run_file(PGconn* connection, const std::string& sql) {
  PgResult result{PQexec(connection, sql.c_str())};
  const ExecStatusType status = PQresultStatus(result.get());
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
    return std::nullopt;
  }
  return pg_error(connection);
}

// Runs one file and records it in one transaction.
void apply(PGconn* connection, const MigrationFile& file, int current_version) {
  const std::string sql = read_migration_file(file.path);
  const std::string file_name = file.path.filename().string();
  exec_checked(connection, "BEGIN");
  const std::optional<std::string> failure = run_file(connection, sql);
  if (failure || PQtransactionStatus(connection) != PQTRANS_INTRANS) {
    if (PQtransactionStatus(connection) != PQTRANS_IDLE) {
      PgResult ignored{PQexec(connection, "ROLLBACK")};
    }
    if (!failure) {
      throw MigrationError("migration " + file_name +
                           " ended the transaction itself; remove BEGIN/COMMIT/ROLLBACK from it");
    }
    throw MigrationError("migration " + file_name + " failed: " + *failure +
                         "; rolled back, the database stays at version " +
                         std::to_string(current_version));
  }
  try {
    record(connection, file.migration);
    exec_checked(connection, "COMMIT");
  } catch (...) {
    PgResult ignored{PQexec(connection, "ROLLBACK")};
    throw;
  }
}

}  // namespace

std::vector<AppliedMigration> read_postgres_migrations(PGconn* connection) {
  if (!migrations_table_exists(connection)) return {};
  PgResult rows = exec_checked(
      connection, "SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
  std::vector<AppliedMigration> applied;
  for (int row = 0; row < PQntuples(rows.get()); ++row) {
    const int version = std::stoi(PQgetvalue(rows.get(), row, 0));
    std::optional<UtcTime> applied_at = parse_utc(PQgetvalue(rows.get(), row, 2));
    if (!applied_at) {
      throw Error("schema_migrations row " + std::to_string(version) + " has a malformed time");
    }
    applied.push_back({{version, PQgetvalue(rows.get(), row, 1)}, *applied_at});
  }
  return applied;
}

std::vector<Migration> apply_postgres_migrations(PGconn* connection,
                                                 const std::filesystem::path& folder) {
  const std::vector<MigrationFile> files = list_migration_files(folder);
  require_utf8_and_idle(connection);
  const MigrationLock lock{connection};
  if (!migrations_table_exists(connection)) {
    exec_checked(connection, std::string{kCreateMigrationsTable});
  }
  std::set<int> done;
  int current_version = 0;
  for (const AppliedMigration& row : read_postgres_migrations(connection)) {
    done.insert(row.migration.version);
    current_version = std::max(current_version, row.migration.version);
  }
  std::vector<Migration> applied;
  for (const MigrationFile& file : files) {
    if (done.contains(file.migration.version)) continue;
    apply(connection, file, current_version);
    applied.push_back(file.migration);
    current_version = std::max(current_version, file.migration.version);
  }
  return applied;
}

}  // namespace tori::store::postgres
