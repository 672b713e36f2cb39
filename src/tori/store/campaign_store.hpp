// SPDX-License-Identifier: AGPL-3.0-or-later
// Campaigns in the database (data/sql/0015_campaigns.sql): saving by slug with their categories,
// criteria, jurors and awards (each award's practice found by its external_id), reading one or
// all, and the awards a practice has won.
//
//   CampaignSaved saved = store.campaigns().save(input, now);  // created, updated, unchanged
//   if (saved.outcome == CampaignSaveOutcome::kUnknownPractice) … saved.unknown_practice
//   for (const store::Campaign& campaign : store.campaigns().all()) …  // the newest year first
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/campaign.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

struct Campaign {
  std::int64_t id = 0;
  core::CampaignInput input;
  UtcTime updated_at{};
};

enum class CampaignSaveOutcome { kCreated, kUpdated, kUnchanged, kUnknownPractice };

struct CampaignSaved {
  CampaignSaveOutcome outcome = CampaignSaveOutcome::kCreated;
  std::int64_t id = 0;             // none (0) when nothing was saved
  std::string unknown_practice{};  // kUnknownPractice: the external_id no practice has
};

// An award as a practice's page shows it ("Vuoden teko 2024 – voittaja").
struct PracticeAward {
  std::string campaign_slug;
  std::string campaign_name;
  int year = 0;
  std::string category_slug;
  std::string category_name;
  core::AwardLevel level = core::AwardLevel::kWinner;
  std::string justification;
};

class CampaignStore {
 public:
  virtual ~CampaignStore() = default;
  // Creates the campaign of `input.slug`, or replaces it (its lists too) when anything differs;
  // logs a "campaign" change. The stored awards of a category that `input` keeps but gives no
  // awards stay (core::with_decided_awards): a re-import never drops the chair's decisions. Jurors
  // linked to accounts (JuryStore) stay linked while a juror has their address (case aside). An
  // award whose practice is unknown saves nothing. REQUIRES: validate_campaign_input(input) found
  // nothing.
  virtual CampaignSaved save(const core::CampaignInput& input, UtcTime now) = 0;
  [[nodiscard]] virtual std::optional<Campaign> find_by_slug(std::string_view slug) = 0;
  // Every campaign, the newest year first (then by slug).
  [[nodiscard]] virtual std::vector<Campaign> all() = 0;
  // The awards of the practice `practice_id`, the newest year first.
  [[nodiscard]] virtual std::vector<PracticeAward> awards_of(std::int64_t practice_id) = 0;
};

}  // namespace tori::store
