// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the public vote: its window on both sides of each boundary (the deadline in summer
// time, the gala after the change to winter time), a campaign without a vote, and the standing
// of a category's votes with ties, a row per case.
#include "tori/core/public_vote.hpp"

#include <gtest/gtest.h>

#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

CampaignInput voting_campaign() {
  CampaignInput input;
  input.slug = "teot-kiertoon-2026";
  input.name = "Teot kiertoon 2026";
  input.year = 2026;
  input.collecting_from = "2026-03-02";
  input.collecting_until = "2026-09-30";
  input.gala_date = "2026-11-27";
  input.public_vote = true;
  return input;
}

TEST(PublicVote, OpenOnlyInTheJuryPhaseResultsFromTheGalaDay) {
  struct Case {
    const char* now;
    bool open;
    bool results;
  };
  const Case cases[] = {
      {"2026-03-01T23:59:59+02:00", false, false},  // upcoming
      {"2026-06-01T12:00:00+03:00", false, false},  // collecting: entries not final
      {"2026-09-30T23:59:59+03:00", false, false},  // the deadline's last second
      {"2026-10-01T00:00:00+03:00", true, false},   // the jury phase begins
      {"2026-10-25T03:30:00+02:00", true, false},   // after the change to winter time
      {"2026-11-26T23:59:59+02:00", true, false},   // the eve of the gala
      {"2026-11-27T00:00:00+02:00", false, true},   // the gala day: closed, results public
      {"2031-01-01T00:00:00Z", false, true},
  };
  const CampaignInput campaign = voting_campaign();
  CampaignInput without = campaign;
  without.public_vote = false;
  for (const Case& c : cases) {
    const TimePoint now = *text::parse_rfc3339(c.now);
    EXPECT_EQ(public_vote_open(campaign, now), c.open) << c.now;
    EXPECT_EQ(public_vote_results_public(campaign, now), c.results) << c.now;
    EXPECT_FALSE(public_vote_open(without, now)) << c.now;
    EXPECT_FALSE(public_vote_results_public(without, now)) << c.now;
  }
}

TEST(PublicVote, StandingOfACategory) {
  struct Case {
    const char* name;
    std::vector<VoteTally> tallies;
    std::vector<VoteStanding> expected;
  };
  const Case cases[] = {
      {"none", {}, {}},
      {"other categories left out", {{"viestinta", 1, 4}, {"ymparisto", 2, 9}}, {{1, 4, 1}}},
      {"most votes first",
       {{"viestinta", 1, 2}, {"viestinta", 2, 7}, {"viestinta", 3, 5}},
       {{2, 7, 1}, {3, 5, 2}, {1, 2, 3}}},
      {"ties share a rank, the next skips",
       {{"viestinta", 5, 3}, {"viestinta", 4, 3}, {"viestinta", 6, 1}},
       {{4, 3, 1}, {5, 3, 1}, {6, 1, 3}}},
      {"no votes left out", {{"viestinta", 1, 0}, {"viestinta", 2, 1}}, {{2, 1, 1}}},
  };
  for (const Case& c : cases)
    EXPECT_EQ(vote_standing(c.tallies, "viestinta"), c.expected) << c.name;
}

}  // namespace
}  // namespace tori::core
