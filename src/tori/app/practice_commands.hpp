// SPDX-License-Identifier: AGPL-3.0-or-later
// The marketplace's subcommands: `tori import practices FILE`, `tori export practices`,
// `tori demo`.
#pragma once

#include <vector>

#include "tori/app/command.hpp"

namespace tori::app {

[[nodiscard]] std::vector<Command> practice_commands();

}  // namespace tori::app
