// SPDX-License-Identifier: AGPL-3.0-or-later
// Test support: the same store test on SQLite and on PostgreSQL (library
// tori_store_backends_testing, only with the tests).
//
//   class OutboxTest : public BackendTest {};
//   TEST_P(OutboxTest, SendsOnce) { store_->outbox().enqueue(…); }
//   INSTANTIATE_BACKENDS(OutboxTest);
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/store/test_support.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store::test_support {

enum class Backend { kSqlite, kPostgres };

// "Sqlite" or "Postgres", for test names.
[[nodiscard]] std::string backend_name(const ::testing::TestParamInfo<Backend>& info);

// A fresh store with every product migration applied: a file in `dir` on SQLite; on
// PostgreSQL a new database copied from a migrated template in the program's private server
// (PgTestServer::shared()). Returns null when PostgreSQL is not installed (the caller skips).
[[nodiscard]] std::unique_ptr<SqlStore> open_migrated_store(Backend backend, const TempDir& dir,
                                                            SqliteOptions options = {},
                                                            std::string* location = nullptr);
// A Store on an existing database: a SQLite file path or a postgresql:// address.
[[nodiscard]] std::unique_ptr<SqlStore> open_existing_store(const std::string& location);

// The address of a new empty PostgreSQL database in the program's private server (for tests
// that migrate themselves); empty when PostgreSQL is not installed.
[[nodiscard]] std::string new_postgres_database();

// data/sql/postgres of the source tree.
[[nodiscard]] std::filesystem::path source_postgres_migrations_dir();

// A fixture whose store_ is a fresh migrated store on the backend of the test's parameter.
class BackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  // Another Store on the same database, as a second server node would open it.
  [[nodiscard]] std::unique_ptr<SqlStore> open_another_node() const;
  TempDir dir_;
  std::string location_;  // the SQLite file or the PostgreSQL address
  std::unique_ptr<SqlStore> store_;
};

// The "now" of the store tests that need no particular day: 1 March 2026 at 9.00 UTC.
inline const UtcTime kNow =
    UtcTime{std::chrono::sys_days{std::chrono::year{2026} / 3 / 1}} + std::chrono::hours(9);

}  // namespace tori::store::test_support

// Runs every TEST_P of `fixture` on both backends.
#define INSTANTIATE_BACKENDS(fixture)                                                          \
  INSTANTIATE_TEST_SUITE_P(Backends, fixture,                                                  \
                           ::testing::Values(::tori::store::test_support::Backend::kSqlite,    \
                                             ::tori::store::test_support::Backend::kPostgres), \
                           ::tori::store::test_support::backend_name)
