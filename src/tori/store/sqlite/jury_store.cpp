// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury on either SQL backend: invitations and their acceptance, the jurors with their
// accounts, the chair, and declared conflicts.
#include "tori/store/sqlite/jury_store.hpp"

#include <string>
#include <variant>

#include "tori/store/sqlite/audit_log.hpp"
#include "tori/store/sqlite/jury_rows.hpp"
#include "tori/store/sqlite/mail_outbox.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kJurorColumns =
    "SELECT position, name, title, organisation, email FROM campaign_jurors ";

core::Juror jury_juror_of(const Statement& row) {
  return {row.column_text(1), row.column_text(2), row.column_text(3), row.column_text(4)};
}

constexpr std::string_view kJuryInvitation =
    "SELECT campaign_id, email_key, expires_at, used_at FROM jury_invitations WHERE digest = ?1";

struct JuryInvitationRow {
  std::int64_t campaign_id = 0;
  std::string email_key;
};

// The invitation when it may be used now, else the outcome that says why not.
std::variant<JuryInvitationRow, AcceptOutcome> jury_usable_invitation(Connection& connection,
                                                                      std::string_view digest,
                                                                      UtcTime now) {
  Statement row = connection.prepare(kJuryInvitation);
  row.bind_text(1, digest);
  if (!row.step()) return AcceptOutcome::kUnknown;
  if (!row.column_is_null(3)) return AcceptOutcome::kUsed;
  if (row.column_text(2) <= format_utc(now)) return AcceptOutcome::kExpired;
  return JuryInvitationRow{row.column_int64(0), row.column_text(1)};
}

constexpr std::string_view kJuryMemberKey =
    "SELECT email_key FROM jury_members WHERE campaign_id = ?1 AND account_id = ?2";
constexpr std::string_view kJuryUnlinkOthers =
    "DELETE FROM jury_members WHERE campaign_id = ?1 AND email_key = ?2 AND account_id <> ?3";
constexpr std::string_view kJuryLink =
    "INSERT INTO jury_members (campaign_id, account_id, email_key, chair, accepted_at)"
    " VALUES (?1, ?2, ?3, 0, ?4) ON CONFLICT (campaign_id, account_id) DO NOTHING";
constexpr std::string_view kJuryUseInvitation =
    "UPDATE jury_invitations SET used_at = ?2, used_by = ?3 WHERE digest = ?1";

// Links the invited address to the account (the link moves from another account, if any).
std::optional<AcceptOutcome> jury_link(Connection& connection, const JuryInvitationRow& invitation,
                                       std::int64_t account_id, UtcTime now) {
  {
    Statement member = connection.prepare(kJuryMemberKey);
    member.bind_int64(1, invitation.campaign_id).bind_int64(2, account_id);
    if (member.step() && member.column_text(0) != invitation.email_key)
      return AcceptOutcome::kAccountIsAnotherJuror;
  }
  connection.prepare(kJuryUnlinkOthers)
      .bind_int64(1, invitation.campaign_id)
      .bind_text(2, invitation.email_key)
      .bind_int64(3, account_id)
      .run();
  connection.prepare(kJuryLink)
      .bind_int64(1, invitation.campaign_id)
      .bind_int64(2, account_id)
      .bind_text(3, invitation.email_key)
      .bind_text(4, format_utc(now))
      .run();
  return std::nullopt;
}

constexpr std::string_view kJuryCampaignSlug = "SELECT slug FROM campaigns WHERE id = ?1";

}  // namespace

SqlJuryStore::SqlJuryStore(Database& database) : database_(database) {}

constexpr std::string_view kJuryInsertInvitation =
    "INSERT INTO jury_invitations (digest, campaign_id, email_key, created_at, expires_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5)";

InvitationOutcome SqlJuryStore::create_invitation(std::int64_t campaign_id, int juror_position,
                                                  std::string_view token_digest, UtcTime expires_at,
                                                  const std::vector<OutgoingMail>& mail,
                                                  UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  std::string email_key;
  {
    Statement juror = connection.prepare(
        "SELECT email_key FROM campaign_jurors WHERE campaign_id = ?1 AND position = ?2");
    juror.bind_int64(1, campaign_id).bind_int64(2, juror_position);
    if (!juror.step()) return InvitationOutcome::kNoSuchJuror;
    email_key = juror.column_text(0);
  }
  if (email_key.empty()) return InvitationOutcome::kNoEmail;
  connection.prepare(kJuryInsertInvitation)
      .bind_text(1, token_digest)
      .bind_int64(2, campaign_id)
      .bind_text(3, email_key)
      .bind_text(4, format_utc(now))
      .bind_text(5, format_utc(expires_at))
      .run();
  for (const OutgoingMail& message : mail)
    queue_mail(transaction, message, now);
  transaction.commit();
  return InvitationOutcome::kCreated;
}

JuryAcceptance SqlJuryStore::accept_invitation(std::string_view token_digest,
                                               const JuryActor& actor, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  auto usable = jury_usable_invitation(connection, token_digest, now);
  if (const auto* refused = std::get_if<AcceptOutcome>(&usable)) return {*refused};
  const auto& invitation = std::get<JuryInvitationRow>(usable);
  JuryAcceptance accepted{AcceptOutcome::kAccepted, invitation.campaign_id};
  {
    Statement juror = connection.prepare(std::string{kJurorColumns} +
                                         "WHERE campaign_id = ?1 AND email_key = ?2"
                                         " ORDER BY position LIMIT 1");
    juror.bind_int64(1, invitation.campaign_id).bind_text(2, invitation.email_key);
    if (!juror.step()) return {AcceptOutcome::kJurorRemoved};
    accepted.juror_position = static_cast<int>(juror.column_int64(0));
    accepted.juror = jury_juror_of(juror);
  }
  if (auto refused = jury_link(connection, invitation, actor.account_id, now)) return {*refused};
  connection.prepare(kJuryUseInvitation)
      .bind_text(1, token_digest)
      .bind_text(2, format_utc(now))
      .bind_int64(3, actor.account_id)
      .run();
  Statement slug = connection.prepare(kJuryCampaignSlug);
  slug.bind_int64(1, invitation.campaign_id);
  if (slug.step()) accepted.campaign_slug = slug.column_text(0);
  record_audit(transaction,
               jury_audit(connection, actor, "jury.accept", invitation.campaign_id,
                          "{\"juror_position\":" + std::to_string(accepted.juror_position) + "}"),
               now);
  transaction.commit();
  return accepted;
}

constexpr std::string_view kJuryJurorLinks =
    "SELECT j.position, j.name, j.title, j.organisation, j.email, m.account_id, m.chair,"
    " m.accepted_at, (SELECT max(i.created_at) FROM jury_invitations i"
    " WHERE i.campaign_id = j.campaign_id AND i.email_key = j.email_key)"
    " FROM campaign_jurors j LEFT JOIN jury_members m"
    " ON m.campaign_id = j.campaign_id AND m.email_key = j.email_key AND j.email_key <> ''"
    " WHERE j.campaign_id = ?1 ORDER BY j.position";

std::vector<JurorLink> SqlJuryStore::jurors(std::int64_t campaign_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kJuryJurorLinks);
  rows.bind_int64(1, campaign_id);
  std::vector<JurorLink> links;
  while (rows.step()) {
    JurorLink& link = links.emplace_back();
    link.position = static_cast<int>(rows.column_int64(0));
    link.juror = jury_juror_of(rows);
    if (!rows.column_is_null(5)) link.account_id = rows.column_int64(5);
    link.chair = rows.column_int64(6) != 0;
    link.accepted_at = jury_optional_time(rows, 7);
    link.invited_at = jury_optional_time(rows, 8);
  }
  return links;
}

constexpr std::string_view kJuryCampaignsOf =
    "SELECT c.id, c.slug, c.name, c.year, m.chair, m.accepted_at FROM jury_members m"
    " JOIN campaigns c ON c.id = m.campaign_id WHERE m.account_id = ?1"
    " ORDER BY c.year DESC, c.slug";

std::vector<JurorCampaign> SqlJuryStore::campaigns_of_juror(std::int64_t account_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kJuryCampaignsOf);
  rows.bind_int64(1, account_id);
  std::vector<JurorCampaign> campaigns;
  while (rows.step()) {
    campaigns.push_back({rows.column_int64(0), rows.column_text(1), rows.column_text(2),
                         static_cast<int>(rows.column_int64(3)), rows.column_int64(4) != 0,
                         parse_utc(rows.column_text(5)).value_or(UtcTime{})});
  }
  return campaigns;
}

constexpr std::string_view kJuryClearChair =
    "UPDATE jury_members SET chair = 0 WHERE campaign_id = ?1 AND chair = 1";
constexpr std::string_view kJurySetChair =
    "UPDATE jury_members SET chair = 1 WHERE campaign_id = ?1 AND account_id = ?2";

bool SqlJuryStore::set_chair(std::int64_t campaign_id, std::optional<std::int64_t> chair_account_id,
                             const JuryActor& actor, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (chair_account_id && !is_jury_member(connection, campaign_id, *chair_account_id)) return false;
  connection.prepare(kJuryClearChair).bind_int64(1, campaign_id).run();
  if (chair_account_id) {
    connection.prepare(kJurySetChair)
        .bind_int64(1, campaign_id)
        .bind_int64(2, *chair_account_id)
        .run();
  }
  const std::string chair = chair_account_id ? std::to_string(*chair_account_id) : "null";
  record_audit(transaction,
               jury_audit(connection, actor, "jury.chair", campaign_id,
                          "{\"chair_account_id\":" + chair + "}"),
               now);
  transaction.commit();
  return true;
}

std::vector<std::int64_t> SqlJuryStore::member_organisation_ids(std::int64_t account_id) {
  Lease connection = database_.acquire();
  return approved_organisation_ids(*connection, {account_id}).at(account_id);
}

constexpr std::string_view kJuryDeclareConflict =
    "INSERT INTO jury_conflicts (campaign_id, account_id, practice_id, reason, declared_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (campaign_id, account_id, practice_id) DO NOTHING"
    " RETURNING practice_id";

ConflictOutcome SqlJuryStore::declare_conflict(std::int64_t campaign_id, const JuryActor& juror,
                                               std::int64_t practice_id, std::string_view reason,
                                               UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (!is_jury_member(connection, campaign_id, juror.account_id)) return ConflictOutcome::kNotJuror;
  if (!jury_practice_exists(connection, practice_id)) return ConflictOutcome::kUnknownPractice;
  {
    Statement insert = connection.prepare(kJuryDeclareConflict);
    insert.bind_int64(1, campaign_id).bind_int64(2, juror.account_id).bind_int64(3, practice_id);
    insert.bind_text(4, reason).bind_text(5, format_utc(now));
    if (!insert.step()) return ConflictOutcome::kAlreadyDeclared;
  }
  record_audit(transaction,
               jury_audit(connection, juror, "jury.conflict_declare", campaign_id,
                          "{\"practice_id\":" + std::to_string(practice_id) + "}"),
               now);
  transaction.commit();
  return ConflictOutcome::kDeclared;
}

constexpr std::string_view kJuryWithdrawConflict =
    "DELETE FROM jury_conflicts WHERE campaign_id = ?1 AND account_id = ?2 AND practice_id = ?3"
    " RETURNING practice_id";

bool SqlJuryStore::withdraw_conflict(std::int64_t campaign_id, const JuryActor& juror,
                                     std::int64_t practice_id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  {
    Statement removed = connection.prepare(kJuryWithdrawConflict);
    removed.bind_int64(1, campaign_id).bind_int64(2, juror.account_id).bind_int64(3, practice_id);
    if (!removed.step()) return false;
  }
  record_audit(transaction,
               jury_audit(connection, juror, "jury.conflict_withdraw", campaign_id,
                          "{\"practice_id\":" + std::to_string(practice_id) + "}"),
               now);
  transaction.commit();
  return true;
}

constexpr std::string_view kJuryDeclaredConflicts =
    "SELECT account_id, practice_id, reason, declared_at FROM jury_conflicts"
    " WHERE campaign_id = ?1"
    " AND account_id IN (SELECT account_id FROM jury_members WHERE campaign_id = ?1)"
    " ORDER BY account_id, practice_id";

std::vector<DeclaredConflict> SqlJuryStore::declared_conflicts(std::int64_t campaign_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kJuryDeclaredConflicts);
  rows.bind_int64(1, campaign_id);
  std::vector<DeclaredConflict> conflicts;
  while (rows.step()) {
    conflicts.push_back({rows.column_int64(0), rows.column_int64(1), rows.column_text(2),
                         parse_utc(rows.column_text(3)).value_or(UtcTime{})});
  }
  return conflicts;
}

}  // namespace tori::store::sqlite
