// SPDX-License-Identifier: AGPL-3.0-or-later
// Campaign entries' category choices on either SQL backend (data/sql/0017_campaign_entries.sql).
#pragma once

#include "tori/store/campaign_entry_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlCampaignEntryStore final : public CampaignEntryStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0017.
  explicit SqlCampaignEntryStore(Database& database);
  EntryChoiceOutcome choose(std::int64_t campaign_id, const core::EntryChoice& choice,
                            const std::optional<AuditEntry>& audit, UtcTime now) override;
  EntryChoiceOutcome set_contributor_picks(std::int64_t campaign_id, std::int64_t practice_id,
                                           const std::vector<std::string>& categories,
                                           std::optional<std::int64_t> account_id,
                                           UtcTime now) override;
  std::vector<core::EntryChoice> choices(std::int64_t campaign_id) override;
  std::vector<core::EntryChoice> choices_of(std::int64_t campaign_id,
                                            std::int64_t practice_id) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
