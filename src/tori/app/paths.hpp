// SPDX-License-Identifier: AGPL-3.0-or-later
// Where the program's own assets (data/: templates, static, i18n, sql) are at run time.
#pragma once

#include <filesystem>
#include <optional>

namespace tori::app {

// The first of: $TORI_ASSETS; <exe>/../share/tori (an installed program); the source tree's
// data/ the program was built from. Each must hold templates/ and sql/; nothing if none does.
[[nodiscard]] std::optional<std::filesystem::path> find_assets();

}  // namespace tori::app
