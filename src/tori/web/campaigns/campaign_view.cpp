// SPDX-License-Identifier: AGPL-3.0-or-later
// What the campaign pages share (campaign_view.hpp): phase names, dates, the countdown, awards.
#include "tori/web/campaigns/campaign_view.hpp"

#include <algorithm>
#include <chrono>

#include "tori/core/ranking.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/practice_view.hpp"

namespace tori::web {
namespace {

// The Helsinki calendar day of `time` as "YYYY-MM-DD".
std::string helsinki_day_of(core::TimePoint time) {
  return text::format_rfc3339_helsinki(time).substr(0, 10);
}

// Whole days from the start of day `from` to the start of day `to` (a DST change makes one of
// them 23 or 25 hours long, hence the rounding).
int days_between(std::string_view from, std::string_view to) {
  const std::optional<core::TimePoint> start = core::start_of_helsinki_day(from);
  const std::optional<core::TimePoint> end = core::start_of_helsinki_day(to);
  if (!start || !end) return 0;
  return static_cast<int>(std::chrono::round<std::chrono::days>(*end - *start).count());
}

std::string_view phase_key(core::CampaignPhase phase) {
  switch (phase) {
    case core::CampaignPhase::kUpcoming:
      return "campaigns.phase.upcoming";
    case core::CampaignPhase::kCollecting:
      return "campaigns.phase.collecting";
    case core::CampaignPhase::kJury:
      return "campaigns.phase.jury";
    case core::CampaignPhase::kResults:
      return "campaigns.phase.results";
  }
  return "campaigns.phase.results";
}

}  // namespace

int days_to_deadline(const core::CampaignInput& campaign, core::TimePoint now) {
  return days_between(helsinki_day_of(now), campaign.collecting_until);
}

std::string campaign_date(std::string_view date, text::Language language) {
  const std::optional<core::TimePoint> start = core::start_of_helsinki_day(date);
  // Noon of the day: the same calendar day in every zone the formatter may use.
  return start ? text::format_date(*start + std::chrono::hours(12), language) : std::string(date);
}

std::string phase_name(const Services& services, text::Language language,
                       core::CampaignPhase phase) {
  return services.catalogue.text(language, std::string(phase_key(phase)));
}

std::string countdown_text(const Services& services, text::Language language,
                           const core::CampaignInput& campaign, core::TimePoint now) {
  const text::Catalogue& catalogue = services.catalogue;
  const text::MessageArguments dates = {
      {"from", campaign_date(campaign.collecting_from, language)},
      {"until", campaign_date(campaign.collecting_until, language)},
      {"gala", campaign_date(campaign.gala_date, language)},
      {"days", static_cast<long long>(days_to_deadline(campaign, now))}};
  switch (core::campaign_phase(campaign, now)) {
    case core::CampaignPhase::kUpcoming:
      return catalogue.format(language, "campaigns.countdown.upcoming", dates);
    case core::CampaignPhase::kCollecting:
      return catalogue.format(language, "campaigns.countdown.collecting", dates);
    case core::CampaignPhase::kJury:
      return catalogue.format(language, "campaigns.countdown.jury", dates);
    case core::CampaignPhase::kResults:
      return catalogue.format(language, "campaigns.countdown.results", dates);
  }
  return {};
}

const store::Campaign* current_campaign(const std::vector<store::Campaign>& campaigns,
                                        core::TimePoint now) {
  const store::Campaign* ahead = nullptr;
  for (const store::Campaign& campaign : campaigns) {
    const core::CampaignPhase phase = core::campaign_phase(campaign.input, now);
    if (phase == core::CampaignPhase::kCollecting) return &campaign;
    // Newest first, so the last one seen ahead is the nearest.
    if (phase != core::CampaignPhase::kResults) ahead = &campaign;
  }
  if (ahead != nullptr) return ahead;
  return campaigns.empty() ? nullptr : &campaigns.front();
}

std::vector<ShownAward> category_awards(const Services& services,
                                        const core::CampaignInput& campaign,
                                        std::string_view category) {
  std::vector<ShownAward> shown;
  for (const core::Award& award : campaign.awards) {
    if (award.category != category) continue;
    std::optional<core::Practice> practice =
        services.store.practices().find_by_external_id(award.external_id);
    if (!practice || practice->state != core::PracticeState::kPublished) continue;
    shown.push_back({award, std::move(practice)});
  }
  std::ranges::stable_sort(shown, [](const ShownAward& a, const ShownAward& b) {
    return a.award.level == core::AwardLevel::kWinner && b.award.level != core::AwardLevel::kWinner;
  });
  return shown;
}

void fill_award_list(ctemplate::TemplateDictionary& parent, const Services& services,
                     text::Language language, std::string_view campaign_slug,
                     const std::vector<ShownAward>& awards) {
  if (awards.empty()) return;
  ctemplate::TemplateDictionary* list = parent.AddSectionDictionary("AWARD_LIST");
  for (const ShownAward& shown : awards) {
    const bool winner = shown.award.level == core::AwardLevel::kWinner;
    ctemplate::TemplateDictionary* item = list->AddSectionDictionary("AWARD");
    item->SetValue("LEVEL", services.catalogue.text(language, winner ? "campaigns.award.winner"
                                                                     : "campaigns.award.mention"));
    item->SetValue("LEVEL_CLASS", winner ? "winner" : "mention");
    item->SetValue("URL", localised_path(language, "/teot/" + shown.practice->slug));
    item->SetValue("LANG", std::string(core::to_string(shown.practice->language)));
    item->SetValue("TITLE", shown.practice->title);
    item->SetValue("ORGANISATIONS", organisation_names(*shown.practice));
    item->SetValue("CERTIFICATE_URL",
                   localised_path(language, "/kampanjat/" + std::string(campaign_slug) +
                                                "/kunniakirja/" + shown.practice->slug));
    if (!shown.award.justification.empty()) {
      item->AddSectionDictionary("JUSTIFICATION")->SetValue("TEXT", shown.award.justification);
    }
  }
}

std::string award_badge_text(const Services& services, text::Language language, int year,
                             core::AwardLevel level) {
  return services.catalogue.format(
      language,
      level == core::AwardLevel::kWinner ? "campaigns.badge.winner" : "campaigns.badge.mention",
      {{"year", std::to_string(year)}});
}

void fill_award_badges(ctemplate::TemplateDictionary& body, const Services& services,
                       text::Language language, std::int64_t practice_id) {
  const core::TimePoint now = store::utc_now_seconds();
  ctemplate::TemplateDictionary* badges = nullptr;
  for (const store::PracticeAward& award : services.store.campaigns().awards_of(practice_id)) {
    const auto campaign = services.store.campaigns().find_by_slug(award.campaign_slug);
    if (!campaign || core::campaign_phase(campaign->input, now) != core::CampaignPhase::kResults) {
      continue;  // not public before the gala day
    }
    if (badges == nullptr) badges = body.AddSectionDictionary("AWARD_BADGES");
    ctemplate::TemplateDictionary* badge = badges->AddSectionDictionary("BADGE");
    badge->SetValue("TEXT", award_badge_text(services, language, award.year, award.level));
    badge->SetValue("CATEGORY", award.category_name);
    badge->SetValue("URL", localised_path(language, "/kampanjat/" + award.campaign_slug) +
                               "#sarja-" + award.category_slug);
    badge->SetValue("LEVEL_CLASS", award.level == core::AwardLevel::kWinner ? "winner" : "mention");
  }
}

}  // namespace tori::web
