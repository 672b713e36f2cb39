// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori analyze`: the search analyzer on standard input, and its reach over UD Finnish files.
#pragma once

#include <vector>

#include "tori/app/command.hpp"

namespace tori::app {

// The `analyze` subcommand's entry for the command table.
[[nodiscard]] Command analyze_command();

}  // namespace tori::app
