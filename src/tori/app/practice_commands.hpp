// SPDX-License-Identifier: AGPL-3.0-or-later
// The data subcommands: `tori import practices|events FILE`, `tori export practices|events`,
// `tori demo` (practices and events).
#pragma once

#include <vector>

#include "tori/app/command.hpp"

namespace tori::app {

[[nodiscard]] std::vector<Command> practice_commands();

}  // namespace tori::app
