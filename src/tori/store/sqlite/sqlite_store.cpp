// SPDX-License-Identifier: AGPL-3.0-or-later
// The SQL Store: wires the pool to the aggregate stores and reports database time; the SQLite
// one.
#include "tori/store/sqlite/sqlite_store.hpp"

namespace tori::store {

SqlStore::SqlStore(std::unique_ptr<sqlite::Database> database, const HealthFactory& make_health)
    : database_(std::move(database)),
      health_(make_health(*database_)),
      change_log_(*database_),
      practices_(*database_),
      organisations_(*database_),
      vocabularies_(*database_),
      accounts_(*database_),
      outbox_(*database_),
      memberships_(*database_),
      submissions_(*database_),
      media_(*database_),
      audit_log_(*database_),
      privacy_(*database_),
      events_(*database_),
      registrations_(*database_),
      applications_(*database_),
      campaigns_(*database_),
      jury_(*database_),
      campaign_entries_(*database_),
      public_votes_(*database_),
      networks_(*database_),
      network_board_(*database_),
      news_(*database_),
      episodes_(*database_),
      subscribers_(*database_),
      redirects_(*database_),
      pages_(*database_),
      newsletters_(*database_) {}

double SqlStore::database_seconds_total() const {
  return static_cast<double>(database_->time().nanoseconds.load(std::memory_order_relaxed)) / 1e9;
}

std::uint64_t SqlStore::database_statements_total() const {
  return database_->time().statements.load(std::memory_order_relaxed);
}

std::unique_ptr<SqlStore> open_sqlite(const std::filesystem::path& database_file,
                                      const std::filesystem::path& migrations_dir,
                                      SqliteOptions options) {
  auto database = std::make_unique<sqlite::Database>(database_file, options);
  return std::make_unique<SqlStore>(
      std::move(database), [&migrations_dir](sqlite::Database& opened) {
        return std::make_unique<sqlite::SqliteHealth>(opened, migrations_dir);
      });
}

}  // namespace tori::store
