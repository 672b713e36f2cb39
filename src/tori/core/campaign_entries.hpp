// SPDX-License-Identifier: AGPL-3.0-or-later
// Which award categories of a campaign an entry takes part in: those of its sectors and themes,
// and the special ones its contributor chose, as the editors have moved it. No I/O.
//
//   auto categories = entry_categories(campaign, practice, choices_of_this_practice);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/campaign.hpp"
#include "tori/core/practice.hpp"

namespace tori::core {

// Who put an entry in a category or took it out of one.
enum class EntryChooser { kContributor, kEditor };

// "contributor", "editor" and back.
[[nodiscard]] std::string_view to_string(EntryChooser chooser);
[[nodiscard]] std::optional<EntryChooser> parse_entry_chooser(std::string_view text);

// A choice about one practice in one category: in (a contributor's pick of a special category,
// or an editor's move into any category) or out (an editor's move out of a category the entry
// would otherwise be in).
struct EntryChoice {
  std::int64_t practice_id = 0;
  std::string category;  // an AwardCategory's slug
  bool included = true;
  EntryChooser chosen_by = EntryChooser::kContributor;
  bool operator==(const EntryChoice&) const = default;
};

// Whether the category takes the practice by itself: a sector category when one of the
// practice's sectors is its sector, a theme category likewise (labels compared as slugs, so
// "Sosiaali- ja terveysala" is "sosiaali- ja terveysala"); never a special one.
[[nodiscard]] bool category_takes(const AwardCategory& category, const Practice& practice);

// The slugs of the categories the practice is in, in the campaign's order: those that take it by
// itself and those chosen in, less those chosen out. `choices` may hold other practices' choices
// and choices of categories the campaign no longer has; both are ignored. A contributor's choice
// counts only for a special category; an editor's counts for any.
[[nodiscard]] std::vector<std::string> entry_categories(const CampaignInput& campaign,
                                                        const Practice& practice,
                                                        const std::vector<EntryChoice>& choices);

// The special categories a contributor may choose: every category of kind special.
[[nodiscard]] std::vector<const AwardCategory*> contributor_categories(
    const CampaignInput& campaign);

}  // namespace tori::core
