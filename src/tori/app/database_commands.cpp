// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori copy-data --from DIR|URL --to DIR|URL [--replace]`: every table copied, then counted;
// `tori backup OUT`: the data folder's database (online), uploads, settings and key.
#include "tori/app/database_commands.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "tori/store/postgres/pg_connection.hpp"
#include "tori/store/postgres/pg_store.hpp"
#include "tori/store/sqlite/copy_tables.hpp"
#include "tori/store/sqlite/sqlite_connection.hpp"

namespace tori::app {
namespace {

struct CopyArguments {
  std::string from;
  std::string to;
  bool replace = false;
};

// A data folder's SQLite file, or a PostgreSQL address; migrated. `must_exist`: a folder
// without a database is refused instead of created. Null (with the reason printed) on failure.
std::unique_ptr<store::SqlStore> open_location(const CommandContext& context,
                                               const std::string& location, bool must_exist) {
  try {
    std::unique_ptr<store::SqlStore> store;
    if (store::is_postgres_uri(location)) {
      store = store::open_postgres(location, context.assets / "sql" / "postgres", {.size = 2});
    } else {
      const std::filesystem::path file = std::filesystem::path{location} / "tori.sqlite";
      if (must_exist && !std::filesystem::exists(file)) {
        std::cerr << "tori: copy-data: no database in " << location << " (" << file.string()
                  << " does not exist)\n";
        return nullptr;
      }
      std::filesystem::create_directories(location);
      store = store::open_sqlite(file, context.assets / "sql", {.pool_size = 2});
    }
    (void)store->health().migrate();
    return store;
  } catch (const std::exception& error) {
    std::cerr << "tori: copy-data: " << error.what() << "\n";
    return nullptr;
  }
}

std::string shown(const std::string& location) {
  return store::is_postgres_uri(location) ? store::postgres::redact_uri(location) : location;
}

int copy_data(const CommandContext& context, const CopyArguments& arguments) {
  for (const std::string* location : {&arguments.from, &arguments.to}) {
    if (location->find("://") != std::string::npos && !store::is_postgres_uri(*location)) {
      std::cerr << "tori: copy-data: '" << shown(*location)
                << "' is neither a data folder nor a postgresql:// address\n";
      return kExitUsage;
    }
  }
  if (arguments.from == arguments.to) {
    std::cerr << "tori: copy-data: --from and --to are the same database\n";
    return kExitUsage;
  }
  auto from = open_location(context, arguments.from, true);
  auto to = from ? open_location(context, arguments.to, false) : nullptr;
  if (!to) return kExitFailed;
  try {
    auto outcome = store::sqlite::copy_tables(from->database(), to->database(),
                                              {.replace = arguments.replace});
    if (const auto* refusal = std::get_if<store::sqlite::CopyRefusal>(&outcome)) {
      std::cerr << "tori: copy-data: " << refusal->reason
                << (arguments.replace ? "" : "; nothing was copied (--replace empties it first)")
                << "\n";
      return kExitFailed;
    }
    std::int64_t rows = 0;
    for (const auto& table : std::get<store::sqlite::CopyReport>(outcome).tables) {
      std::cout << table.name << "\t" << table.rows << "\n";
      rows += table.rows;
    }
    std::cout << "copied " << rows << " rows from " << shown(arguments.from) << " to "
              << shown(arguments.to) << "; uploads stay in the data folder's uploads/\n";
    return kExitOk;
  } catch (const std::exception& error) {
    std::cerr << "tori: copy-data: " << error.what() << "; the target is unchanged\n";
    return kExitFailed;
  }
}

void declare_copy(CLI::App& app, const std::shared_ptr<CopyArguments>& arguments) {
  app.add_option("--from", arguments->from, "Data folder or postgresql:// address to copy")
      ->required()
      ->type_name("DIR|URL");
  app.add_option("--to", arguments->to, "Data folder or postgresql:// address to fill")
      ->required()
      ->type_name("DIR|URL");
  app.add_flag("--replace", arguments->replace,
               "Empty the target first even when it already holds data");
}

// What a backup holds besides the database: everything in the data folder that is not
// rebuilt (index/) or transient (mail/ in development, temporary files).
constexpr const char* kBackedUpFiles[] = {"tori.toml", "secret.key", "synonyms.txt"};

bool copy_files(const std::filesystem::path& data, const std::filesystem::path& out) {
  std::error_code error;
  for (const char* name : kBackedUpFiles) {
    if (std::filesystem::exists(data / name))
      std::filesystem::copy_file(data / name, out / name, error);
    if (error) break;
  }
  if (!error && std::filesystem::exists(data / "uploads")) {
    std::filesystem::copy(data / "uploads", out / "uploads",
                          std::filesystem::copy_options::recursive, error);
  }
  if (error) std::cerr << "tori: backup: " << error.message() << "\n";
  return !error;
}

int backup(const CommandContext& context, const std::filesystem::path& out) {
  const Config& config = context.config;
  std::error_code error;
  if (std::filesystem::exists(out) && !std::filesystem::is_empty(out, error)) {
    std::cerr << "tori: backup: " << out.string() << " exists and is not empty\n";
    return kExitUsage;
  }
  std::filesystem::create_directories(out, error);
  if (error) {
    std::cerr << "tori: backup: cannot create " << out.string() << ": " << error.message() << "\n";
    return kExitFailed;
  }
  if (!config.database.empty()) {
    std::cout << "the database is PostgreSQL: back it up with pg_dump (deploy/README.md);"
                 " saving the data folder's files only\n";
  } else {
    try {
      store::sqlite::backup_sqlite_file(config.data / "tori.sqlite", out / "tori.sqlite");
    } catch (const std::exception& failure) {
      std::cerr << "tori: backup: " << failure.what() << "\n";
      return kExitFailed;
    }
  }
  if (!copy_files(config.data, out)) return kExitFailed;
  std::cout << "backup of " << config.data.string() << " written to " << out.string()
            << "; restore by serving from it (--data " << out.string() << ")\n";
  return kExitOk;
}

}  // namespace

std::vector<Command> database_commands() {
  auto arguments = std::make_shared<CopyArguments>();
  auto backup_folder = std::make_shared<std::filesystem::path>();
  return {
      {"copy-data", "Copy every table between SQLite (a data folder) and PostgreSQL, either way",
       [arguments](CLI::App& app, Settings&) { declare_copy(app, arguments); },
       [arguments](const CommandContext& context) { return copy_data(context, *arguments); }},
      {"backup",
       "Copy the database (online), uploads, tori.toml and the secret key into a new folder",
       [backup_folder](CLI::App& app, Settings&) {
         app.add_option("OUT", *backup_folder, "A new or empty folder")->required();
       },
       [backup_folder](const CommandContext& context) { return backup(context, *backup_folder); }}};
}

}  // namespace tori::app
