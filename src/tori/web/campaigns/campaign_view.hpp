// SPDX-License-Identifier: AGPL-3.0-or-later
// What the campaign pages and the front page share: the phase's name, a campaign's dates in the
// page's language, the countdown to the deadline, and the awards with their practices.
//
//   const int days = days_to_deadline(campaign, now);   // 0 on the last day, -1 the day after
//   body.SetValue("COUNTDOWN", countdown_text(services, language, campaign, now));
#pragma once

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ctemplate/template_dictionary.h>

#include "tori/core/campaign.hpp"
#include "tori/core/practice.hpp"
#include "tori/store/campaign_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// Whole Helsinki calendar days from the day of `now` to the deadline day: 0 on the last day,
// 1 the day before, negative once it has passed. REQUIRES: a validated campaign.
[[nodiscard]] int days_to_deadline(const core::CampaignInput& campaign, core::TimePoint now);

// A date "YYYY-MM-DD" of the campaign in the language ("30.9.2026", "30 September 2026").
[[nodiscard]] std::string campaign_date(std::string_view date, text::Language language);

// The phase's name ("Keruu käynnissä", "Raati arvioi", …).
[[nodiscard]] std::string phase_name(const Services& services, text::Language language,
                                     core::CampaignPhase phase);

// One sentence on where the campaign is at `now`: when collecting starts, how many days are
// left until the deadline (or that today is the last day), that the jury is at work and when
// the gala is, or when the winners were announced.
[[nodiscard]] std::string countdown_text(const Services& services, text::Language language,
                                         const core::CampaignInput& campaign, core::TimePoint now);

// The campaign the front page shows at `now`: the one collecting, else the one with the
// nearest phase ahead (upcoming or at the jury), else the newest. `campaigns` newest first.
[[nodiscard]] const store::Campaign* current_campaign(const std::vector<store::Campaign>& campaigns,
                                                      core::TimePoint now);

// An award with the practice it went to (none when the practice is no longer published).
struct ShownAward {
  core::Award award;
  std::optional<core::Practice> practice;
};

// The campaign's awards in one category, winners first, with their published practices;
// awards whose practice is not published are left out.
[[nodiscard]] std::vector<ShownAward> category_awards(const Services& services,
                                                      const core::CampaignInput& campaign,
                                                      std::string_view category);

// The awards of the campaign `campaign_slug` as "AWARD" sections (LEVEL, LEVEL_CLASS, URL,
// LANG, TITLE, ORGANISATIONS, CERTIFICATE_URL, JUSTIFICATION/TEXT) inside an "AWARD_LIST"
// section of `parent`, when there are any.
void fill_award_list(ctemplate::TemplateDictionary& parent, const Services& services,
                     text::Language language, std::string_view campaign_slug,
                     const std::vector<ShownAward>& awards);

// "Vuoden teko 2024 – voittaja", "Vuoden teko 2024 – kunniamaininta" in the language.
[[nodiscard]] std::string award_badge_text(const Services& services, text::Language language,
                                           int year, core::AwardLevel level);

// The practice's awards from campaigns whose gala day has come, as "AWARD_BADGES" with a
// "BADGE" (TEXT, CATEGORY, URL, LEVEL_CLASS) each, the newest first.
void fill_award_badges(ctemplate::TemplateDictionary& body, const Services& services,
                       text::Language language, std::int64_t practice_id);

}  // namespace tori::web
