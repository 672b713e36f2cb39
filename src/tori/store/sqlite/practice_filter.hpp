// SPDX-License-Identifier: AGPL-3.0-or-later
// The WHERE conditions of a PracticeQuery over `practices p`, shared by list() and facets():
// a repeated value of one filter is OR, different filters AND (DESIGN §8). Internal.
//
//   Conditions where = practice_conditions(query, Facet::kTheme);  // the theme filter ignored
//   Statement rows = connection.prepare(std::string{kHead} + where.sql);
//   bind_conditions(rows, where, 1);
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/practice_store.hpp"
#include "tori/store/sqlite/connection.hpp"

namespace tori::store::sqlite {

// The filter families that have facets, by their parameter names.
enum class Facet {
  kOrganisation,
  kRegion,
  kMunicipality,
  kSector,
  kTheme,
  kClientGroup,
  kMaturity,
  kYear,
};
inline constexpr std::array<Facet, 8> kFacets = {
    Facet::kOrganisation, Facet::kRegion,      Facet::kMunicipality, Facet::kSector,
    Facet::kTheme,        Facet::kClientGroup, Facet::kMaturity,     Facet::kYear};

// "organisation", "region", "municipality", "sector", "theme", "client_group", "maturity",
// "year": the keys of FacetCounts.
[[nodiscard]] std::string_view facet_name(Facet facet);

// SQL conditions with one `?` per entry of `values`, in text order.
struct Conditions {
  std::string sql;  // "1 = 1" when nothing is filtered
  std::vector<std::string> values;
};

// The conditions of every filter of `query`, and of its states (none when `states` is empty),
// except those of `ignored`.
[[nodiscard]] Conditions practice_conditions(const PracticeQuery& query,
                                             std::optional<Facet> ignored = std::nullopt);

// Binds the values to parameters `first`, `first` + 1, …; returns the next free index.
int bind_conditions(Statement& statement, const Conditions& conditions, int first);

}  // namespace tori::store::sqlite
