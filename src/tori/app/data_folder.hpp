// SPDX-License-Identifier: AGPL-3.0-or-later
// The data folder (DESIGN.md §3): created when missing, its database opened and migrated.
#pragma once

#include <memory>

#include "tori/app/command.hpp"
#include "tori/store/store.hpp"

namespace tori::app {

// Creates the data folder if needed, opens its database and applies pending migrations.
// On failure prints one line ("tori: …") to stderr and returns null.
[[nodiscard]] std::unique_ptr<store::Store> open_data_folder(const CommandContext& context);

}  // namespace tori::app
