// SPDX-License-Identifier: AGPL-3.0-or-later
// The chart sections of the statistics page (stats.tpl's CHART): per year, sector, theme and
// region (with the map), each with its data table. Internal to stats_page.cpp.
#pragma once

#include "tori/web/page.hpp"  // ctemplate, with the include it needs first

#include "tori/store/practice_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// Adds the four CHART sections to `body` from the counts of every published practice.
void fill_stats_charts(ctemplate::TemplateDictionary& body, const Services& services,
                       text::Language language, const store::FacetCounts& facets);

}  // namespace tori::web
