// SPDX-License-Identifier: AGPL-3.0-or-later
// Migrations as values: numbered files NNNN_name.sql, what a database has applied, and the
// listing of a migrations folder (shared by every backend).
//
//   MigrationStatus status = store.health().migration_status();
//   if (!status.pending().empty()) std::cout << "at " << status.current() << ", pending\n";
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/utc_time.hpp"

namespace tori::store {

// One migration: the file data/sql/0001_change_log.sql is {1, "change_log"}.
struct Migration {
  int version = 0;   // NNNN, from 1 up
  std::string name;  // lower-case letters, digits and '_'
  friend bool operator==(const Migration&, const Migration&) = default;
};

// A migration recorded in the database's schema_migrations table.
struct AppliedMigration {
  Migration migration;
  UtcTime applied_at;
};

// Applied (in the database) versus available (in the migrations folder), both by version.
struct MigrationStatus {
  std::vector<AppliedMigration> applied;
  std::vector<Migration> available;
  // The highest applied version; 0 for a database no migration has touched.
  [[nodiscard]] int current() const;
  // The available migrations whose version is not applied, in version order.
  [[nodiscard]] std::vector<Migration> pending() const;
};

// A migration file found in a folder.
struct MigrationFile {
  Migration migration;
  std::filesystem::path path;
};

// {7, "add_events"} for "0007_add_events.sql"; nothing unless the name is exactly
// four digits (not 0000), '_', [a-z0-9_]+, ".sql".
[[nodiscard]] std::optional<Migration> parse_migration_file_name(std::string_view file_name);
// "0007_add_events.sql" for {7, "add_events"}.
[[nodiscard]] std::string migration_file_name(const Migration& migration);
// The *.sql files of `folder` (not its subfolders) in version order. Throws MigrationError when
// the folder cannot be read, a .sql file is misnamed, or two files share a version.
[[nodiscard]] std::vector<MigrationFile> list_migration_files(const std::filesystem::path& folder);
// The whole text of a migration file; throws MigrationError naming it when it cannot be read.
[[nodiscard]] std::string read_migration_file(const std::filesystem::path& file);

}  // namespace tori::store
