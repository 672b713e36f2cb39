// SPDX-License-Identifier: AGPL-3.0-or-later
// Database health and schema migrations: what `tori init`, `tori migrate`, `tori serve` and
// the health check ask of a store.
//
//   Health& health = store.health();
//   for (const Migration& m : health.migrate()) log("applied {:04}_{}", m.version, m.name);
//   bool up = health.ping();
//   int version = health.migration_status().current();
#pragma once

#include <vector>

#include "tori/store/migration.hpp"

namespace tori::store {

// Liveness and schema version of one database.
class Health {
 public:
  virtual ~Health() = default;
  // True when the database answers a query that reads it; false otherwise. Never throws.
  [[nodiscard]] virtual bool ping() noexcept = 0;
  // What the database has applied and what the migrations folder offers. Throws
  // MigrationError when the folder cannot be listed, Error when the database fails.
  [[nodiscard]] virtual MigrationStatus migration_status() = 0;
  // Applies the pending migrations in version order, each in its own transaction, recording
  // version, name and UTC time; returns those applied now (empty when up to date). A failing
  // one is rolled back, earlier ones stay, and MigrationError names the file and the reason.
  virtual std::vector<Migration> migrate() = 0;
};

}  // namespace tori::store
