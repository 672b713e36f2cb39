// SPDX-License-Identifier: AGPL-3.0-or-later
// The table of `tori` subcommands: name, description, flags, and the function that runs it.
#include <CLI/CLI.hpp>
#include <iostream>

#include "tori/app/command.hpp"
#include "tori/app/data_folder.hpp"
#include "tori/app/database_commands.hpp"
#include "tori/app/practice_commands.hpp"
#include "tori/app/privacy_commands.hpp"
#include "tori/app/search_commands.hpp"
#include "tori/app/serve.hpp"
#include "tori/app/user_commands.hpp"

namespace tori::app {
namespace {

// Stores a flag's text under a configuration key.
void setting_flag(CLI::App& app, Settings& flags, const std::string& flag, const std::string& key,
                  const std::string& help, const std::string& type) {
  app.add_option_function<std::string>(
         flag, [&flags, key](const std::string& value) { flags[key] = value; }, help)
      ->type_name(type);
}

void declare_serve(CLI::App& app, Settings& flags) {
  setting_flag(app, flags, "--port", "port", "TCP port (default 8080)", "PORT");
  setting_flag(app, flags, "--bind", "bind", "Address to listen on (default 127.0.0.1)", "ADDR");
  setting_flag(app, flags, "--threads", "threads", "Server threads (default: one per core)", "N");
}

int init(const CommandContext& context) {
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  std::cout << "data folder " << context.config.data.string() << " ready (schema version "
            << store->health().migration_status().current() << ")\n";
  return kExitOk;
}

int version(const CommandContext&) {
  std::cout << "tori " << TORI_VERSION << "\n";
  return kExitOk;
}

}  // namespace

std::vector<Command> commands() {
  std::vector<Command> all = {
      {"serve", "Serve the site over HTTP until SIGTERM or SIGINT", declare_serve, serve},
      {"init", "Create the data folder and its database, and apply migrations", nullptr, init},
      {"migrate", "Apply pending database migrations", nullptr, init},
  };
  for (Command& command : practice_commands())
    all.push_back(std::move(command));
  for (Command& command : search_commands())
    all.push_back(std::move(command));
  for (Command& command : user_commands())
    all.push_back(std::move(command));
  for (Command& command : privacy_commands())
    all.push_back(std::move(command));
  for (Command& command : database_commands())
    all.push_back(std::move(command));
  all.push_back({"version", "Print the version", nullptr, version});
  return all;
}

}  // namespace tori::app
