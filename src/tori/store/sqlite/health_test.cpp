// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of ping and the migration runner on real SQLite files: the product's migrations, a
// second run, broken migrations rolled back, concurrent runners, status before and after.
#include "tori/store/sqlite/health.hpp"

#include <future>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/store/test_support.hpp"

namespace tori::store {
namespace {

using test_support::source_migrations_dir;
using test_support::TempDir;
using test_support::write_file;
using ::testing::HasSubstr;

std::vector<int> versions(const std::vector<Migration>& migrations) {
  std::vector<int> result;
  for (const Migration& migration : migrations)
    result.push_back(migration.version);
  return result;
}

std::vector<int> applied_versions(Health& health) {
  std::vector<int> result;
  for (const AppliedMigration& row : health.migration_status().applied) {
    result.push_back(row.migration.version);
  }
  return result;
}

bool has_table(SqlStore& store, std::string_view table) {
  sqlite::Lease connection = store.database().acquire();
  sqlite::Statement statement =
      connection->prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
  return statement.bind_text(1, table).step();
}

TEST(SqliteHealth, PingsAnOpenDatabase) {
  TempDir dir;
  auto store = open_sqlite(dir / "tori.sqlite", source_migrations_dir());
  EXPECT_TRUE(store->health().ping());
}

TEST(SqliteHealth, AppliesTheProductMigrationsOnceAndRecordsThem) {
  TempDir dir;
  auto store = open_sqlite(dir / "tori.sqlite", source_migrations_dir());
  const MigrationStatus before = store->health().migration_status();
  ASSERT_FALSE(before.available.empty());
  EXPECT_EQ(before.available.front(), (Migration{1, "change_log"}));
  EXPECT_TRUE(before.applied.empty());
  EXPECT_EQ(before.current(), 0);
  EXPECT_EQ(before.pending(), before.available);

  const UtcTime started = utc_now();
  EXPECT_EQ(store->health().migrate(), before.available);
  const MigrationStatus after = store->health().migration_status();
  ASSERT_EQ(after.applied.size(), before.available.size());
  for (std::size_t i = 0; i < after.applied.size(); ++i) {
    EXPECT_EQ(after.applied[i].migration, before.available[i]);
    EXPECT_GE(after.applied[i].applied_at, started);
    EXPECT_LE(after.applied[i].applied_at, utc_now());
  }
  EXPECT_EQ(after.current(), before.available.back().version);
  EXPECT_TRUE(after.pending().empty());
  EXPECT_TRUE(has_table(*store, "change_log"));

  EXPECT_TRUE(store->health().migrate().empty());  // second run: nothing to do
  EXPECT_EQ(store->health().migration_status().applied.size(), after.applied.size());
}

TEST(SqliteHealth, MigrationsSurviveReopening) {
  TempDir dir;
  open_sqlite(dir / "tori.sqlite", source_migrations_dir())->health().migrate();
  auto reopened = open_sqlite(dir / "tori.sqlite", source_migrations_dir());
  EXPECT_TRUE(reopened->health().migration_status().pending().empty());
  EXPECT_TRUE(reopened->health().migrate().empty());
}

TEST(SqliteHealth, FailingMigrationRollsBackAndKeepsThePreviousVersion) {
  struct Case {
    const char* name;
    const char* broken_sql;
    const char* reason;
  };
  const Case cases[] = {
      {"syntax error", "CREATE TABLE b (x);\nCREAT TABLE c (x);", "syntax error"},
      {"missing table", "CREATE TABLE b (x);\nINSERT INTO nope VALUES (1);", "no such table: nope"},
      {"constraint", "CREATE TABLE b (x NOT NULL);\nINSERT INTO b VALUES (NULL);",
       "NOT NULL constraint failed: b.x"},
      {"own transaction", "CREATE TABLE b (x);\nBEGIN;", "cannot start a transaction"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir dir;
    std::filesystem::create_directory(dir / "sql");
    write_file(dir / "sql" / "0001_first.sql", "CREATE TABLE a (x INTEGER);");
    write_file(dir / "sql" / "0002_broken.sql", c.broken_sql);
    write_file(dir / "sql" / "0003_later.sql", "CREATE TABLE d (x INTEGER);");
    auto store = open_sqlite(dir / "tori.sqlite", dir / "sql");
    try {
      (void)store->health().migrate();
      ADD_FAILURE() << "no MigrationError";
    } catch (const MigrationError& error) {
      EXPECT_THAT(error.what(), HasSubstr("migration 0002_broken.sql failed: "));
      EXPECT_THAT(error.what(), HasSubstr(c.reason));
      EXPECT_THAT(error.what(), HasSubstr("stays at version 1"));
    }
    EXPECT_EQ(applied_versions(store->health()), std::vector<int>{1});
    EXPECT_TRUE(has_table(*store, "a"));
    EXPECT_FALSE(has_table(*store, "b"));  // the part of 0002 that ran was rolled back
    EXPECT_FALSE(has_table(*store, "d"));  // nothing after the failure ran

    write_file(dir / "sql" / "0002_broken.sql", "CREATE TABLE b (x);");  // the fix
    EXPECT_EQ(versions(store->health().migrate()), (std::vector<int>{2, 3}));
    EXPECT_TRUE(has_table(*store, "b"));
    EXPECT_TRUE(has_table(*store, "d"));
  }
}

TEST(SqliteHealth, MigrationFolderProblemsAreMigrationErrors) {
  TempDir dir;
  auto store = open_sqlite(dir / "tori.sqlite", dir / "absent");
  EXPECT_THROW((void)store->health().migration_status(), MigrationError);
  EXPECT_THROW((void)store->health().migrate(), MigrationError);
  EXPECT_TRUE(store->health().ping());  // the database itself is fine
}

TEST(SqliteHealth, VersionsUnknownToTheFolderAreReportedNotUndone) {
  TempDir dir;
  std::filesystem::create_directory(dir / "new");
  write_file(dir / "new" / "0001_a.sql", "CREATE TABLE a (x);");
  write_file(dir / "new" / "0002_b.sql", "CREATE TABLE b (x);");
  (void)open_sqlite(dir / "tori.sqlite", dir / "new")->health().migrate();
  std::filesystem::create_directory(dir / "old");  // an older program: it knows only 0001
  write_file(dir / "old" / "0001_a.sql", "CREATE TABLE a (x);");
  auto store = open_sqlite(dir / "tori.sqlite", dir / "old");
  EXPECT_TRUE(store->health().migrate().empty());
  const MigrationStatus status = store->health().migration_status();
  EXPECT_EQ(status.current(), 2);
  EXPECT_EQ(status.available.size(), 1u);
  EXPECT_TRUE(status.pending().empty());
}

TEST(SqliteHealth, ConcurrentRunnersApplyEachMigrationOnce) {
  TempDir dir;
  std::filesystem::create_directory(dir / "sql");
  for (int version = 1; version <= 8; ++version) {
    write_file(dir / "sql" / migration_file_name({version, "t"}),
               "CREATE TABLE t" + std::to_string(version) + " (x);");
  }
  // Two stores on one file stand for two processes starting at once.
  auto first = open_sqlite(dir / "tori.sqlite", dir / "sql");
  auto second = open_sqlite(dir / "tori.sqlite", dir / "sql");
  auto run = [](SqlStore* store) { return store->health().migrate().size(); };
  auto a = std::async(std::launch::async, run, first.get());
  auto b = std::async(std::launch::async, run, second.get());
  EXPECT_EQ(a.get() + b.get(), 8u);
  EXPECT_EQ(first->health().migration_status().current(), 8);
}

}  // namespace
}  // namespace tori::store
