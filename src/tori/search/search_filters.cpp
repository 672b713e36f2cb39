// SPDX-License-Identifier: AGPL-3.0-or-later
// Marketplace filters as Xapian boolean and value-range queries.
#include "tori/search/search_filters.hpp"

#include <chrono>
#include <limits>

namespace tori::search {
namespace {

std::vector<std::string> as_text(const std::vector<int>& numbers) {
  std::vector<std::string> text;
  for (const int number : numbers)
    text.push_back(std::to_string(number));
  return text;
}

std::vector<std::string> maturity_texts(const std::vector<core::Maturity>& maturities) {
  std::vector<std::string> text;
  for (const core::Maturity maturity : maturities)
    text.emplace_back(core::to_string(maturity));
  return text;
}

std::string serialised_seconds(core::TimePoint time) {
  return Xapian::sortable_serialise(static_cast<double>(time.time_since_epoch().count()));
}

// The first-publication window [from, before) as a value range; nothing when unbounded.
std::optional<Xapian::Query> window_query(const store::PracticeQuery& query) {
  if (!query.published_from && !query.published_before) return std::nullopt;
  const std::string low = query.published_from
                              ? serialised_seconds(*query.published_from)
                              : Xapian::sortable_serialise(std::numeric_limits<double>::lowest());
  // The range is inclusive: end one second before `published_before`.
  const std::string high =
      query.published_before ? serialised_seconds(*query.published_before - std::chrono::seconds(1))
                             : Xapian::sortable_serialise(std::numeric_limits<double>::max());
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kPublishedAtSlot, low, high);
}

}  // namespace

const std::vector<FacetFamily>& facet_families() {
  static const std::vector<FacetFamily> families = {
      {"organisation", prefix::kOrganisation, kOrganisationSlot},
      {"region", prefix::kRegion, kRegionSlot},
      {"municipality", prefix::kMunicipality, kMunicipalitySlot},
      {"sector", prefix::kSector, kSectorSlot},
      {"theme", prefix::kTheme, kThemeSlot},
      {"client_group", prefix::kClientGroup, kClientGroupSlot},
      {"maturity", prefix::kMaturity, kMaturitySlot},
      {"year", prefix::kYear, kYearSlot},
  };
  return families;
}

std::vector<std::string> selected_values(const store::PracticeQuery& query,
                                         std::string_view parameter) {
  if (parameter == "organisation") return query.organisations;
  if (parameter == "region") return query.regions;
  if (parameter == "municipality") return query.municipalities;
  if (parameter == "sector") return query.sectors;
  if (parameter == "theme") return query.themes;
  if (parameter == "client_group") return query.client_groups;
  if (parameter == "maturity") return maturity_texts(query.maturities);
  if (parameter == "year") return as_text(query.years);
  return {};
}

std::optional<Xapian::Query> filter_query(const store::PracticeQuery& query,
                                          std::string_view except) {
  std::vector<Xapian::Query> families;
  for (const FacetFamily& family : facet_families()) {
    if (family.parameter == except) continue;
    std::vector<Xapian::Query> values;
    for (const std::string& value : selected_values(query, family.parameter))
      values.emplace_back(std::string(family.term_prefix) + value);
    if (!values.empty()) families.emplace_back(Xapian::Query::OP_OR, values.begin(), values.end());
  }
  if (std::optional<Xapian::Query> window = window_query(query)) families.push_back(*window);
  if (families.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_AND, families.begin(), families.end());
}

}  // namespace tori::search
