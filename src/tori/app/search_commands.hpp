// SPDX-License-Identifier: AGPL-3.0-or-later
// The search subcommands: `tori analyze` (the analyzer on standard input, and its reach over UD
// Finnish files) and `tori reindex` (rebuild DATA/index).
#pragma once

#include <vector>

#include "tori/app/command.hpp"

namespace tori::app {

// The entries of `analyze` and `reindex` for the command table.
[[nodiscard]] std::vector<Command> search_commands();

}  // namespace tori::app
