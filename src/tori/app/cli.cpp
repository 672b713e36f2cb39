// SPDX-License-Identifier: AGPL-3.0-or-later
// The command line (CLI11): global flags, subcommands from commands(), exit codes 0/1/2.
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>
#include <iostream>

#include "tori/app/command.hpp"
#include "tori/app/paths.hpp"

namespace tori::app {
namespace {

void declare_global_flags(CLI::App& app, Settings& flags, std::string& config_file) {
  app.add_option_function<std::string>(
         "--data", [&flags](const std::string& value) { flags["data"] = value; },
         "Data folder (database, index, uploads, tori.toml); default ./var")
      ->type_name("DIR");
  app.add_option("--config", config_file, "Configuration file instead of DIR/tori.toml")
      ->type_name("FILE");
  app.add_option_function<std::string>(
         "--database", [&flags](const std::string& value) { flags["database"] = value; },
         "Database: empty for SQLite in the data folder")
      ->type_name("URL");
}

int run_command(const Command& command, const Settings& flags, const std::string& config_file,
                char** environment) {
  ConfigResult config = load_config(flags, settings_from_environment(environment), config_file);
  if (!config) {
    std::cerr << "tori: " << config.error() << "\n";
    return kExitUsage;
  }
  spdlog::set_level(spdlog::level::from_str(config->log_level));
  auto assets = find_assets();
  if (!assets) {
    std::cerr << "tori: cannot find the program's data folder (templates, sql); "
                 "set TORI_ASSETS to it\n";
    return kExitFailed;
  }
  return command.run(CommandContext{*config, *assets});
}

}  // namespace

int run_cli(int argc, char** argv, char** environment) {
  CLI::App app{"Tori – Tekojen tori, the marketplace of workplace development practices", "tori"};
  app.fallthrough();
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("tori ") + TORI_VERSION);
  Settings flags;
  std::string config_file;
  declare_global_flags(app, flags, config_file);
  std::vector<Command> all = commands();
  std::vector<CLI::App*> subcommands;
  for (Command& command : all) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    if (command.declare) command.declare(*sub, flags);
    subcommands.push_back(sub);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    (void)app.exit(error);
    return kExitUsage;
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (subcommands[i]->parsed()) return run_command(all[i], flags, config_file, environment);
  }
  return kExitUsage;
}

}  // namespace tori::app
