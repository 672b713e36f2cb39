// SPDX-License-Identifier: AGPL-3.0-or-later
// Settings of the SQLite backend, filled from `tori.toml` / flags by the program's wiring.
#pragma once

#include <chrono>

namespace tori::store {

struct SqliteOptions {
  // PRAGMA busy_timeout of every connection, and the longest wait for a free pooled connection.
  std::chrono::milliseconds busy_timeout{5000};
  // The most connections open at once; set it to the number of threads that use the store.
  int pool_size = 4;
};

}  // namespace tori::store
