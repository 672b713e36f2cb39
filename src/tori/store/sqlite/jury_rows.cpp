// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury's shared statements: account links kept across campaign saves, membership checks, the
// jurors' order, approved organisations and the audit entry of a jury action.
#include "tori/store/sqlite/jury_rows.hpp"

#include "tori/store/sqlite/practice_values.hpp"

namespace tori::store::sqlite {

constexpr std::string_view kJuryDropRemovedMembers =
    "DELETE FROM jury_members WHERE campaign_id = ?1 AND email_key NOT IN"
    " (SELECT email_key FROM campaign_jurors WHERE campaign_id = ?1 AND email_key <> '')";

void drop_removed_jury_members(Connection& connection, std::int64_t campaign_id) {
  connection.prepare(kJuryDropRemovedMembers).bind_int64(1, campaign_id).run();
}

constexpr std::string_view kJuryIsMember =
    "SELECT 1 FROM jury_members WHERE campaign_id = ?1 AND account_id = ?2";

bool is_jury_member(Connection& connection, std::int64_t campaign_id, std::int64_t account_id) {
  Statement row = connection.prepare(kJuryIsMember);
  row.bind_int64(1, campaign_id).bind_int64(2, account_id);
  return row.step();
}

constexpr std::string_view kJuryPracticeExists = "SELECT 1 FROM practices WHERE id = ?1";

bool jury_practice_exists(Connection& connection, std::int64_t practice_id) {
  Statement row = connection.prepare(kJuryPracticeExists);
  row.bind_int64(1, practice_id);
  return row.step();
}

// A juror's address may appear at several positions; the first one orders the member.
constexpr std::string_view kJuryMemberIds =
    "SELECT m.account_id FROM jury_members m JOIN campaign_jurors j"
    " ON j.campaign_id = m.campaign_id AND j.email_key = m.email_key"
    " WHERE m.campaign_id = ?1 GROUP BY m.account_id ORDER BY min(j.position), m.account_id";

std::vector<std::int64_t> jury_member_ids(Connection& connection, std::int64_t campaign_id) {
  Statement rows = connection.prepare(kJuryMemberIds);
  rows.bind_int64(1, campaign_id);
  std::vector<std::int64_t> ids;
  while (rows.step())
    ids.push_back(rows.column_int64(0));
  return ids;
}

constexpr std::string_view kJuryApprovedOrganisations =
    "SELECT account_id, organisation_id FROM memberships WHERE state = 'approved'"
    " AND account_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))"
    " ORDER BY account_id, organisation_id";

std::map<std::int64_t, std::vector<std::int64_t>> approved_organisation_ids(
    Connection& connection, const std::vector<std::int64_t>& account_ids) {
  std::map<std::int64_t, std::vector<std::int64_t>> organisations;
  for (std::int64_t id : account_ids)
    organisations[id];
  if (account_ids.empty()) return organisations;
  Statement rows = connection.prepare(kJuryApprovedOrganisations);
  rows.bind_text(1, json_array(account_ids));
  while (rows.step())
    organisations[rows.column_int64(0)].push_back(rows.column_int64(1));
  return organisations;
}

constexpr std::string_view kJuryActorEmail = "SELECT email FROM accounts WHERE id = ?1";

AuditEntry jury_audit(Connection& connection, const JuryActor& actor, std::string action,
                      std::int64_t campaign_id, std::string detail) {
  Statement row = connection.prepare(kJuryActorEmail);
  row.bind_int64(1, actor.account_id);
  std::string label =
      row.step() ? row.column_text(0) : "account " + std::to_string(actor.account_id);
  return {.actor_account_id = actor.account_id,
          .actor = std::move(label),
          .action = std::move(action),
          .object_type = "campaign",
          .object_id = std::to_string(campaign_id),
          .detail = std::move(detail),
          .ip_hash = actor.ip_hash};
}

std::optional<UtcTime> jury_optional_time(const Statement& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return parse_utc(row.column_text(column));
}

}  // namespace tori::store::sqlite
