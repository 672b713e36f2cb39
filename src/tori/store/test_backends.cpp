// SPDX-License-Identifier: AGPL-3.0-or-later
// Fresh migrated stores on both backends for the store tests.
#include "tori/store/test_backends.hpp"

#include <mutex>

#include "tori/store/postgres/migrate.hpp"
#include "tori/store/postgres/pg_handles.hpp"
#include "tori/store/postgres/pg_store.hpp"
#include "tori/store/postgres/pg_test_server.hpp"

namespace tori::store::test_support {

std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

std::filesystem::path source_postgres_migrations_dir() {
  return source_migrations_dir() / "postgres";
}

std::string new_postgres_database() {
  if (!postgres::PgTestServer::find_binaries()) return {};
  postgres::PgTestServer& server = postgres::PgTestServer::shared();
  return server.create_database(server.unique_database_name());
}

namespace {

// The name of a database with every migration applied, made once per program; tests copy it.
const std::string& migrated_template() {
  static std::once_flag once;
  static std::string name;
  std::call_once(once, [] {
    postgres::PgTestServer& server = postgres::PgTestServer::shared();
    name = server.unique_database_name("migrated");
    const std::string uri = server.create_database(name);
    postgres::PgConnection connection = postgres::connect_postgres(uri);
    (void)postgres::apply_postgres_migrations(connection.get(), source_postgres_migrations_dir());
  });
  return name;
}

}  // namespace

std::unique_ptr<SqlStore> open_migrated_store(Backend backend, const TempDir& dir,
                                              SqliteOptions options, std::string* location) {
  if (backend == Backend::kSqlite) {
    const std::filesystem::path file = dir.path() / "tori.sqlite";
    if (location != nullptr) *location = file.string();
    auto store = open_sqlite(file, source_migrations_dir(), options);
    (void)store->health().migrate();
    return store;
  }
  if (!postgres::PgTestServer::find_binaries()) return nullptr;
  postgres::PgTestServer& server = postgres::PgTestServer::shared();
  const std::string uri =
      server.create_database(server.unique_database_name(), migrated_template());
  if (location != nullptr) *location = uri;
  return open_postgres(uri, source_postgres_migrations_dir(),
                       {.size = options.pool_size, .wait = options.busy_timeout});
}

std::unique_ptr<SqlStore> open_existing_store(const std::string& location) {
  if (is_postgres_uri(location)) return open_postgres(location, source_postgres_migrations_dir());
  return open_sqlite(location, source_migrations_dir());
}

void BackendTest::SetUp() {
  store_ = open_migrated_store(GetParam(), dir_, {}, &location_);
  if (store_ == nullptr) GTEST_SKIP() << postgres::PgTestServer::missing_binaries_message();
}

std::unique_ptr<SqlStore> BackendTest::open_another_node() const {
  return open_existing_store(location_);
}

}  // namespace tori::store::test_support
