// SPDX-License-Identifier: AGPL-3.0-or-later
// A campaign's entries with the categories each is in: the practices first published in its
// collecting window, and core/campaign_entries.hpp over their terms and the stored choices.
//
//   for (const CampaignEntry& entry : campaign_entries(services, campaign)) …
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice.hpp"
#include "tori/store/campaign_store.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// Most entries a campaign's pages read (far above any year's count so far).
inline constexpr int kMaxCampaignEntries = 5000;

struct CampaignEntry {
  core::Practice practice;              // light: as a listing gives it
  std::vector<std::string> categories;  // slugs, in the campaign's order
};

// Every entry, the newest first; none before collecting has started (at `now`).
[[nodiscard]] std::vector<CampaignEntry> campaign_entries(const Services& services,
                                                          const store::Campaign& campaign,
                                                          core::TimePoint now);

// How many entries the campaign has at `now` (one count query, no practices loaded).
[[nodiscard]] std::int64_t entry_count(const Services& services, const store::Campaign& campaign,
                                       core::TimePoint now);

// How many of `entries` are in `category`.
[[nodiscard]] std::size_t entries_in(const std::vector<CampaignEntry>& entries,
                                     std::string_view category);

}  // namespace tori::web
