// SPDX-License-Identifier: AGPL-3.0-or-later
// open_postgres: the Store on a PostgreSQL server (several nodes may share it; DESIGN §6).
//
//   std::unique_ptr<SqlStore> store =
//       open_postgres("postgresql://tori@db/tori", assets / "sql/postgres", {.size = 8});
//   store->health().migrate();  // once, under an advisory lock, even when nodes start together
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "tori/store/sqlite/sqlite_store.hpp"

namespace tori::store {

// Connects to `uri` and returns the Store over a pool of `pool.size` connections, with
// migrations read from `migrations_dir` (data/sql/postgres). Throws Unavailable naming the
// address (password hidden) and the server's reason; std::invalid_argument for a bad pool.
[[nodiscard]] std::unique_ptr<SqlStore> open_postgres(const std::string& uri,
                                                      const std::filesystem::path& migrations_dir,
                                                      sqlite::PoolOptions pool = {});

// True when `location` names a PostgreSQL database (postgresql:// or postgres://).
[[nodiscard]] bool is_postgres_uri(std::string_view location);

}  // namespace tori::store
