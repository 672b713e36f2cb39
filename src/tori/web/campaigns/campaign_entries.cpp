// SPDX-License-Identifier: AGPL-3.0-or-later
// A campaign's entries with their categories (campaign_entries.hpp).
#include "tori/web/campaigns/campaign_entries.hpp"

#include <algorithm>

#include "tori/core/campaign_entries.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"

namespace tori::web {
namespace {

// The practices first published in the campaign's window (`limit` of them; 0: only the total);
// none before collecting has started.
store::PracticeList window_practices(const Services& services, const store::Campaign& campaign,
                                     core::TimePoint now, int limit) {
  const std::optional<core::TimeWindow> window = core::collecting_window(campaign.input);
  if (!window || core::campaign_phase(campaign.input, now) == core::CampaignPhase::kUpcoming) {
    return {};
  }
  store::PracticeQuery query;
  query.published_from = window->start;
  query.published_before = window->end;
  query.limit = limit;
  return services.store.practices().list(query);
}

}  // namespace

std::int64_t entry_count(const Services& services, const store::Campaign& campaign,
                         core::TimePoint now) {
  return window_practices(services, campaign, now, 0).total;
}

std::vector<CampaignEntry> campaign_entries(const Services& services,
                                            const store::Campaign& campaign, core::TimePoint now) {
  store::PracticeList list = window_practices(services, campaign, now, kMaxCampaignEntries);
  const std::vector<core::EntryChoice> choices =
      services.store.campaign_entries().choices(campaign.id);
  std::vector<CampaignEntry> entries;
  entries.reserve(list.items.size());
  for (core::Practice& practice : list.items) {
    std::vector<std::string> categories = core::entry_categories(campaign.input, practice, choices);
    entries.push_back({std::move(practice), std::move(categories)});
  }
  return entries;
}

std::size_t entries_in(const std::vector<CampaignEntry>& entries, std::string_view category) {
  return static_cast<std::size_t>(std::ranges::count_if(entries, [&](const CampaignEntry& entry) {
    return std::ranges::find(entry.categories, category) != entry.categories.end();
  }));
}

}  // namespace tori::web
