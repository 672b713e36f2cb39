// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury pages' gate and rounds (jury_support.hpp).
#include "tori/web/jury/jury_support.hpp"

#include <algorithm>
#include <chrono>

#include "tori/store/store.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"

namespace tori::web {
namespace {

std::optional<CategoryRound> round_over(const Services& services, const store::Campaign& campaign,
                                        const core::AwardCategory& category,
                                        std::vector<CampaignEntry> all) {
  CategoryRound result;
  result.category = &category;
  std::vector<std::int64_t> ids;
  for (CampaignEntry& entry : all) {
    if (std::ranges::find(entry.categories, category.slug) == entry.categories.end()) continue;
    ids.push_back(entry.practice.id);
    result.entries.push_back(std::move(entry));
  }
  std::optional<core::JuryRound> round =
      services.store.jury().round(campaign.id, category.slug, ids);
  if (!round) return std::nullopt;
  result.round = std::move(*round);
  return result;
}

}  // namespace

core::TimePoint jury_now() {
  return store::utc_now_seconds();
}

JurorGate juror_gate(const http::Request& request, const Services& services,
                     text::Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kJuror))
    return {std::nullopt, std::move(*refusal)};
  auto campaign = services.store.campaigns().find_by_slug(request.param("slug"));
  if (!campaign) return {std::nullopt, error_page(services, language, 404)};
  for (const store::JurorCampaign& mine :
       services.store.jury().campaigns_of_juror(visitor.account->id)) {
    if (mine.campaign_id == campaign->id) {
      return {JurorContext{std::move(visitor), std::move(*campaign), mine.chair}, std::nullopt};
    }
  }
  return {std::nullopt, error_page(services, language, 404)};
}

std::optional<CategoryRound> category_round(const Services& services,
                                            const store::Campaign& campaign,
                                            std::string_view category_slug, core::TimePoint now) {
  for (const core::AwardCategory& category : campaign.input.categories) {
    if (category.slug == category_slug)
      return round_over(services, campaign, category, campaign_entries(services, campaign, now));
  }
  return std::nullopt;
}

std::vector<CategoryRound> category_rounds(const Services& services,
                                           const store::Campaign& campaign, core::TimePoint now) {
  const std::vector<CampaignEntry> all = campaign_entries(services, campaign, now);
  std::vector<CategoryRound> rounds;
  for (const core::AwardCategory& category : campaign.input.categories) {
    if (auto round = round_over(services, campaign, category, all))
      rounds.push_back(std::move(*round));
  }
  return rounds;
}

std::optional<CategoryRound> entry_round(const Services& services, const store::Campaign& campaign,
                                         std::string_view practice_slug, core::TimePoint now) {
  std::vector<CampaignEntry> all = campaign_entries(services, campaign, now);
  const auto entry = std::ranges::find_if(
      all, [&](const CampaignEntry& each) { return each.practice.slug == practice_slug; });
  if (entry == all.end() || entry->categories.empty()) return std::nullopt;
  for (const core::AwardCategory& category : campaign.input.categories) {
    if (category.slug == entry->categories.front())
      return round_over(services, campaign, category, std::move(all));
  }
  return std::nullopt;
}

}  // namespace tori::web
