// SPDX-License-Identifier: AGPL-3.0-or-later
// The SQLite Store: wires the pool to the aggregate stores and reports database time.
#include "tori/store/sqlite/sqlite_store.hpp"

namespace tori::store {

SqliteStore::SqliteStore(const std::filesystem::path& database_file,
                         std::filesystem::path migrations_dir, SqliteOptions options)
    : database_(database_file, options),
      health_(database_, std::move(migrations_dir)),
      change_log_(database_),
      practices_(database_),
      organisations_(database_),
      vocabularies_(database_),
      accounts_(database_),
      outbox_(database_),
      memberships_(database_),
      submissions_(database_),
      media_(database_),
      audit_log_(database_),
      privacy_(database_) {}

double SqliteStore::database_seconds_total() const {
  return static_cast<double>(database_.time().nanoseconds.load(std::memory_order_relaxed)) / 1e9;
}

std::uint64_t SqliteStore::database_statements_total() const {
  return database_.time().statements.load(std::memory_order_relaxed);
}

std::unique_ptr<SqliteStore> open_sqlite(const std::filesystem::path& database_file,
                                         const std::filesystem::path& migrations_dir,
                                         SqliteOptions options) {
  return std::make_unique<SqliteStore>(database_file, migrations_dir, options);
}

}  // namespace tori::store
