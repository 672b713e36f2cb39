// SPDX-License-Identifier: AGPL-3.0-or-later
// The campaign page's public vote section: when it opens, the links to vote while it is open,
// and each category's standing from the gala day (never before: no count sways the voters).
#include <algorithm>
#include <map>

#include "tori/store/store.hpp"
#include "tori/web/campaigns/campaign_entries.hpp"
#include "tori/web/campaigns/campaign_view.hpp"
#include "tori/web/campaigns/public_vote_pages.hpp"
#include "tori/web/campaigns/public_vote_support.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// How many of each category's most voted entries the page lists (ties with the last included).
constexpr int kShownVoteRanks = 5;

void fill_vote_links(Dictionary& section, Language language, const core::CampaignInput& campaign) {
  Dictionary* list = section.AddSectionDictionary("VOTES");
  for (const core::AwardCategory& category : campaign.categories) {
    Dictionary* vote = list->AddSectionDictionary("VOTE");
    vote->SetValue("NAME", category.name);
    vote->SetValue("URL", localised_path(language, vote_form_path(campaign.slug, category.slug)));
  }
}

void fill_vote_standings(Dictionary& section, const Services& services, Language language,
                         const store::Campaign& campaign,
                         const std::vector<CampaignEntry>& entries) {
  std::map<std::int64_t, const core::Practice*> practices;
  for (const CampaignEntry& entry : entries)
    practices[entry.practice.id] = &entry.practice;
  const std::vector<core::VoteTally> tallies = services.store.public_votes().tally(campaign.id);
  for (const core::AwardCategory& category : campaign.input.categories) {
    Dictionary* standing = section.AddSectionDictionary("STANDING");
    standing->SetValue("NAME", category.name);
    const std::vector<core::VoteStanding> rows = core::vote_standing(tallies, category.slug);
    if (rows.empty()) standing->ShowSection("NO_VOTES");
    Dictionary* list = rows.empty() ? nullptr : standing->AddSectionDictionary("ROWS");
    for (const core::VoteStanding& row : rows) {
      const auto practice = practices.find(row.practice_id);
      if (row.rank > kShownVoteRanks || practice == practices.end()) continue;
      Dictionary* item = list->AddSectionDictionary("ROW");
      item->SetIntValue("RANK", row.rank);
      item->SetValue("TITLE", practice->second->title);
      item->SetValue("LANG", std::string{core::to_string(practice->second->language)});
      item->SetValue("URL", localised_path(language, "/teot/" + practice->second->slug));
      item->SetValue("VOTES",
                     services.catalogue.format(language, "public_vote.votes",
                                               {{"count", static_cast<long long>(row.votes)}}));
    }
  }
}

}  // namespace

void fill_public_vote(Dictionary& body, const Services& services, Language language,
                      const store::Campaign& campaign, const std::vector<CampaignEntry>& entries,
                      core::TimePoint now) {
  const core::CampaignInput& input = campaign.input;
  if (!input.public_vote) return;
  Dictionary* section = body.AddSectionDictionary("PUBLIC_VOTE");
  if (core::public_vote_open(input, now)) {
    section->SetValue(
        "NOTE", services.catalogue.format(language, "public_vote.open_note",
                                          {{"gala", campaign_date(input.gala_date, language)}}));
    fill_vote_links(*section, language, input);
  } else if (core::public_vote_results_public(input, now)) {
    section->SetValue("NOTE", services.catalogue.text(language, "public_vote.results_note"));
    fill_vote_standings(*section, services, language, campaign, entries);
  } else {
    section->SetValue("NOTE", services.catalogue.format(
                                  language, "public_vote.later_note",
                                  {{"until", campaign_date(input.collecting_until, language)}}));
  }
}

}  // namespace tori::web
