// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of a network's names of things, its next meeting and its days' charges by name.
#include "tori/core/network.hpp"

#include <gtest/gtest.h>

namespace tori::core {
namespace {

TEST(Network, QuadrantAndVisibilityNamesGoBothWays) {
  for (const auto quadrant :
       {IdeaQuadrant::kStrength, IdeaQuadrant::kWeakness, IdeaQuadrant::kOpportunity,
        IdeaQuadrant::kThreat, IdeaQuadrant::kIdea}) {
    EXPECT_EQ(parse_idea_quadrant(to_string(quadrant)), quadrant);
  }
  EXPECT_EQ(to_string(IdeaQuadrant::kOpportunity), "opportunity");
  EXPECT_FALSE(parse_idea_quadrant("Strength"));
  EXPECT_FALSE(parse_idea_quadrant(""));
  EXPECT_EQ(parse_board_visibility("public"), BoardVisibility::kPublic);
  EXPECT_EQ(parse_board_visibility("members"), BoardVisibility::kMembers);
  EXPECT_FALSE(parse_board_visibility("everyone"));
}

TEST(Network, NextMeetingIsTheFirstOnOrAfterTheDay) {
  NetworkInput network;
  network.meetings = {{.date = "2026-12-09"}, {.date = "2025-05-14"}, {.date = "2027-02-17"}};
  struct Case {
    const char* today;
    const char* expected;  // "" none
  };
  const Case cases[] = {{"2025-01-01", "2025-05-14"},
                        {"2025-05-14", "2025-05-14"},
                        {"2025-05-15", "2026-12-09"},
                        {"2026-12-10", "2027-02-17"},
                        {"2027-02-18", ""}};
  for (const Case& c : cases) {
    const NetworkMeeting* next = next_meeting(network, c.today);
    EXPECT_EQ(next == nullptr ? "" : next->date, c.expected) << c.today;
  }
  EXPECT_EQ(next_meeting(NetworkInput{}, "2026-01-01"), nullptr);
}

std::string slug_by_name(std::string_view name) {
  if (name == "Joensuun kaupunki") return "joensuun-kaupunki";
  if (name == "Kontiolahden kunta") return "kontiolahden-kunta";
  if (name == "Outokummun kaupunki") return "outokummun-kaupunki";
  return "";
}

TEST(Network, DayChargesUseTheAgreedSharesAndSlugs) {
  NetworkCosts costs{
      .paid_days = 1,
      .day_fee_cents = 100000,
      .days = {{"2026-11-14", {"Joensuun kaupunki", "Kontiolahden kunta"}},
               {"2026-05-16", {"Kontiolahden kunta", "Joensuun kaupunki", "Outokummun kaupunki"}}},
      .shares = {{"Joensuun kaupunki", 2}}};
  const auto charges = network_day_charges(costs, &slug_by_name);
  ASSERT_TRUE(charges);
  ASSERT_EQ(charges->size(), 1U);  // 16.5. is the paid day
  const DayCharge expected{
      "2026-11-14", 100000, {{"joensuun-kaupunki", 66667}, {"kontiolahden-kunta", 33333}}};
  EXPECT_EQ(charges->front(), expected);
}

TEST(Network, DayChargesRefuseAnOrganisationWithoutASlug) {
  NetworkCosts costs{
      .paid_days = 0, .day_fee_cents = 100, .days = {{"2026-01-01", {"Tuntematon"}}}};
  EXPECT_FALSE(network_day_charges(costs, &slug_by_name));
  costs.days.front().participants = {"Joensuun kaupunki"};
  costs.shares = {{"Joensuun kaupunki", 0}};  // out of range
  EXPECT_FALSE(network_day_charges(costs, &slug_by_name));
}

}  // namespace
}  // namespace tori::core
