// SPDX-License-Identifier: AGPL-3.0-or-later
// What the jury's statements share: membership and existence checks, the current jurors in
// their order, approved organisations, the audit entry of a jury action, and keeping the
// account links when a campaign is saved. Internal to SqlJuryStore and SqlCampaignStore.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/audit_log.hpp"
#include "tori/store/jury_store.hpp"
#include "tori/store/sqlite/connection.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store::sqlite {

// Deletes the account links (jury_members) of the campaign's jurors whose address no juror of
// the campaign has any longer; run after campaign_jurors is rewritten. Their reviews and
// conflicts stay, unread while the account is not a member.
void drop_removed_jury_members(Connection& connection, std::int64_t campaign_id);

// Whether the account is a linked juror of the campaign.
[[nodiscard]] bool is_jury_member(Connection& connection, std::int64_t campaign_id,
                                  std::int64_t account_id);

// Whether a practice has that id.
[[nodiscard]] bool jury_practice_exists(Connection& connection, std::int64_t practice_id);

// The linked jurors' accounts in the order of the campaign's jurors.
[[nodiscard]] std::vector<std::int64_t> jury_member_ids(Connection& connection,
                                                        std::int64_t campaign_id);

// The organisations each account is an approved member of, ascending; every account of
// `account_ids` has an entry.
[[nodiscard]] std::map<std::int64_t, std::vector<std::int64_t>> approved_organisation_ids(
    Connection& connection, const std::vector<std::int64_t>& account_ids);

// The audit entry of a jury action by `actor` (logged under the account's address at the time)
// on campaign `campaign_id`; `detail` is JSON.
[[nodiscard]] AuditEntry jury_audit(Connection& connection, const JuryActor& actor,
                                    std::string action, std::int64_t campaign_id,
                                    std::string detail);

// A stored UTC time, or none for NULL.
[[nodiscard]] std::optional<UtcTime> jury_optional_time(const Statement& row, int column);

}  // namespace tori::store::sqlite
