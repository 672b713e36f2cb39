// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori serve`: the web server on the configured address, until SIGTERM or SIGINT.
#pragma once

#include "tori/app/command.hpp"

namespace tori::app {

// Serves until a signal; returns the exit code (0 after a clean stop).
[[nodiscard]] int serve(const CommandContext& context);

}  // namespace tori::app
