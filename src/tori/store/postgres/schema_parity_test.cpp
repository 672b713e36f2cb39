// SPDX-License-Identifier: AGPL-3.0-or-later
// Schema parity: data/sql on SQLite and data/sql/postgres on PostgreSQL give the same tables,
// columns, keys, indexes, seed rows and migration versions; and `fi` orders like the store.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/postgres/migrate.hpp"
#include "tori/store/postgres/pg_handles.hpp"
#include "tori/store/postgres/pg_test_server.hpp"
#include "tori/store/postgres/schema_snapshot.hpp"
#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/store/test_support.hpp"
#include "tori/text/collate.hpp"

namespace tori::store::postgres {
namespace {

using test_support::source_migrations_dir;
using test_support::TempDir;
using ::testing::Contains;

using test_support::postgres_migrations_dir;

SchemaSnapshot migrated_sqlite_snapshot(const TempDir& dir) {
  const std::filesystem::path file = dir / "tori.sqlite";
  open_sqlite(file, source_migrations_dir())->health().migrate();
  sqlite3* raw = nullptr;
  const int opened = sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> database{raw, sqlite3_close};
  if (opened != SQLITE_OK) throw std::runtime_error("cannot open " + file.string());
  return sqlite_snapshot(raw);
}

TEST(SchemaParity, TheSameMigrationFilesForBothBackends) {
  std::vector<Migration> sqlite_files;
  for (const MigrationFile& file : list_migration_files(source_migrations_dir()))
    sqlite_files.push_back(file.migration);
  std::vector<Migration> postgres_files;
  for (const MigrationFile& file : list_migration_files(postgres_migrations_dir()))
    postgres_files.push_back(file.migration);
  EXPECT_EQ(postgres_files, sqlite_files);
  EXPECT_FALSE(sqlite_files.empty());
}

TEST(SchemaParity, TheSameSchemaOnSqliteAndPostgres) {
  TORI_SKIP_WITHOUT_POSTGRES();
  TempDir dir;
  const SchemaSnapshot sqlite = migrated_sqlite_snapshot(dir);
  PgTestServer& server = PgTestServer::shared();
  PgConnection connection = connect_postgres(server.create_database(server.unique_database_name()));
  const auto started = std::chrono::steady_clock::now();
  apply_postgres_migrations(connection.get(), postgres_migrations_dir());
  std::cout << "[ timing ] all PostgreSQL migrations: "
            << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                   .count()
            << " ms" << std::endl;
  const SchemaSnapshot postgres = postgres_snapshot(connection.get());

  ASSERT_THAT(sqlite.tables, Contains(::testing::Key("practices")));
  EXPECT_EQ(postgres.tables, sqlite.tables);
  EXPECT_EQ(postgres.indexes, sqlite.indexes);
  EXPECT_EQ(postgres.unique_keys, sqlite.unique_keys);
  EXPECT_EQ(postgres.foreign_keys, sqlite.foreign_keys);
  EXPECT_EQ(postgres.migrations, sqlite.migrations);
  EXPECT_EQ(postgres.rows, sqlite.rows);
  EXPECT_FALSE(sqlite.indexes.empty());
  EXPECT_FALSE(sqlite.foreign_keys.empty());
  EXPECT_EQ(sqlite.rows.at("vocabulary_terms").size(), 29U);
}

TEST(SchemaParity, NormalisesTypesOfBothDialects) {
  EXPECT_EQ(normalise_type("INTEGER"), "integer");
  EXPECT_EQ(normalise_type("int8"), "integer");
  EXPECT_EQ(normalise_type("TEXT"), "text");
  EXPECT_EQ(normalise_type("varchar"), "text");
  EXPECT_EQ(normalise_type("REAL"), "real");
  EXPECT_EQ(normalise_type("float8"), "real");
  EXPECT_EQ(normalise_type("bytea"), "blob");
  EXPECT_EQ(normalise_type("bool"), "other:bool");
}

// The collation `fi` that 0002_practices.sql creates sorts as text::compare_finnish does.
TEST(SchemaParity, FinnishCollationOrdersLikeTheStore) {
  TORI_SKIP_WITHOUT_POSTGRES();
  PgTestServer& server = PgTestServer::shared();
  PgConnection connection = connect_postgres(server.create_database(server.unique_database_name()));
  apply_postgres_migrations(connection.get(), postgres_migrations_dir());
  std::vector<std::string> words{"Öljy",   "Zeta",   "äiti", "aivan",  "tori", "Tori",  "Åland",
                                 "Zürich", "Müller", "Mz",   "Myller", "",     "Espoo", "Helsinki",
                                 "å",      "ä",      "ö",    "z",      "v",    "w",     "Vaasa"};
  std::string values;
  for (const std::string& word : words)
    values += (values.empty() ? "('" : ", ('") + word + "')";
  PgResult result = exec_checked(
      connection.get(), "SELECT x FROM (VALUES " + values + ") v(x) ORDER BY x COLLATE fi");
  std::vector<std::string> postgres_order;
  for (int row = 0; row < PQntuples(result.get()); ++row)
    postgres_order.emplace_back(PQgetvalue(result.get(), row, 0));
  std::stable_sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return text::compare_finnish(a, b) < 0;
  });
  EXPECT_EQ(postgres_order, words);
}

}  // namespace
}  // namespace tori::store::postgres
