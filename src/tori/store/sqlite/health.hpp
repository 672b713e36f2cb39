// SPDX-License-Identifier: AGPL-3.0-or-later
// Health on SQLite: ping and the migration runner over data/sql/NNNN_name.sql.
#pragma once

#include <filesystem>
#include <vector>

#include "tori/store/health.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

// The rows of schema_migrations, oldest first; none when the table does not exist yet. On
// either dialect, so that PostgreSQL's /readyz reads them through the pool too.
[[nodiscard]] std::vector<AppliedMigration> read_applied_migrations(Connection& connection);

// Records migrations in schema_migrations (version, name, applied_at), a table it creates
// itself, so the bookkeeping exists before migration 0001 runs.
class SqliteHealth final : public Health {
 public:
  // REQUIRES: `database` outlives this object.
  SqliteHealth(Database& database, std::filesystem::path migrations_dir);
  [[nodiscard]] bool ping() noexcept override;
  [[nodiscard]] MigrationStatus migration_status() override;
  // Safe to run from several processes at once: each migration re-checks its version under
  // the write lock. A file must not contain BEGIN, COMMIT or ROLLBACK.
  std::vector<Migration> migrate() override;

 private:
  bool apply(const MigrationFile& file, int current_version);
  Database& database_;
  std::filesystem::path migrations_dir_;
};

}  // namespace tori::store::sqlite
