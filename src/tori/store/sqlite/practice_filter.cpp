// SPDX-License-Identifier: AGPL-3.0-or-later
// Turning a PracticeQuery into SQL conditions with its values bound as JSON lists.
#include "tori/store/sqlite/practice_filter.hpp"

#include <cstdint>

#include "tori/store/sqlite/practice_values.hpp"

namespace tori::store::sqlite {

namespace {

constexpr std::array<std::string_view, kFacets.size()> kFacetNames = {
    "organisation", "region",       "municipality", "sector",
    "theme",        "client_group", "maturity",     "year"};

constexpr std::string_view kOrganisationCondition =
    "p.id IN (SELECT po.practice_id FROM practice_organisations po"
    " JOIN organisations o ON o.id = po.organisation_id"
    " WHERE o.slug IN (SELECT value FROM json_each(?)))";
constexpr std::string_view kRegionCondition = "p.region_slug IN (SELECT value FROM json_each(?))";
constexpr std::string_view kMunicipalityCondition =
    "p.municipality_code IN (SELECT value FROM json_each(?))";
// Two values: the vocabulary code, then the slugs.
constexpr std::string_view kTermCondition =
    "p.id IN (SELECT pt.practice_id FROM practice_terms pt"
    " JOIN vocabulary_terms t ON t.id = pt.term_id"
    " WHERE t.vocabulary = ? AND t.slug IN (SELECT value FROM json_each(?)))";
constexpr std::string_view kMaturityCondition = "p.maturity IN (SELECT value FROM json_each(?))";
constexpr std::string_view kYearCondition =
    "p.published_year IN (SELECT CAST(value AS BIGINT) FROM json_each(?))";
constexpr std::string_view kPublishedFromCondition = "p.published_at >= ?";
constexpr std::string_view kPublishedBeforeCondition = "p.published_at < ?";
// One state as `=`, so that the (state, published_at, id) index also gives the order.
constexpr std::string_view kStateCondition = "p.state = ?";
constexpr std::string_view kStatesCondition = "p.state IN (SELECT value FROM json_each(?))";

// Collects conditions joined by AND.
class Builder {
 public:
  void add(std::string_view condition, std::vector<std::string> values) {
    if (!conditions_.sql.empty()) conditions_.sql += " AND ";
    conditions_.sql += condition;
    for (std::string& value : values)
      conditions_.values.push_back(std::move(value));
  }
  Conditions finish() && {
    if (conditions_.sql.empty()) conditions_.sql = "1 = 1";
    return std::move(conditions_);
  }

 private:
  Conditions conditions_;
};

template <class Value, class ToText>
std::vector<std::string> texts_of(const std::vector<Value>& values, ToText to_text) {
  std::vector<std::string> texts;
  for (const Value& value : values)
    texts.emplace_back(to_text(value));
  return texts;
}

void add_terms(Builder& builder, core::Vocabulary vocabulary,
               const std::vector<std::string>& slugs) {
  if (slugs.empty()) return;
  builder.add(kTermCondition, {std::string{vocabulary_code(vocabulary)}, json_array(slugs)});
}

void add_states(Builder& builder, const std::vector<core::PracticeState>& states) {
  if (states.size() == 1) {
    builder.add(kStateCondition, {std::string{core::to_string(states.front())}});
  } else if (!states.empty()) {
    auto name = [](core::PracticeState state) { return std::string{core::to_string(state)}; };
    builder.add(kStatesCondition, {json_array(texts_of(states, name))});
  }
}

void add_dates(Builder& builder, const PracticeQuery& query) {
  if (query.published_from) {
    builder.add(kPublishedFromCondition, {stored_time(*query.published_from)});
  }
  if (query.published_before) {
    builder.add(kPublishedBeforeCondition, {stored_time(*query.published_before)});
  }
}

}  // namespace

std::string_view facet_name(Facet facet) {
  return kFacetNames.at(static_cast<std::size_t>(facet));
}

Conditions practice_conditions(const PracticeQuery& query, std::optional<Facet> ignored) {
  Builder builder;
  auto wanted = [&](Facet facet, bool selected) { return selected && ignored != facet; };
  if (wanted(Facet::kOrganisation, !query.organisations.empty()))
    builder.add(kOrganisationCondition, {json_array(query.organisations)});
  if (wanted(Facet::kRegion, !query.regions.empty()))
    builder.add(kRegionCondition, {json_array(query.regions)});
  if (wanted(Facet::kMunicipality, !query.municipalities.empty()))
    builder.add(kMunicipalityCondition, {json_array(query.municipalities)});
  if (ignored != Facet::kSector) add_terms(builder, core::Vocabulary::kSector, query.sectors);
  if (ignored != Facet::kTheme) add_terms(builder, core::Vocabulary::kTheme, query.themes);
  if (ignored != Facet::kClientGroup)
    add_terms(builder, core::Vocabulary::kClientGroup, query.client_groups);
  if (wanted(Facet::kMaturity, !query.maturities.empty())) {
    auto name = [](core::Maturity maturity) { return std::string{core::to_string(maturity)}; };
    builder.add(kMaturityCondition, {json_array(texts_of(query.maturities, name))});
  }
  if (wanted(Facet::kYear, !query.years.empty())) {
    std::vector<std::int64_t> years(query.years.begin(), query.years.end());
    builder.add(kYearCondition, {json_array(years)});
  }
  add_dates(builder, query);
  add_states(builder, query.states);
  return std::move(builder).finish();
}

int bind_conditions(Statement& statement, const Conditions& conditions, int first) {
  for (const std::string& value : conditions.values)
    statement.bind_text(first++, value);
  return first;
}

}  // namespace tori::store::sqlite
