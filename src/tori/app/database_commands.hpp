// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori copy-data` (between SQLite and PostgreSQL) and `tori backup` (a data folder's contents).
#pragma once

#include <vector>

#include "tori/app/command.hpp"

namespace tori::app {

[[nodiscard]] std::vector<Command> database_commands();

}  // namespace tori::app
