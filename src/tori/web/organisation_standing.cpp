// SPDX-License-Identifier: AGPL-3.0-or-later
// An organisation count per organisation of a period, from the practices' organisation facet.
#include "tori/web/organisation_standing.hpp"

namespace tori::web {

std::vector<core::OrganisationCount> organisation_counts(store::PracticeStore& practices,
                                                         const core::TimeWindow& window) {
  store::PracticeQuery query;
  query.published_from = window.start;
  query.published_before = window.end;
  std::vector<core::OrganisationCount> counts;
  const store::FacetCounts facets = practices.facets(query);
  if (const auto found = facets.find("organisation"); found != facets.end()) {
    for (const store::FacetCount& option : found->second)
      counts.push_back({option.value, option.label, option.count});
  }
  return counts;
}

}  // namespace tori::web
