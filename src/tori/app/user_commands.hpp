// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori user add --email E --role admin [--name N] [--language fi]`: the first administrator
// (or more roles for an existing account), with a one-time link to set the password printed.
#pragma once

#include <vector>

#include "tori/app/command.hpp"

namespace tori::app {

// The entry of `user` for the command table.
[[nodiscard]] std::vector<Command> user_commands();

}  // namespace tori::app
