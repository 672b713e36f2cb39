// SPDX-License-Identifier: AGPL-3.0-or-later
// open_data_folder: folder creation, database opening and migration with one-line errors.
#include "tori/app/data_folder.hpp"

#include <spdlog/spdlog.h>

#include <iostream>
#include <thread>

#include "tori/store/postgres/pg_store.hpp"

namespace tori::app {
namespace {

bool create_folder(const std::filesystem::path& folder) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    std::cerr << "tori: cannot create the data folder " << folder.string() << ": "
              << error.message() << "\n";
    return false;
  }
  return true;
}

int pool_size(const Config& config) {
  unsigned threads = config.threads ? config.threads : std::thread::hardware_concurrency();
  return static_cast<int>(std::max(2u, threads + 1));
}

}  // namespace

std::unique_ptr<store::Store> open_data_folder(const CommandContext& context) {
  const Config& config = context.config;
  if (!create_folder(config.data)) return nullptr;  // uploads, index and mail live there
  try {
    std::unique_ptr<store::SqlStore> store;
    if (config.database.empty()) {
      store::SqliteOptions options;
      options.pool_size = pool_size(config);
      store = store::open_sqlite(config.data / "tori.sqlite", context.assets / "sql", options);
    } else {
      store = store::open_postgres(config.database, context.assets / "sql" / "postgres",
                                   {.size = pool_size(config)});
    }
    for (const auto& migration : store->health().migrate()) {
      spdlog::info("applied migration {:04}_{}", migration.version, migration.name);
    }
    return store;
  } catch (const std::exception& error) {
    std::cerr << "tori: " << error.what() << "\n";
    return nullptr;
  }
}

}  // namespace tori::app
