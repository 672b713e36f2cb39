// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori privacy export|erase --email E` and `tori privacy purge`: the requests of GDPR articles
// 15 and 17 for anyone Tori knows by address (account, practice contact person), and the
// retention purge run once (for cron; `tori serve` runs it daily).
//
//   tori privacy export --email maija@example.fi > maija.json   # personal_data_json
//   tori privacy erase --email maija@example.fi [--yes]         # asks on a terminal
//   tori privacy purge                                          # prints the counts
#pragma once

#include <vector>

#include "tori/app/command.hpp"

namespace tori::app {

// The entry of `privacy` for the command table.
[[nodiscard]] std::vector<Command> privacy_commands();

}  // namespace tori::app
