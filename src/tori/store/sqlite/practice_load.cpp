// SPDX-License-Identifier: AGPL-3.0-or-later
// Loading stored practices: the practices row, then each child table once for all ids.
#include "tori/store/sqlite/practice_load.hpp"

#include <string>
#include <unordered_map>

#include "tori/core/practice.hpp"
#include "tori/store/errors.hpp"
#include "tori/store/sqlite/practice_values.hpp"

namespace tori::store::sqlite {

namespace {

using PracticeIndex = std::unordered_map<std::int64_t, core::Practice*>;

// The stored text of an enumeration parsed back; throws Error for text the store never writes.
template <class Value>
Value parse_column(std::optional<Value> parsed, std::string_view column, std::int64_t id) {
  if (!parsed) {
    throw Error("malformed " + std::string{column} + " in practice " + std::to_string(id));
  }
  return *parsed;
}

// Columns 0–16 of both row selects.
core::Practice read_listing_columns(const Statement& row) {
  core::Practice practice;
  practice.id = row.column_int64(0);
  practice.external_id = row.column_text(1);
  practice.slug = row.column_text(2);
  practice.state =
      parse_column(core::parse_practice_state(row.column_text(3)), "state", practice.id);
  practice.title = row.column_text(4);
  practice.summary = row.column_text(5);
  if (!row.column_is_null(6)) practice.municipality = {row.column_text(6), row.column_text(7)};
  if (!row.column_is_null(8)) practice.region = core::Named{row.column_text(8), row.column_text(9)};
  if (!row.column_is_null(10)) {
    practice.maturity =
        parse_column(core::parse_maturity(row.column_text(10)), "maturity", practice.id);
  }
  practice.started = row.column_text(11);
  practice.language =
      parse_column(core::parse_content_language(row.column_text(12)), "language", practice.id);
  practice.created_at = parse_stored_time(row.column_text(13), "practices.created_at");
  practice.updated_at = parse_stored_time(row.column_text(14), "practices.updated_at");
  if (!row.column_is_null(15)) {
    practice.published_at = parse_stored_time(row.column_text(15), "practices.published_at");
  }
  practice.revision = static_cast<int>(row.column_int64(16));
  return practice;
}

// Columns 17–27 of kSelectFullRows.
void read_full_columns(const Statement& row, core::Practice& practice) {
  for (std::size_t i = 0; i < core::kSections.size(); ++i)
    practice.sections[i] = row.column_text(17 + static_cast<int>(i));
  practice.contact = {row.column_text(24), row.column_text(25), row.column_text(26),
                      row.column_text(27)};
}

constexpr std::string_view kSelectListingRows =
    "SELECT p.id, p.external_id, p.slug, p.state, p.title, p.summary, p.municipality_code,"
    " p.municipality_name, p.region_slug, p.region_name, p.maturity, p.started, p.language,"
    " p.created_at, p.updated_at, p.published_at, p.revision"
    " FROM practices p WHERE p.id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))";
constexpr std::string_view kSelectFullRows =
    "SELECT p.id, p.external_id, p.slug, p.state, p.title, p.summary, p.municipality_code,"
    " p.municipality_name, p.region_slug, p.region_name, p.maturity, p.started, p.language,"
    " p.created_at, p.updated_at, p.published_at, p.revision,"
    " p.background, p.solution, p.implementation, p.resources, p.results, p.transfer,"
    " p.lessons, p.contact_name, p.contact_title, p.contact_email, p.contact_phone"
    " FROM practices p WHERE p.id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))";

std::vector<core::Practice> load_rows(Connection& connection, const std::string& ids,
                                      Detail detail) {
  Statement rows =
      connection.prepare(detail == Detail::kFull ? kSelectFullRows : kSelectListingRows);
  rows.bind_text(1, ids);
  std::vector<core::Practice> practices;
  while (rows.step()) {
    practices.push_back(read_listing_columns(rows));
    if (detail == Detail::kFull) read_full_columns(rows, practices.back());
  }
  return practices;
}

constexpr std::string_view kSelectOrganisationsOf =
    "SELECT po.practice_id, o.slug, o.name FROM practice_organisations po"
    " JOIN organisations o ON o.id = po.organisation_id"
    " WHERE po.practice_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))"
    " ORDER BY po.practice_id, po.position";

void load_organisations(Connection& connection, const std::string& ids, PracticeIndex& index) {
  Statement rows = connection.prepare(kSelectOrganisationsOf);
  rows.bind_text(1, ids);
  while (rows.step()) {
    index.at(rows.column_int64(0))
        ->organisations.push_back({rows.column_text(1), rows.column_text(2)});
  }
}

constexpr std::string_view kSelectTermsOf =
    "SELECT pt.practice_id, t.vocabulary, t.slug, t.label FROM practice_terms pt"
    " JOIN vocabulary_terms t ON t.id = pt.term_id"
    " WHERE pt.practice_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))"
    " ORDER BY pt.practice_id, pt.position";

void load_terms(Connection& connection, const std::string& ids, PracticeIndex& index) {
  Statement rows = connection.prepare(kSelectTermsOf);
  rows.bind_text(1, ids);
  while (rows.step()) {
    core::Practice& practice = *index.at(rows.column_int64(0));
    const std::optional<core::Vocabulary> vocabulary = parse_vocabulary_code(rows.column_text(1));
    core::Named term{rows.column_text(2), rows.column_text(3)};
    switch (parse_column(vocabulary, "vocabulary", practice.id)) {
      case core::Vocabulary::kSector:
        practice.sectors.push_back(std::move(term));
        break;
      case core::Vocabulary::kTheme:
        practice.themes.push_back(std::move(term));
        break;
      case core::Vocabulary::kClientGroup:
        practice.client_groups.push_back(std::move(term));
        break;
    }
  }
}

constexpr std::string_view kSelectLinksOf =
    "SELECT practice_id, title, url FROM practice_links"
    " WHERE practice_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1)) ORDER BY practice_id, "
    "position";
constexpr std::string_view kSelectKeywordsOf =
    "SELECT practice_id, keyword FROM practice_keywords"
    " WHERE practice_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1)) ORDER BY practice_id, "
    "position";

void load_links_and_keywords(Connection& connection, const std::string& ids, PracticeIndex& index) {
  Statement links = connection.prepare(kSelectLinksOf);
  links.bind_text(1, ids);
  while (links.step())
    index.at(links.column_int64(0))->links.push_back({links.column_text(1), links.column_text(2)});
  Statement keywords = connection.prepare(kSelectKeywordsOf);
  keywords.bind_text(1, ids);
  while (keywords.step())
    index.at(keywords.column_int64(0))->keywords.push_back(keywords.column_text(1));
}

// `practices` reordered to follow `ids`.
std::vector<core::Practice> in_order(std::vector<core::Practice> practices,
                                     const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, std::size_t> position;
  for (std::size_t i = 0; i < practices.size(); ++i)
    position.emplace(practices[i].id, i);
  std::vector<core::Practice> ordered;
  ordered.reserve(practices.size());
  for (std::int64_t id : ids) {
    auto found = position.find(id);
    if (found != position.end()) ordered.push_back(std::move(practices[found->second]));
  }
  return ordered;
}

}  // namespace

std::vector<core::Practice> load_practices(Connection& connection,
                                           const std::vector<std::int64_t>& ids, Detail detail) {
  if (ids.empty()) return {};
  const std::string id_list = json_array(ids);
  std::vector<core::Practice> practices = load_rows(connection, id_list, detail);
  PracticeIndex index;
  for (core::Practice& practice : practices)
    index.emplace(practice.id, &practice);
  load_organisations(connection, id_list, index);
  load_terms(connection, id_list, index);
  if (detail == Detail::kFull) load_links_and_keywords(connection, id_list, index);
  return in_order(std::move(practices), ids);
}

constexpr std::string_view kSelectIdByExternalId =
    "SELECT id FROM practices WHERE external_id = ?1";

std::optional<std::int64_t> practice_id_by_external_id(Connection& connection,
                                                       std::string_view external_id) {
  Statement row = connection.prepare(kSelectIdByExternalId);
  row.bind_text(1, external_id);
  if (!row.step()) return std::nullopt;
  return row.column_int64(0);
}

constexpr std::string_view kSelectIdBySlug = "SELECT id FROM practices WHERE slug = ?1";

std::optional<std::int64_t> practice_id_by_slug(Connection& connection, std::string_view slug) {
  Statement row = connection.prepare(kSelectIdBySlug);
  row.bind_text(1, slug);
  if (!row.step()) return std::nullopt;
  return row.column_int64(0);
}

}  // namespace tori::store::sqlite
