// SPDX-License-Identifier: AGPL-3.0-or-later
// The PostgreSQL Store: the shared aggregates over a libpq pool, and its health and migrations.
#include "tori/store/postgres/pg_store.hpp"

#include <utility>

#include "tori/store/postgres/migrate.hpp"
#include "tori/store/postgres/pg_connection.hpp"
#include "tori/store/postgres/pg_handles.hpp"
#include "tori/store/sqlite/health.hpp"

namespace tori::store {

namespace {

// Ping and the migration status through the pool; migrations on a connection of their own, which
// holds the session advisory lock of the migration runner for the whole run.
class PgHealth final : public Health {
 public:
  PgHealth(sqlite::Database& database, std::string uri, std::filesystem::path migrations_dir)
      : database_(database), uri_(std::move(uri)), migrations_dir_(std::move(migrations_dir)) {}
  [[nodiscard]] bool ping() noexcept override {
    try {
      sqlite::Lease connection = database_.acquire();
      return connection->prepare("SELECT 1").step();
    } catch (...) {
      return false;
    }
  }
  [[nodiscard]] MigrationStatus migration_status() override {
    MigrationStatus status;
    for (MigrationFile& file : list_migration_files(migrations_dir_)) {
      status.available.push_back(std::move(file.migration));
    }
    sqlite::Lease connection = database_.acquire();
    status.applied = sqlite::read_applied_migrations(*connection);
    return status;
  }
  std::vector<Migration> migrate() override {
    postgres::PgConnection connection = postgres::connect_postgres(uri_);
    return postgres::apply_postgres_migrations(connection.get(), migrations_dir_);
  }

 private:
  sqlite::Database& database_;
  std::string uri_;
  std::filesystem::path migrations_dir_;
};

}  // namespace

std::unique_ptr<SqlStore> open_postgres(const std::string& uri,
                                        const std::filesystem::path& migrations_dir,
                                        sqlite::PoolOptions pool) {
  auto database = std::make_unique<sqlite::Database>(
      postgres::redact_uri(uri), pool,
      [uri](sqlite::DatabaseTime& time) { return postgres::open_pg_connection(uri, time); });
  return std::make_unique<SqlStore>(
      std::move(database), [&uri, &migrations_dir](sqlite::Database& opened) {
        return std::make_unique<PgHealth>(opened, uri, migrations_dir);
      });
}

bool is_postgres_uri(std::string_view location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

}  // namespace tori::store
