// SPDX-License-Identifier: AGPL-3.0-or-later
// Reference data the subcommands load at start: Finland's municipalities and regions.
#pragma once

#include <memory>

#include "tori/app/command.hpp"
#include "tori/core/finland.hpp"

namespace tori::app {

// data/finland/municipalities.csv of the assets folder, parsed; null (with the reason written to
// stderr) when it cannot be read or parsed.
[[nodiscard]] std::unique_ptr<core::Finland> load_finland(const CommandContext& context);

}  // namespace tori::app
