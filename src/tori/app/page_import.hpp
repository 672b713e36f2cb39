// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo's editable pages for `tori demo` (data/demo/pages.jsonl): translations kept together
// under their Finnish key, and the programme's pages put in the navigation.
#pragma once

#include <istream>

#include "tori/app/command.hpp"
#include "tori/app/practice_import.hpp"  // ImportReport
#include "tori/store/store.hpp"

namespace tori::app {

// Reads the demo's page lines (core::parse_site_page_line) into pages: "om-programmet" (sv) and
// "about" (en) are the translations of "tietoa"; tietoa, palvelut, yhteystiedot and
// hyva-kehittamiskuvaus go into the navigation in that order; the draft statements
// (tietosuojaseloste, saavutettavuusseloste) are left out, since /tietosuoja and /saavutettavuus
// are the site's statements. Each page is checked (validate_site_page) and saved.
[[nodiscard]] ImportReport import_demo_pages(std::istream& in, store::PageStore& pages,
                                             store::UtcTime now);

// The demo's pages from data/demo/pages.jsonl. Prints a report line. Skipped when `if_empty` and
// the database has pages. The exit code.
[[nodiscard]] int load_demo_pages(const CommandContext& context, store::Store& store,
                                  bool if_empty);

}  // namespace tori::app
