// SPDX-License-Identifier: AGPL-3.0-or-later
// Filling the network pages' templates: dates, people, members, meetings, the board, results.
#include "tori/web/networks/network_view.hpp"

#include <algorithm>
#include <array>

#include <ctemplate/template.h>

#include "tori/core/ranking.hpp"
#include "tori/store/store.hpp"
#include "tori/store/utc_time.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

void fill_meeting(Dictionary& meeting, const Services& services, text::Language language,
                  const core::NetworkMeeting& input) {
  meeting.SetValue("DATE", meeting_date(input.date, language));
  meeting.SetValue("DATETIME", input.date);
  if (!input.place.empty()) meeting.SetValueAndShowSection("PLACE", input.place, "HAS_PLACE");
  if (input.remote) meeting.ShowSection("REMOTE");
  if (input.event.empty()) return;
  if (const auto event = services.store.events().find_by_external_id(input.event)) {
    meeting.SetValueAndShowSection("EVENT_URL",
                                   localised_path(language, "/tapahtumat/" + event->slug), "EVENT");
  }
}

constexpr std::array<core::IdeaQuadrant, 5> kQuadrants = {
    core::IdeaQuadrant::kStrength, core::IdeaQuadrant::kWeakness, core::IdeaQuadrant::kOpportunity,
    core::IdeaQuadrant::kThreat, core::IdeaQuadrant::kIdea};

void fill_forwards(Dictionary& board, const Services& services, text::Language language,
                   const core::NetworkInput& network) {
  Dictionary* forwards = board.AddSectionDictionary("FORWARDS");
  for (const core::ForwardedIdeas& forward : network.forwarded) {
    Dictionary* item = forwards->AddSectionDictionary("FORWARD");
    item->SetValue("DATE", meeting_date(forward.date, language));
    item->SetValue("DATETIME", forward.date);
    item->SetValue("TO", forward.to);
    if (!forward.note.empty()) item->SetValueAndShowSection("NOTE", forward.note, "HAS_NOTE");
    for (const int index : forward.items) {
      const core::Idea& idea = network.ideas.at(static_cast<std::size_t>(index));
      Dictionary* row = item->AddSectionDictionary("ITEM");
      row->SetValue("QUADRANT", quadrant_label(services, language, idea.quadrant));
      row->SetValue("TEXT", idea.text);
    }
  }
}

}  // namespace

std::string quadrant_label(const Services& services, text::Language language,
                           core::IdeaQuadrant quadrant) {
  return services.catalogue.text(language,
                                 "networks.quadrant." + std::string{core::to_string(quadrant)});
}

std::string helsinki_today() {
  return text::format_rfc3339_helsinki(store::utc_now_seconds()).substr(0, 10);
}

std::string meeting_date(std::string_view date, text::Language language) {
  const std::optional<core::TimePoint> start = core::start_of_helsinki_day(date);
  // Noon of the day: the same calendar day in every zone the formatter may use.
  return start ? text::format_date(*start + std::chrono::hours(12), language) : std::string(date);
}

std::string network_period(const core::NetworkInput& network, text::Language language) {
  return meeting_date(network.period_from, language) + "–" +
         meeting_date(network.period_until, language);
}

std::string leader_names(const core::NetworkInput& network) {
  std::string names;
  for (const core::NetworkLeader& leader : network.leaders)
    names += (names.empty() ? "" : ", ") + leader.name;
  return names;
}

void fill_network_leaders(Dictionary& body, const core::NetworkInput& network) {
  if (network.leaders.empty()) return;
  Dictionary* leaders = body.AddSectionDictionary("LEADERS");
  for (const core::NetworkLeader& leader : network.leaders) {
    Dictionary* item = leaders->AddSectionDictionary("LEADER");
    item->SetValue("NAME", leader.name);
    std::string role = leader.title;
    if (!leader.organisation.empty()) role += (role.empty() ? "" : ", ") + leader.organisation;
    if (!role.empty()) item->SetValueAndShowSection("ROLE", role, "HAS_ROLE");
  }
}

void fill_network_members(Dictionary& body, const Services& services, text::Language language,
                          const store::Network& network) {
  const auto& members = network.input.members;
  body.SetValue("MEMBER_COUNT",
                services.catalogue.format(language, "networks.members.count",
                                          {{"count", static_cast<long long>(members.size())}}));
  for (std::size_t i = 0; i < members.size() && i < network.organisations.size(); ++i) {
    Dictionary* item = body.AddSectionDictionary("MEMBER");
    item->SetValue("NAME", members[i].organisation);
    item->SetValue("URL",
                   localised_path(language, "/organisaatiot/" + network.organisations[i].slug));
    if (!members[i].municipality.empty())
      item->SetValueAndShowSection("MUNICIPALITY", members[i].municipality, "HAS_MUNICIPALITY");
  }
}

void fill_network_meetings(Dictionary& body, const Services& services, text::Language language,
                           const core::NetworkInput& network, std::string_view today) {
  std::vector<const core::NetworkMeeting*> meetings;
  for (const core::NetworkMeeting& meeting : network.meetings)
    meetings.push_back(&meeting);
  std::ranges::sort(meetings, {}, &core::NetworkMeeting::date);
  Dictionary* upcoming = nullptr;
  Dictionary* past = nullptr;
  for (const core::NetworkMeeting* meeting : meetings) {
    const bool coming = meeting->date >= today;
    Dictionary*& group = coming ? upcoming : past;
    if (group == nullptr) group = body.AddSectionDictionary(coming ? "UPCOMING" : "PAST");
    fill_meeting(*group->AddSectionDictionary("MEETING"), services, language, *meeting);
  }
  if (upcoming == nullptr) body.ShowSection("NO_UPCOMING");
}

void fill_network_board(Dictionary& body, const Services& services, text::Language language,
                        const core::NetworkInput& network) {
  if (network.board != core::BoardVisibility::kPublic) {
    body.ShowSection("BOARD_MEMBERS");
    return;
  }
  Dictionary* board = body.AddSectionDictionary("BOARD");
  for (const core::IdeaQuadrant quadrant : kQuadrants) {
    Dictionary* section = board->AddSectionDictionary("QUADRANT");
    section->SetValue("NAME", quadrant_label(services, language, quadrant));
    section->SetValue("KEY", std::string{core::to_string(quadrant)});
    Dictionary* list = nullptr;
    for (const core::Idea& idea : network.ideas) {
      if (idea.quadrant != quadrant) continue;
      if (list == nullptr) list = section->AddSectionDictionary("IDEAS");
      // Authors are shown to members only.
      list->AddSectionDictionary("IDEA")->SetValue("TEXT", idea.text);
    }
    if (list == nullptr) section->ShowSection("NO_IDEAS");
  }
  if (!network.forwarded.empty()) fill_forwards(*board, services, language, network);
}

void fill_network_results(Dictionary& body, text::Language language,
                          const store::Network& network) {
  if (network.published_results.empty()) return;
  Dictionary* results = body.AddSectionDictionary("RESULTS");
  for (const core::Named& practice : network.published_results) {
    Dictionary* item = results->AddSectionDictionary("RESULT");
    item->SetValue("TITLE", practice.name);
    item->SetValue("URL", localised_path(language, "/teot/" + practice.slug));
  }
}

}  // namespace tori::web
