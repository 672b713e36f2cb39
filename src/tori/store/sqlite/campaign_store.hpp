// SPDX-License-Identifier: AGPL-3.0-or-later
// Campaigns on either SQL backend (data/sql/0015_campaigns.sql).
#pragma once

#include "tori/store/campaign_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlCampaignStore final : public CampaignStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0015.
  explicit SqlCampaignStore(Database& database);
  CampaignSaved save(const core::CampaignInput& input, UtcTime now) override;
  std::optional<Campaign> find_by_slug(std::string_view slug) override;
  std::vector<Campaign> all() override;
  std::vector<PracticeAward> awards_of(std::int64_t practice_id) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
