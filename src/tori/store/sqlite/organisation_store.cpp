// SPDX-License-Identifier: AGPL-3.0-or-later
// Organisations on SQLite: rows with their counts of published practices.
#include "tori/store/sqlite/organisation_store.hpp"

#include <string>

namespace tori::store::sqlite {

namespace {

// Columns of both selects below, in order.
core::Organisation read_organisation(const Statement& row) {
  core::Organisation organisation;
  organisation.id = row.column_int64(0);
  organisation.slug = row.column_text(1);
  organisation.name = row.column_text(2);
  const std::optional<core::OrganisationType> type =
      core::parse_organisation_type(row.column_text(3));
  if (!type) throw Error("malformed type of organisation " + std::to_string(organisation.id));
  organisation.type = *type;
  if (!row.column_is_null(4)) {
    organisation.municipality = core::MunicipalityRef{row.column_text(4), row.column_text(5)};
  }
  organisation.published_practices = row.column_int64(6);
  return organisation;
}

}  // namespace

SqliteOrganisationStore::SqliteOrganisationStore(Database& database) : database_(database) {}

constexpr std::string_view kSelectOrganisations =
    "SELECT o.id, o.slug, o.name, o.type, o.municipality_code, o.municipality_name,"
    " (SELECT count(*) FROM practice_organisations po JOIN practices p ON p.id = po.practice_id"
    "  WHERE po.organisation_id = o.id AND p.state = 'published')"
    " FROM organisations o ORDER BY o.name COLLATE fi, o.id";

std::vector<core::Organisation> SqliteOrganisationStore::list() {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kSelectOrganisations);
  std::vector<core::Organisation> organisations;
  while (rows.step())
    organisations.push_back(read_organisation(rows));
  return organisations;
}

constexpr std::string_view kSelectOrganisationBySlug =
    "SELECT o.id, o.slug, o.name, o.type, o.municipality_code, o.municipality_name,"
    " (SELECT count(*) FROM practice_organisations po JOIN practices p ON p.id = po.practice_id"
    "  WHERE po.organisation_id = o.id AND p.state = 'published')"
    " FROM organisations o WHERE o.slug = ?1";

std::optional<core::Organisation> SqliteOrganisationStore::find_by_slug(std::string_view slug) {
  Lease connection = database_.acquire();
  Statement row = connection->prepare(kSelectOrganisationBySlug);
  row.bind_text(1, slug);
  if (!row.step()) return std::nullopt;
  return read_organisation(row);
}

}  // namespace tori::store::sqlite
