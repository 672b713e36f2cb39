// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori import redirects FILE.csv`: redirects from CSV (`old,target[,note]` with that header;
// core/redirect_csv.hpp), all or nothing, refused lines reported with their numbers.
#pragma once

#include <istream>
#include <string>

#include "tori/app/command.hpp"
#include "tori/app/practice_import.hpp"  // ImportReport
#include "tori/store/store.hpp"

namespace tori::app {

// Reads the CSV and saves every rule in one transaction (created or updated — an old address
// that had a rule — counted); when any line is malformed or refused ("line N: reason"), nothing
// is saved. The import is in the audit log. Throws only when the store fails.
[[nodiscard]] ImportReport import_redirects(std::istream& in, store::Store& store,
                                            store::UtcTime now);

// `tori import redirects FILE`: the report on stdout, refused lines on stderr; the exit code.
[[nodiscard]] int run_import_redirects(const CommandContext& context, const std::string& file);

}  // namespace tori::app
