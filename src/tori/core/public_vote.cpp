// SPDX-License-Identifier: AGPL-3.0-or-later
// A campaign's public vote: its window by the campaign's phases, and a category's standing.
#include "tori/core/public_vote.hpp"

#include <algorithm>

namespace tori::core {

bool public_vote_open(const CampaignInput& campaign, TimePoint now) {
  return campaign.public_vote && campaign_phase(campaign, now) == CampaignPhase::kJury;
}

bool public_vote_results_public(const CampaignInput& campaign, TimePoint now) {
  return campaign.public_vote && campaign_phase(campaign, now) == CampaignPhase::kResults;
}

std::vector<VoteStanding> vote_standing(const std::vector<VoteTally>& tallies,
                                        const std::string& category) {
  std::vector<VoteStanding> rows;
  for (const VoteTally& tally : tallies) {
    if (tally.category == category && tally.votes > 0)
      rows.push_back({tally.practice_id, tally.votes, 0});
  }
  std::ranges::sort(rows, [](const VoteStanding& a, const VoteStanding& b) {
    return a.votes != b.votes ? a.votes > b.votes : a.practice_id < b.practice_id;
  });
  for (std::size_t i = 0; i < rows.size(); ++i) {
    rows[i].rank =
        i > 0 && rows[i].votes == rows[i - 1].votes ? rows[i - 1].rank : static_cast<int>(i) + 1;
  }
  return rows;
}

}  // namespace tori::core
