// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice form's campaign part (campaign_picks.hpp).
#include "tori/web/campaigns/campaign_picks.hpp"

#include <algorithm>
#include <chrono>

#include "tori/core/campaign_entries.hpp"
#include "tori/store/store.hpp"
#include "tori/web/campaigns/campaign_view.hpp"

namespace tori::web {
namespace {

bool picked_one(const std::vector<std::string>& picked, const std::string& slug) {
  return std::ranges::find(picked, slug) != picked.end();
}

}  // namespace

std::optional<store::Campaign> collecting_campaign(const Services& services) {
  const auto now = store::utc_now_seconds();
  for (store::Campaign& campaign : services.store.campaigns().all()) {
    if (core::campaign_phase(campaign.input, now) == core::CampaignPhase::kCollecting)
      return std::move(campaign);
  }
  return std::nullopt;
}

void fill_campaign_picks(ctemplate::TemplateDictionary& body, const Services& services,
                         text::Language language, const std::vector<std::string>& picked) {
  const std::optional<store::Campaign> campaign = collecting_campaign(services);
  if (!campaign) return;
  const auto special = core::contributor_categories(campaign->input);
  if (special.empty()) return;
  ctemplate::TemplateDictionary* section = body.AddSectionDictionary("CAMPAIGN_PICKS");
  section->SetValue("NAME", campaign->input.name);
  section->SetValue("DEADLINE", campaign_date(campaign->input.collecting_until, language));
  for (const core::AwardCategory* category : special) {
    ctemplate::TemplateDictionary* item = section->AddSectionDictionary("CATEGORY");
    item->SetValue("SLUG", category->slug);
    item->SetValue("NAME", category->name);
    item->SetValue("DESCRIPTION", category->description);
    if (picked_one(picked, category->slug)) item->ShowSection("CHECKED");
  }
}

std::vector<std::string> stored_campaign_picks(const Services& services, std::int64_t practice_id) {
  const std::optional<store::Campaign> campaign = collecting_campaign(services);
  if (!campaign) return {};
  std::vector<std::string> picked;
  for (const core::EntryChoice& choice :
       services.store.campaign_entries().choices_of(campaign->id, practice_id)) {
    if (choice.included) picked.push_back(choice.category);
  }
  return picked;
}

void save_campaign_picks(const Services& services, std::int64_t practice_id,
                         const std::vector<std::string>& picked,
                         std::optional<std::int64_t> account_id) {
  const std::optional<store::Campaign> campaign = collecting_campaign(services);
  if (!campaign) return;
  std::vector<std::string> special;
  for (const core::AwardCategory* category : core::contributor_categories(campaign->input))
    if (picked_one(picked, category->slug)) special.push_back(category->slug);
  services.store.campaign_entries().set_contributor_picks(campaign->id, practice_id, special,
                                                          account_id, store::utc_now());
}

}  // namespace tori::web
