// SPDX-License-Identifier: AGPL-3.0-or-later
// Which categories an entry is in (campaign_entries.hpp).
#include "tori/core/campaign_entries.hpp"

#include <algorithm>

#include "tori/text/slug.hpp"

namespace tori::core {
namespace {

bool has_label(const std::vector<Named>& terms, std::string_view label) {
  const std::string wanted = text::slugify(label);
  return std::ranges::any_of(terms, [&](const Named& term) {
    return term.slug == wanted || text::slugify(term.name) == wanted;
  });
}

// The choice about `category` that counts for the practice: an editor's over a contributor's,
// and a contributor's only for a special category. None when there is none.
const EntryChoice* counted_choice(const AwardCategory& category, std::int64_t practice_id,
                                  const std::vector<EntryChoice>& choices) {
  const EntryChoice* counted = nullptr;
  for (const EntryChoice& choice : choices) {
    if (choice.practice_id != practice_id || choice.category != category.slug) continue;
    if (choice.chosen_by == EntryChooser::kEditor) return &choice;
    if (category.kind == CategoryKind::kSpecial) counted = &choice;
  }
  return counted;
}

}  // namespace

std::string_view to_string(EntryChooser chooser) {
  return chooser == EntryChooser::kEditor ? "editor" : "contributor";
}

std::optional<EntryChooser> parse_entry_chooser(std::string_view text) {
  if (text == "contributor") return EntryChooser::kContributor;
  if (text == "editor") return EntryChooser::kEditor;
  return std::nullopt;
}

bool category_takes(const AwardCategory& category, const Practice& practice) {
  switch (category.kind) {
    case CategoryKind::kSector:
      return has_label(practice.sectors, category.sector);
    case CategoryKind::kTheme:
      return has_label(practice.themes, category.theme);
    case CategoryKind::kSpecial:
      break;
  }
  return false;
}

std::vector<std::string> entry_categories(const CampaignInput& campaign, const Practice& practice,
                                          const std::vector<EntryChoice>& choices) {
  std::vector<std::string> categories;
  for (const AwardCategory& category : campaign.categories) {
    const EntryChoice* choice = counted_choice(category, practice.id, choices);
    const bool in = choice != nullptr ? choice->included : category_takes(category, practice);
    if (in) categories.push_back(category.slug);
  }
  return categories;
}

std::vector<const AwardCategory*> contributor_categories(const CampaignInput& campaign) {
  std::vector<const AwardCategory*> special;
  for (const AwardCategory& category : campaign.categories)
    if (category.kind == CategoryKind::kSpecial) special.push_back(&category);
  return special;
}

}  // namespace tori::core
