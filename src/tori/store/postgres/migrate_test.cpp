// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of apply_postgres_migrations on a private server: the product's files once, concurrent
// runners, a failing file rolled back, a file that ends the transaction, a non-UTF8 database.
#include "tori/store/postgres/migrate.hpp"

#include <chrono>
#include <future>
#include <iostream>
#include <map>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/postgres/pg_handles.hpp"
#include "tori/store/postgres/pg_test_server.hpp"
#include "tori/store/test_support.hpp"

namespace tori::store::postgres {
namespace {

using test_support::TempDir;
using test_support::write_file;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

using test_support::postgres_migrations_dir;

std::vector<int> versions(const std::vector<Migration>& migrations) {
  std::vector<int> result;
  for (const Migration& migration : migrations)
    result.push_back(migration.version);
  return result;
}

std::vector<int> applied_versions(PGconn* connection) {
  std::vector<int> result;
  for (const AppliedMigration& row : read_postgres_migrations(connection))
    result.push_back(row.migration.version);
  return result;
}

std::string single_value(PGconn* connection, const std::string& sql) {
  PgResult result = exec_checked(connection, sql);
  return PQgetvalue(result.get(), 0, 0);
}

class PostgresMigrations : public ::testing::Test {
 protected:
  void SetUp() override {
    TORI_SKIP_WITHOUT_POSTGRES();
    uri_ = PgTestServer::shared().create_database(PgTestServer::shared().unique_database_name());
    connection_ = connect_postgres(uri_);
  }

  std::string uri_;
  PgConnection connection_;
};

TEST_F(PostgresMigrations, AppliesTheProductMigrationsOnceAndRecordsThem) {
  EXPECT_TRUE(read_postgres_migrations(connection_.get()).empty());
  const UtcTime started = utc_now();
  const std::vector<Migration> applied =
      apply_postgres_migrations(connection_.get(), postgres_migrations_dir());
  std::vector<Migration> files;
  for (const MigrationFile& file : list_migration_files(postgres_migrations_dir()))
    files.push_back(file.migration);
  EXPECT_EQ(applied, files);
  const std::vector<AppliedMigration> rows = read_postgres_migrations(connection_.get());
  ASSERT_EQ(rows.size(), files.size());
  EXPECT_EQ(rows.front().migration, (Migration{1, "change_log"}));
  EXPECT_GE(rows.front().applied_at, started - std::chrono::seconds(1));
  EXPECT_TRUE(apply_postgres_migrations(connection_.get(), postgres_migrations_dir()).empty());
  EXPECT_EQ(single_value(connection_.get(), "SELECT count(*) FROM vocabulary_terms"), "29");
  EXPECT_EQ(PQtransactionStatus(connection_.get()), PQTRANS_IDLE);
}

// How store suites get a database per test: migrate a template once, copy it for each test.
TEST_F(PostgresMigrations, CopiesOfAMigratedTemplateAreMigrated) {
  apply_postgres_migrations(connection_.get(), postgres_migrations_dir());
  const std::string template_name = single_value(connection_.get(), "SELECT current_database()");
  connection_.reset();  // nobody may be connected to a template
  PgTestServer& server = PgTestServer::shared();
  const auto started = std::chrono::steady_clock::now();
  PgConnection copy =
      connect_postgres(server.create_database(server.unique_database_name(), template_name));
  std::cout << "[ timing ] CREATE DATABASE from the migrated template + connect: "
            << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                   .count()
            << " ms" << std::endl;
  EXPECT_EQ(read_postgres_migrations(copy.get()).size(),
            list_migration_files(postgres_migrations_dir()).size());
  EXPECT_TRUE(apply_postgres_migrations(copy.get(), postgres_migrations_dir()).empty());
  EXPECT_EQ(single_value(copy.get(), "SELECT count(*) FROM vocabulary_terms"), "29");
}

// Runners on their own connections, started together: each file runs exactly once (a second
// run of 0002 would insert a second row), the others wait for the lock and find nothing to do.
TEST_F(PostgresMigrations, ConcurrentRunnersApplyEachMigrationOnce) {
  TempDir dir;
  write_file(dir / "0001_runs.sql", "CREATE TABLE runs (version BIGINT NOT NULL);");
  write_file(dir / "0002_slow.sql", "SELECT pg_sleep(0.3); INSERT INTO runs VALUES (2);");
  write_file(dir / "0003_more.sql", "INSERT INTO runs VALUES (3);");
  constexpr int kRunners = 4;
  std::vector<std::future<std::vector<Migration>>> runners;
  for (int i = 0; i < kRunners; ++i) {
    runners.push_back(std::async(std::launch::async, [&] {
      PgConnection connection = connect_postgres(uri_);
      return apply_postgres_migrations(connection.get(), dir.path());
    }));
  }
  std::map<int, int> times_applied;
  for (auto& runner : runners)
    for (int version : versions(runner.get()))
      ++times_applied[version];
  EXPECT_EQ(times_applied, (std::map<int, int>{{1, 1}, {2, 1}, {3, 1}}));
  EXPECT_EQ(single_value(connection_.get(),
                         "SELECT string_agg(version::text, ',' ORDER BY "
                         "version) FROM runs"),
            "2,3");
  EXPECT_THAT(applied_versions(connection_.get()), ElementsAre(1, 2, 3));
}

TEST_F(PostgresMigrations, ConcurrentRunnersApplyTheProductMigrationsOnce) {
  auto run = [&] {
    PgConnection connection = connect_postgres(uri_);
    return apply_postgres_migrations(connection.get(), postgres_migrations_dir());
  };
  auto first = std::async(std::launch::async, run);
  auto second = std::async(std::launch::async, run);
  const std::size_t total = first.get().size() + second.get().size();
  EXPECT_EQ(total, list_migration_files(postgres_migrations_dir()).size());
  EXPECT_EQ(single_value(connection_.get(), "SELECT count(*) FROM vocabulary_terms"), "29");
}

TEST_F(PostgresMigrations, RollsBackAFailingFileAndNamesIt) {
  TempDir dir;
  write_file(dir / "0001_good.sql", "CREATE TABLE good (x BIGINT);");
  write_file(dir / "0002_bad.sql", "CREATE TABLE half (x BIGINT);\nSELECT no_such_function();");
  write_file(dir / "0003_later.sql", "CREATE TABLE later (x BIGINT);");
  try {
    apply_postgres_migrations(connection_.get(), dir.path());
    FAIL() << "expected MigrationError";
  } catch (const MigrationError& error) {
    EXPECT_THAT(error.what(), HasSubstr("0002_bad.sql"));
    EXPECT_THAT(error.what(), HasSubstr("no_such_function"));
    EXPECT_THAT(error.what(), HasSubstr("stays at version 1"));
  }
  EXPECT_THAT(applied_versions(connection_.get()), ElementsAre(1));
  EXPECT_EQ(single_value(connection_.get(), "SELECT to_regclass('half') IS NULL"), "t");
  EXPECT_EQ(single_value(connection_.get(), "SELECT to_regclass('later') IS NULL"), "t");
  EXPECT_EQ(PQtransactionStatus(connection_.get()), PQTRANS_IDLE);
  // The lock was released: another session can take it at once.
  PgConnection other = connect_postgres(uri_);
  EXPECT_EQ(single_value(other.get(),
                         "SELECT pg_try_advisory_lock(" + std::to_string(kMigrationLockKey) + ")"),
            "t");
}

TEST_F(PostgresMigrations, RefusesAFileThatEndsTheTransaction) {
  TempDir dir;
  write_file(dir / "0001_commits.sql", "CREATE TABLE c (x BIGINT); COMMIT;");
  try {
    apply_postgres_migrations(connection_.get(), dir.path());
    FAIL() << "expected MigrationError";
  } catch (const MigrationError& error) {
    EXPECT_THAT(error.what(), HasSubstr("0001_commits.sql ended the transaction itself"));
  }
  EXPECT_TRUE(read_postgres_migrations(connection_.get()).empty());
}

TEST_F(PostgresMigrations, RefusesADatabaseThatIsNotUtf8) {
  PgTestServer& server = PgTestServer::shared();
  const std::string name = server.unique_database_name("latin");
  {
    PgConnection admin = connect_postgres(server.uri());
    exec_checked(admin.get(),
                 "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'LATIN1' LOCALE 'C'");
  }
  PgConnection latin = connect_postgres(server.uri(name));
  try {
    apply_postgres_migrations(latin.get(), postgres_migrations_dir());
    FAIL() << "expected Error";
  } catch (const Error& error) {
    EXPECT_THAT(error.what(), HasSubstr("LATIN1"));
  }
}

TEST_F(PostgresMigrations, RefusesAConnectionInsideATransaction) {
  exec_checked(connection_.get(), "BEGIN");
  EXPECT_THROW(apply_postgres_migrations(connection_.get(), postgres_migrations_dir()), Error);
  exec_checked(connection_.get(), "ROLLBACK");
}

}  // namespace
}  // namespace tori::store::postgres
