// SPDX-License-Identifier: AGPL-3.0-or-later
// The `tori` program: logging set-up, then the command line; wiring only.
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "tori/app/command.hpp"

extern char** environ;

int main(int argc, char** argv) {
  auto logger = spdlog::stderr_logger_mt("tori");
  logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
  spdlog::set_default_logger(logger);
  return tori::app::run_cli(argc, argv, environ);
}
