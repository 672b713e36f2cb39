// SPDX-License-Identifier: AGPL-3.0-or-later
// The marketplace's filters (store::PracticeQuery: organisation, region, municipality, sector,
// theme, client group, maturity, year, first-publication window) as Xapian filter queries
// over practice documents, and the facet families with their value slots.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "tori/search/practice_document.hpp"
#include "tori/store/practice_store.hpp"

namespace tori::search {

// One filter family: its API parameter name, term prefix and value slot.
struct FacetFamily {
  std::string_view parameter;  // "organisation", "region", …, as the API names it
  std::string_view term_prefix;
  ValueSlot slot;
};

// Every family, in the API's order.
[[nodiscard]] const std::vector<FacetFamily>& facet_families();

// The selected values of a family in `query` (slugs, codes, maturities, years as text).
[[nodiscard]] std::vector<std::string> selected_values(const store::PracticeQuery& query,
                                                       std::string_view parameter);

// The filter of every family with a selection (values OR'ed, families AND'ed) and of the
// publication window, leaving out `except` (a family's parameter, for its own facet counts);
// nothing when nothing is selected.
[[nodiscard]] std::optional<Xapian::Query> filter_query(const store::PracticeQuery& query,
                                                        std::string_view except = {});

}  // namespace tori::search
