// SPDX-License-Identifier: AGPL-3.0-or-later
// Memberships on SQLite: requests, decisions, roles and the lists of them; every change by
// someone else than the person is audited in the same transaction.
#include "tori/store/sqlite/membership_store.hpp"

#include "tori/store/sqlite/audit_log.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kMembershipColumns =
    "SELECT m.account_id, m.organisation_id, o.slug, o.name, m.role, m.state, m.message,"
    " m.requested_at, a.email, a.name FROM memberships m"
    " JOIN organisations o ON o.id = m.organisation_id JOIN accounts a ON a.id = m.account_id ";

MembershipRequest read_membership(const Statement& row) {
  core::Membership membership;
  membership.account_id = row.column_int64(0);
  membership.organisation_id = row.column_int64(1);
  membership.organisation_slug = row.column_text(2);
  membership.organisation_name = row.column_text(3);
  membership.role =
      core::parse_membership_role(row.column_text(4)).value_or(core::MembershipRole::kMember);
  membership.state =
      core::parse_membership_state(row.column_text(5)).value_or(core::MembershipState::kPending);
  membership.message = row.column_text(6);
  membership.requested_at =
      std::chrono::floor<std::chrono::seconds>(parse_utc(row.column_text(7)).value_or(UtcTime{}));
  return {std::move(membership), row.column_text(8), row.column_text(9)};
}

std::vector<MembershipRequest> read_all(Statement& rows) {
  std::vector<MembershipRequest> found;
  while (rows.step())
    found.push_back(read_membership(rows));
  return found;
}

constexpr std::string_view kSelectState =
    "SELECT state FROM memberships WHERE account_id = ?1 AND organisation_id = ?2";
constexpr std::string_view kOrganisationExists = "SELECT 1 FROM organisations WHERE id = ?1";

std::optional<std::string> state_of(Connection& connection, std::int64_t account_id,
                                    std::int64_t organisation_id) {
  Statement row = connection.prepare(kSelectState);
  row.bind_int64(1, account_id).bind_int64(2, organisation_id);
  if (!row.step()) return std::nullopt;
  return row.column_text(0);
}

}  // namespace

SqliteMembershipStore::SqliteMembershipStore(Database& database) : database_(database) {}

constexpr std::string_view kUpsertRequest =
    "INSERT INTO memberships (account_id, organisation_id, role, state, message, requested_at)"
    " VALUES (?1, ?2, 'member', 'pending', ?3, ?4) ON CONFLICT (account_id, organisation_id)"
    " DO UPDATE SET state = 'pending', role = 'member', message = ?3, requested_at = ?4,"
    " decided_at = NULL, decided_by = NULL";

MembershipRequestOutcome SqliteMembershipStore::request(std::int64_t account_id,
                                                        std::int64_t organisation_id,
                                                        std::string_view message, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  {
    Statement exists = connection.prepare(kOrganisationExists);
    exists.bind_int64(1, organisation_id);
    if (!exists.step()) return MembershipRequestOutcome::kNoOrganisation;
  }
  const auto state = state_of(connection, account_id, organisation_id);
  if (state == "approved") return MembershipRequestOutcome::kAlreadyMember;
  if (state == "pending") return MembershipRequestOutcome::kAlreadyPending;
  connection.prepare(kUpsertRequest)
      .bind_int64(1, account_id)
      .bind_int64(2, organisation_id)
      .bind_text(3, message)
      .bind_text(4, format_utc(now))
      .run();
  transaction.commit();
  return MembershipRequestOutcome::kRequested;
}

constexpr std::string_view kDecide =
    "UPDATE memberships SET state = ?3, decided_at = ?4, decided_by = ?5"
    " WHERE account_id = ?1 AND organisation_id = ?2 AND state = 'pending' RETURNING account_id";

bool SqliteMembershipStore::decide(std::int64_t account_id, std::int64_t organisation_id,
                                   bool approve, const AuditEntry& audit, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  {
    Statement decide = transaction.connection().prepare(kDecide);
    decide.bind_int64(1, account_id)
        .bind_int64(2, organisation_id)
        .bind_text(3, approve ? "approved" : "declined")
        .bind_text(4, format_utc(now));
    if (audit.actor_account_id)
      decide.bind_int64(5, *audit.actor_account_id);
    else
      decide.bind_null(5);
    if (!decide.step()) return false;
  }
  record_audit(transaction, audit, now);
  transaction.commit();
  return true;
}

constexpr std::string_view kSetRole =
    "UPDATE memberships SET role = ?3 WHERE account_id = ?1 AND organisation_id = ?2"
    " AND state = 'approved' RETURNING account_id";

bool SqliteMembershipStore::set_role(std::int64_t account_id, std::int64_t organisation_id,
                                     core::MembershipRole role, const AuditEntry& audit,
                                     UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  {
    Statement update = transaction.connection().prepare(kSetRole);
    update.bind_int64(1, account_id).bind_int64(2, organisation_id).bind_text(3, to_string(role));
    if (!update.step()) return false;
  }
  record_audit(transaction, audit, now);
  transaction.commit();
  return true;
}

constexpr std::string_view kDelete =
    "DELETE FROM memberships WHERE account_id = ?1 AND organisation_id = ?2 RETURNING account_id";

bool SqliteMembershipStore::remove(std::int64_t account_id, std::int64_t organisation_id,
                                   const AuditEntry& audit, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  {
    Statement remove = transaction.connection().prepare(kDelete);
    remove.bind_int64(1, account_id).bind_int64(2, organisation_id);
    if (!remove.step()) return false;
  }
  record_audit(transaction, audit, now);
  transaction.commit();
  return true;
}

std::vector<core::Membership> SqliteMembershipStore::of_account(std::int64_t account_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(std::string(kMembershipColumns) +
                                       "WHERE m.account_id = ?1 ORDER BY o.name COLLATE fi, o.id");
  rows.bind_int64(1, account_id);
  std::vector<core::Membership> memberships;
  for (MembershipRequest& found : read_all(rows))
    memberships.push_back(std::move(found.membership));
  return memberships;
}

std::vector<MembershipRequest> SqliteMembershipStore::pending(
    const std::vector<std::int64_t>& organisation_ids) {
  std::string ids = "[";
  for (std::int64_t id : organisation_ids)
    ids += (ids.size() > 1 ? "," : "") + std::to_string(id);
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      std::string(kMembershipColumns) +
      "WHERE m.state = 'pending' AND (?1 = '[]' OR m.organisation_id IN"
      " (SELECT CAST(value AS BIGINT) FROM json_each(?1))) ORDER BY m.requested_at, m.account_id");
  rows.bind_text(1, ids + "]");
  return read_all(rows);
}

std::vector<MembershipRequest> SqliteMembershipStore::members(std::int64_t organisation_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      std::string(kMembershipColumns) +
      "WHERE m.organisation_id = ?1 AND m.state = 'approved' ORDER BY a.name COLLATE fi, a.id");
  rows.bind_int64(1, organisation_id);
  return read_all(rows);
}

}  // namespace tori::store::sqlite
