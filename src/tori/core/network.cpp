// SPDX-License-Identifier: AGPL-3.0-or-later
// A development network's names of things, its next meeting and its shared days' charges.
#include "tori/core/network.hpp"

#include <array>
#include <map>

#include "tori/core/enum_names.hpp"

namespace tori::core {
namespace {

constexpr std::array<std::string_view, 5> kIdeaQuadrantNames = {"strength", "weakness",
                                                                "opportunity", "threat", "idea"};
constexpr std::array<std::string_view, 2> kBoardVisibilityNames = {"members", "public"};
constexpr std::array<std::string_view, 2> kMeetingRegistrationNames = {"members", "open"};

}  // namespace

std::string_view to_string(IdeaQuadrant quadrant) {
  return enum_name(kIdeaQuadrantNames, quadrant);
}

std::optional<IdeaQuadrant> parse_idea_quadrant(std::string_view text) {
  return parse_enum_name<IdeaQuadrant>(kIdeaQuadrantNames, text);
}

std::string_view to_string(BoardVisibility visibility) {
  return enum_name(kBoardVisibilityNames, visibility);
}

std::optional<BoardVisibility> parse_board_visibility(std::string_view text) {
  return parse_enum_name<BoardVisibility>(kBoardVisibilityNames, text);
}

std::string_view to_string(MeetingRegistration registration) {
  return enum_name(kMeetingRegistrationNames, registration);
}

std::optional<MeetingRegistration> parse_meeting_registration(std::string_view text) {
  return parse_enum_name<MeetingRegistration>(kMeetingRegistrationNames, text);
}

const NetworkMeeting* next_meeting(const NetworkInput& network, std::string_view today) {
  const NetworkMeeting* next = nullptr;
  for (const NetworkMeeting& meeting : network.meetings) {
    if (meeting.date < today) continue;
    if (next == nullptr || meeting.date < next->date) next = &meeting;
  }
  return next;
}

std::optional<std::vector<DayCharge>> network_day_charges(
    const NetworkCosts& costs, const std::function<std::string(std::string_view)>& slug_of) {
  std::map<std::string, int, std::less<>> share_of;
  for (const AgreedShare& agreed : costs.shares)
    share_of[agreed.organisation] = agreed.share;
  std::vector<ExpertDay> days;
  for (const CostDay& day : costs.days) {
    ExpertDay& expert_day = days.emplace_back(ExpertDay{day.date, {}});
    for (const std::string& name : day.participants) {
      std::string slug = slug_of(name);
      if (slug.empty()) return std::nullopt;
      const auto agreed = share_of.find(name);
      expert_day.participants.push_back(
          {std::move(slug), agreed == share_of.end() ? 1 : agreed->second});
    }
  }
  return shared_costs(std::move(days), costs.paid_days, costs.day_fee_cents);
}

}  // namespace tori::core
