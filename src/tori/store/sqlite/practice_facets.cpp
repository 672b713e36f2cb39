// SPDX-License-Identifier: AGPL-3.0-or-later
// SqlitePracticeStore::facets: per filter family, the options and their counts with the other
// families' filters applied and the family's own ignored.
#include "tori/store/sqlite/practice_store.hpp"

#include <algorithm>
#include <string>

#include "tori/store/sqlite/practice_filter.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

namespace {

// A facet query is head + conditions + tail; it gives (value, label, count) rows in order.
// Hidden terms are not offered (a filter by one still works).
// A head ending in "= ? AND " takes the vocabulary code before the conditions' values.
struct FacetSql {
  std::string_view head;
  std::string_view tail;
};

constexpr FacetSql kOrganisationFacet = {
    "SELECT o.slug, o.name, count(*) FROM practices p"
    " JOIN practice_organisations po ON po.practice_id = p.id"
    " JOIN organisations o ON o.id = po.organisation_id WHERE ",
    " GROUP BY o.id ORDER BY o.name COLLATE fi, o.slug"};
constexpr FacetSql kRegionFacet = {
    "SELECT p.region_slug, max(p.region_name), count(*) FROM practices p"
    " WHERE p.region_slug IS NOT NULL AND ",
    " GROUP BY p.region_slug ORDER BY max(p.region_name) COLLATE fi, p.region_slug"};
constexpr FacetSql kMunicipalityFacet = {
    "SELECT p.municipality_code, max(p.municipality_name), count(*) FROM practices p"
    " WHERE p.municipality_code IS NOT NULL AND ",
    " GROUP BY p.municipality_code ORDER BY max(p.municipality_name) COLLATE fi,"
    " p.municipality_code"};
constexpr FacetSql kTermFacet = {
    "SELECT t.slug, t.label, count(*) FROM practices p"
    " JOIN practice_terms pt ON pt.practice_id = p.id"
    " JOIN vocabulary_terms t ON t.id = pt.term_id WHERE t.vocabulary = ? AND t.hidden = 0 AND ",
    " GROUP BY t.id ORDER BY t.label COLLATE fi, t.slug"};
// Ordered in C++ by the enumeration (the label is the code, which a page translates).
constexpr FacetSql kMaturityFacet = {
    "SELECT p.maturity, p.maturity, count(*) FROM practices p WHERE p.maturity IS NOT NULL AND ",
    " GROUP BY p.maturity"};
constexpr FacetSql kYearFacet = {
    "SELECT p.published_year, p.published_year, count(*) FROM practices p"
    " WHERE p.published_year IS NOT NULL AND ",
    " GROUP BY p.published_year ORDER BY p.published_year DESC"};

std::optional<core::Vocabulary> vocabulary_of(Facet facet) {
  switch (facet) {
    case Facet::kSector:
      return core::Vocabulary::kSector;
    case Facet::kTheme:
      return core::Vocabulary::kTheme;
    case Facet::kClientGroup:
      return core::Vocabulary::kClientGroup;
    default:
      return std::nullopt;
  }
}

const FacetSql& sql_of(Facet facet) {
  switch (facet) {
    case Facet::kOrganisation:
      return kOrganisationFacet;
    case Facet::kRegion:
      return kRegionFacet;
    case Facet::kMunicipality:
      return kMunicipalityFacet;
    case Facet::kMaturity:
      return kMaturityFacet;
    case Facet::kYear:
      return kYearFacet;
    default:
      return kTermFacet;
  }
}

// Maturity options in the order of core::Maturity.
void order_maturities(std::vector<FacetCount>& options) {
  auto rank = [](const FacetCount& option) {
    return static_cast<int>(core::parse_maturity(option.value).value_or(core::Maturity::kIdea));
  };
  std::sort(options.begin(), options.end(),
            [&](const FacetCount& a, const FacetCount& b) { return rank(a) < rank(b); });
}

std::vector<FacetCount> facet_options(Connection& connection, const PracticeQuery& query,
                                      Facet facet) {
  const Conditions conditions = practice_conditions(query, facet);
  const FacetSql& sql = sql_of(facet);
  Statement rows =
      connection.prepare(std::string{sql.head} + conditions.sql + std::string{sql.tail});
  int first = 1;
  if (const std::optional<core::Vocabulary> vocabulary = vocabulary_of(facet)) {
    rows.bind_text(first++, vocabulary_code(*vocabulary));
  }
  bind_conditions(rows, conditions, first);
  std::vector<FacetCount> options;
  while (rows.step())
    options.push_back({rows.column_text(0), rows.column_text(1), rows.column_int64(2)});
  if (facet == Facet::kMaturity) order_maturities(options);
  return options;
}

}  // namespace

FacetCounts SqlitePracticeStore::facets(const PracticeQuery& query) {
  Transaction read{database_, TransactionKind::kRead};
  FacetCounts counts;
  for (Facet facet : kFacets)
    counts.emplace(std::string{facet_name(facet)}, facet_options(read.connection(), query, facet));
  read.commit();
  return counts;
}

}  // namespace tori::store::sqlite
