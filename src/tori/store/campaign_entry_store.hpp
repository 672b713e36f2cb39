// SPDX-License-Identifier: AGPL-3.0-or-later
// The choices about campaign entries' categories (data/sql/0017_campaign_entries.sql): a
// contributor's picks of special categories and editors' moves; core/campaign_entries.hpp turns
// them and a practice's terms into the categories it is in.
//
//   store.campaign_entries().choose(campaign_id, {practice_id, "viestinta", true,
//                                   core::EntryChooser::kEditor}, audit, now);
//   auto choices = store.campaign_entries().choices(campaign_id);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tori/core/campaign_entries.hpp"
#include "tori/store/audit_log.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

enum class EntryChoiceOutcome { kSaved, kUnknownCampaign, kUnknownCategory, kUnknownPractice };

class CampaignEntryStore {
 public:
  virtual ~CampaignEntryStore() = default;
  // Records the choice (replacing the earlier one for the same practice and category) and, for
  // an editor's move, `audit` ("campaign.entry_move") in the same transaction.
  virtual EntryChoiceOutcome choose(std::int64_t campaign_id, const core::EntryChoice& choice,
                                    const std::optional<AuditEntry>& audit, UtcTime now) = 0;
  // A contributor's picks for a practice: the categories in `categories` in, every other
  // contributor's pick of the campaign for the practice out; an editor's choice about a category
  // stays as it is. Nothing is saved when a category is unknown.
  virtual EntryChoiceOutcome set_contributor_picks(std::int64_t campaign_id,
                                                   std::int64_t practice_id,
                                                   const std::vector<std::string>& categories,
                                                   std::optional<std::int64_t> account_id,
                                                   UtcTime now) = 0;
  // Every choice of the campaign, by practice id then category.
  [[nodiscard]] virtual std::vector<core::EntryChoice> choices(std::int64_t campaign_id) = 0;
  // The choices of one practice in the campaign.
  [[nodiscard]] virtual std::vector<core::EntryChoice> choices_of(std::int64_t campaign_id,
                                                                  std::int64_t practice_id) = 0;
};

}  // namespace tori::store
