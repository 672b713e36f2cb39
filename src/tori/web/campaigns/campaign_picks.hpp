// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice form's campaign part: while a campaign collects, the contributor picks which of
// its special categories (the awards of the year's communication, technology… deeds) the
// practice enters; stored as the contributor's choices (core/campaign_entries.hpp).
//
//   fill_campaign_picks(body, services, language, form.campaign_categories);
//   save_campaign_picks(services, practice_id, form.campaign_categories, account.id);
#pragma once

#include <cstdint>
#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it
#include <optional>
#include <string>
#include <vector>

#include <ctemplate/template_dictionary.h>

#include "tori/store/campaign_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The campaign collecting now, if any (the newest when several do).
[[nodiscard]] std::optional<store::Campaign> collecting_campaign(const Services& services);

// The section CAMPAIGN_PICKS (NAME, DEADLINE; a CATEGORY each: SLUG, NAME, DESCRIPTION,
// CHECKED) when a campaign collects and has special categories; `picked` are checked.
void fill_campaign_picks(ctemplate::TemplateDictionary& body, const Services& services,
                         text::Language language, const std::vector<std::string>& picked);

// The special categories of the collecting campaign the practice is in by choice (its
// contributor's picks as the editors left them); none when no campaign collects.
[[nodiscard]] std::vector<std::string> stored_campaign_picks(const Services& services,
                                                             std::int64_t practice_id);

// Stores the contributor's picks for the practice in the collecting campaign: only its special
// categories count, others in `picked` are ignored. Nothing when no campaign collects.
void save_campaign_picks(const Services& services, std::int64_t practice_id,
                         const std::vector<std::string>& picked,
                         std::optional<std::int64_t> account_id);

}  // namespace tori::web
