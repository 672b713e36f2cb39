// SPDX-License-Identifier: AGPL-3.0-or-later
// Organisations on SQLite: rows with their counts of published practices, and the editors'
// create, edit and merge, each with its audit entry and change-log rows.
#include "tori/store/sqlite/organisation_store.hpp"

#include <array>
#include <set>
#include <string>

#include "tori/store/reserved_slugs.hpp"
#include "tori/store/sqlite/admin_support.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"
#include "tori/text/slug.hpp"

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

// An organisation's row as the changes need it.
struct StoredOrganisation {
  std::int64_t id = 0;
  std::string name;
  std::string type;
  std::optional<std::string> municipality_code;
};

constexpr std::string_view kSelectStored =
    "SELECT id, name, type, municipality_code FROM organisations WHERE slug = ?1";

std::optional<StoredOrganisation> find_stored(Connection& connection, std::string_view slug) {
  Statement row = connection.prepare(kSelectStored);
  row.bind_text(1, slug);
  if (!row.step()) return std::nullopt;
  StoredOrganisation stored{row.column_int64(0), row.column_text(1), row.column_text(2), {}};
  if (!row.column_is_null(3)) stored.municipality_code = row.column_text(3);
  return stored;
}

constexpr std::string_view kSelectNameTaken =
    "SELECT 1 FROM organisations WHERE name_key = ?1 AND id <> ?2";

// Whether another organisation than `id` (0: any) has the name ignoring case.
bool name_taken(Connection& connection, std::string_view name, std::int64_t id) {
  return connection.prepare(kSelectNameTaken)
      .bind_text(1, match_key(name))
      .bind_int64(2, id)
      .step();
}

void bind_municipality(Statement& statement, int index, const OrganisationWrite& write) {
  if (write.municipality) {
    statement.bind_text(index, write.municipality->code)
        .bind_text(index + 1, write.municipality->name);
  } else {
    statement.bind_null(index).bind_null(index + 1);
  }
}

// The practices (any state) that list the organisation.
constexpr std::string_view kSelectPractices =
    "SELECT practice_id FROM practice_organisations WHERE organisation_id = ?1"
    " ORDER BY practice_id";
constexpr std::string_view kSelectAdopted =
    "SELECT practice_id FROM practice_adoptions WHERE organisation_id = ?1 ORDER BY practice_id";

std::vector<std::int64_t> ids_of(Connection& connection, std::string_view sql, std::int64_t id) {
  Statement rows = connection.prepare(sql);
  rows.bind_int64(1, id);
  return read_ids(rows);
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

AdminResult SqliteOrganisationStore::create(const OrganisationWrite& write, const AuditEntry& audit,
                                            UtcTime now) {
  const std::string name = tidy_text(write.name);
  if (name.empty()) return {AdminOutcome::kInvalid};
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (name_taken(connection, name, 0)) return {AdminOutcome::kDuplicate};
  const std::string slug = text::unique_slug(
      text::slugify(name),
      [&](std::string_view candidate) {
        return connection.prepare(kSelectOrganisationSlugTaken).bind_text(1, candidate).step();
      },
      reserved_slugs());
  std::int64_t id = 0;
  {
    Statement insert = connection.prepare(kInsertOrganisation);
    insert.bind_text(1, slug)
        .bind_text(2, name)
        .bind_text(3, match_key(name))
        .bind_text(4, core::to_string(write.type))
        .bind_text(5, format_utc(now));
    bind_municipality(insert, 6, write);
    if (!insert.step()) throw Error("INSERT INTO organisations … RETURNING gave no id");
    id = insert.column_int64(0);
    insert.run();
  }
  append_change(transaction, "organisation", id, ChangeAction::kCreated);
  audit_in(transaction, audit, slug, now);
  transaction.commit();
  return {AdminOutcome::kDone, slug};
}

constexpr std::string_view kUpdateOrganisation =
    "UPDATE organisations SET name = ?2, name_key = ?3, type = ?4, municipality_code = ?5,"
    " municipality_name = ?6 WHERE id = ?1";

AdminOutcome SqliteOrganisationStore::update(std::string_view slug, const OrganisationWrite& write,
                                             const AuditEntry& audit, UtcTime now) {
  const std::string name = tidy_text(write.name);
  if (name.empty()) return AdminOutcome::kInvalid;
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const std::optional<StoredOrganisation> stored = find_stored(connection, slug);
  if (!stored) return AdminOutcome::kNotFound;
  const std::optional<std::string> code =
      write.municipality ? std::optional{write.municipality->code} : std::nullopt;
  if (stored->name == name && stored->type == core::to_string(write.type) &&
      stored->municipality_code == code) {
    return AdminOutcome::kUnchanged;
  }
  if (name_taken(connection, name, stored->id)) return AdminOutcome::kDuplicate;
  {
    Statement update = connection.prepare(kUpdateOrganisation);
    update.bind_int64(1, stored->id)
        .bind_text(2, name)
        .bind_text(3, match_key(name))
        .bind_text(4, core::to_string(write.type));
    bind_municipality(update, 5, write);
    update.run();
  }
  append_change(transaction, "organisation", stored->id, ChangeAction::kUpdated);
  // Practice pages and search documents carry the name.
  if (stored->name != name)
    log_practices(transaction, ids_of(connection, kSelectPractices, stored->id));
  audit_in(transaction, audit, std::string{slug}, now);
  transaction.commit();
  return AdminOutcome::kDone;
}

// The merge, ?1 the duplicate and ?2 the one kept, in this order. A row the kept organisation
// already has wins; a membership of the duplicate that is stronger (approved over the others,
// pending over declined, an approved admin) replaces or raises the kept one's first.
constexpr std::array<std::string_view, 20> kMergeStatements = {
    "DELETE FROM practice_organisations WHERE organisation_id = ?1 AND practice_id IN"
    " (SELECT practice_id FROM practice_organisations WHERE organisation_id = ?2)",
    "UPDATE practice_organisations SET organisation_id = ?2 WHERE organisation_id = ?1",
    "DELETE FROM practice_adoptions WHERE organisation_id = ?1 AND practice_id IN"
    " (SELECT practice_id FROM practice_adoptions WHERE organisation_id = ?2)",
    "UPDATE practice_adoptions SET organisation_id = ?2 WHERE organisation_id = ?1",
    "DELETE FROM memberships WHERE organisation_id = ?2 AND account_id IN"
    " (SELECT d.account_id FROM memberships d WHERE d.organisation_id = ?1 AND"
    "  ((d.state = 'approved' AND memberships.state <> 'approved') OR"
    "   (d.state = 'pending' AND memberships.state = 'declined')))",
    "UPDATE memberships SET role = 'admin' WHERE organisation_id = ?2 AND state = 'approved'"
    " AND account_id IN (SELECT d.account_id FROM memberships d WHERE d.organisation_id = ?1"
    "  AND d.state = 'approved' AND d.role = 'admin')",
    "DELETE FROM memberships WHERE organisation_id = ?1 AND account_id IN"
    " (SELECT account_id FROM memberships WHERE organisation_id = ?2)",
    "UPDATE memberships SET organisation_id = ?2 WHERE organisation_id = ?1",
    // Networks: members, appointed people, expert days, shares, history, join requests.
    "DELETE FROM network_members WHERE organisation_id = ?1 AND network_id IN"
    " (SELECT network_id FROM network_members WHERE organisation_id = ?2)",
    "UPDATE network_members SET organisation_id = ?2 WHERE organisation_id = ?1",
    "DELETE FROM network_people WHERE organisation_id = ?1 AND network_id IN"
    " (SELECT network_id FROM network_people WHERE organisation_id = ?2)",
    "UPDATE network_people SET organisation_id = ?2 WHERE organisation_id = ?1",
    "DELETE FROM network_expert_day_participants WHERE organisation_id = ?1 AND day_id IN"
    " (SELECT day_id FROM network_expert_day_participants WHERE organisation_id = ?2)",
    "UPDATE network_expert_day_participants SET organisation_id = ?2 WHERE organisation_id = ?1",
    "DELETE FROM network_cost_shares WHERE organisation_id = ?1 AND network_id IN"
    " (SELECT network_id FROM network_cost_shares WHERE organisation_id = ?2)",
    "UPDATE network_cost_shares SET organisation_id = ?2 WHERE organisation_id = ?1",
    "UPDATE network_member_history SET organisation_id = ?2 WHERE organisation_id = ?1",
    "DELETE FROM network_join_requests WHERE organisation_id = ?1 AND state = 'pending' AND"
    " network_id IN (SELECT network_id FROM network_join_requests WHERE organisation_id = ?2"
    " AND state = 'pending')",
    "UPDATE network_join_requests SET organisation_id = ?2 WHERE organisation_id = ?1",
    "DELETE FROM organisations WHERE id = ?1 AND id <> ?2",
};

AdminOutcome SqliteOrganisationStore::merge(std::string_view duplicate, std::string_view into,
                                            const AuditEntry& audit, UtcTime now) {
  if (duplicate == into) return AdminOutcome::kSame;
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const std::optional<StoredOrganisation> source = find_stored(connection, duplicate);
  const std::optional<StoredOrganisation> target = find_stored(connection, into);
  if (!source || !target) return AdminOutcome::kNotFound;
  std::set<std::int64_t> touched;
  for (std::string_view sql : {kSelectPractices, kSelectAdopted}) {
    for (std::int64_t id : ids_of(connection, sql, source->id))
      touched.insert(id);
  }
  for (std::string_view sql : kMergeStatements)
    connection.prepare(sql).bind_int64(1, source->id).bind_int64(2, target->id).run();
  append_change(transaction, "organisation", source->id, ChangeAction::kDeleted);
  append_change(transaction, "organisation", target->id, ChangeAction::kUpdated);
  log_practices(transaction, {touched.begin(), touched.end()});
  audit_in(transaction, audit, std::string{duplicate}, now);
  transaction.commit();
  return AdminOutcome::kDone;
}

}  // namespace tori::store::sqlite
