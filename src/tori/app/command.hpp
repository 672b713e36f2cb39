// SPDX-License-Identifier: AGPL-3.0-or-later
// The `tori` subcommands: each is a name, a one-line description, a function that declares its
// flags and a function that runs it. Adding a subcommand is one entry in commands.cpp.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "tori/app/config.hpp"

namespace CLI {
class App;
}

namespace tori::app {

// Exit codes of every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;  // the work failed, or some input was refused
inline constexpr int kExitUsage = 2;   // bad flags or configuration

// What a running subcommand gets: its configuration and where the program's assets are.
struct CommandContext {
  Config config;
  std::filesystem::path assets;  // data/ of the program: templates, static, i18n, sql
};

struct Command {
  std::string name;
  std::string description;
  // Declares the subcommand's own flags; values it stores into `flags` become settings.
  std::function<void(CLI::App&, Settings& flags)> declare;
  std::function<int(const CommandContext&)> run;
};

// Every subcommand, in the order `tori --help` lists them.
[[nodiscard]] std::vector<Command> commands();

// Parses argv, loads the configuration and runs the chosen subcommand; returns the exit code.
[[nodiscard]] int run_cli(int argc, char** argv, char** environment);

}  // namespace tori::app
