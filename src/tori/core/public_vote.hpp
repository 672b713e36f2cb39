// SPDX-License-Identifier: AGPL-3.0-or-later
// A campaign's optional public vote: when it is open (the jury phase), when its results are
// public (from the gala day), and the standing of a category's votes (ties share a rank). No I/O.
//
//   if (public_vote_open(campaign, now)) …  // the form takes votes
//   for (const VoteStanding& row : vote_standing(tallies)) …  // most votes first; 1, 1, 3
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tori/core/campaign.hpp"

namespace tori::core {

// Whether the campaign takes votes at `now`: it has a public vote and is in its jury phase (from
// the day after the deadline until the gala day begins, Helsinki time). Entries are final then.
[[nodiscard]] bool public_vote_open(const CampaignInput& campaign, TimePoint now);

// Whether the votes may be shown at `now`: from the gala day on. Before, nobody sees them (not
// even editors), so that no count sways the voters or the jury.
[[nodiscard]] bool public_vote_results_public(const CampaignInput& campaign, TimePoint now);

// The confirmed votes of one practice in one category.
struct VoteTally {
  std::string category;
  std::int64_t practice_id = 0;
  int votes = 0;
  bool operator==(const VoteTally&) const = default;
};

struct VoteStanding {
  std::int64_t practice_id = 0;
  int votes = 0;
  int rank = 0;  // 1 + the number of practices with more votes
  bool operator==(const VoteStanding&) const = default;
};

// The tallies of `category` in `tallies`, most votes first (ties by practice id), those with no
// votes left out; tied counts share a rank and the next rank skips (1, 1, 3).
[[nodiscard]] std::vector<VoteStanding> vote_standing(const std::vector<VoteTally>& tallies,
                                                      const std::string& category);

}  // namespace tori::core
