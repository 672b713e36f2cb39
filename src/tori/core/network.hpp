// SPDX-License-Identifier: AGPL-3.0-or-later
// A development network (issue 9): its goals and period, leaders, member organisations with the
// people they appointed, meetings with agendas and minutes, the shared expert costs, and the
// members' board of ideas with what was forwarded from it. No I/O.
//
//   if (auto errors = validate_network_input(network); !errors.empty()) …
//   const NetworkMeeting* next = next_meeting(network, "2026-12-03");  // on or after the day
//   auto charges = network_day_charges(network.costs, slug_of);       // the later days, split
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/network_costs.hpp"
#include "tori/core/practice_input.hpp"  // FieldError

namespace tori::core {

// The board of ideas' frame: SWOT, and free ideas.
enum class IdeaQuadrant { kStrength, kWeakness, kOpportunity, kThreat, kIdea };

// "strength", "weakness", "opportunity", "threat", "idea" and back.
[[nodiscard]] std::string_view to_string(IdeaQuadrant quadrant);
[[nodiscard]] std::optional<IdeaQuadrant> parse_idea_quadrant(std::string_view text);

// Who reads a network's board of ideas: its members (and leaders and editors), or anyone.
enum class BoardVisibility { kMembers, kPublic };

// "members", "public" and back.
[[nodiscard]] std::string_view to_string(BoardVisibility visibility);
[[nodiscard]] std::optional<BoardVisibility> parse_board_visibility(std::string_view text);

// Who may register for a network meeting's event: the network's members (and leaders and
// editors), or anyone the event lets in.
enum class MeetingRegistration { kMembers, kOpen };

// "members", "open" and back.
[[nodiscard]] std::string_view to_string(MeetingRegistration registration);
[[nodiscard]] std::optional<MeetingRegistration> parse_meeting_registration(std::string_view text);

struct NetworkLeader {
  std::string name;
  std::string title;         // "verkoston vetäjä, konsultti"
  std::string organisation;  // as written ("Uudistamo Oy")
  std::string email{};       // an account with this verified address leads the network
  bool operator==(const NetworkLeader&) const = default;
};

// A person a member organisation appointed to the network.
struct AppointedPerson {
  std::string name;
  std::string title;
  bool operator==(const AppointedPerson&) const = default;
};

struct NetworkMember {
  std::string organisation;  // the organisation's name, as the practices name it
  std::string municipality;  // its home municipality's name, "" none
  std::vector<AppointedPerson> people;
  bool operator==(const NetworkMember&) const = default;
};

// A meeting of the network; its event (kind network_meeting) carries the registration.
struct NetworkMeeting {
  std::string date;   // Helsinki date YYYY-MM-DD; the time is in the agenda
  std::string place;  // free text; "" remote only
  bool remote = false;
  std::string agenda;   // Markdown
  std::string minutes;  // Markdown; "" not yet written
  std::string event{};  // the event's external_id, "" none
  MeetingRegistration registration = MeetingRegistration::kMembers;  // for the event
  bool operator==(const NetworkMeeting&) const = default;
};

// An expert day and the member organisations (names) that took part in it.
struct CostDay {
  std::string date;  // YYYY-MM-DD
  std::vector<std::string> participants;
  bool operator==(const CostDay&) const = default;
};

// A member organisation's agreed share of the days it takes part in; the others have share 1.
struct AgreedShare {
  std::string organisation;  // a member's name
  int share = 1;             // 1–kMaxCostShare
  bool operator==(const AgreedShare&) const = default;
};

struct NetworkCosts {
  int paid_days = 2;  // the first expert days in date order, paid by the programme
  std::int64_t day_fee_cents = 0;
  std::vector<CostDay> days;          // every expert day held, the paid ones too
  std::vector<AgreedShare> shares{};  // none: equal shares
  bool operator==(const NetworkCosts&) const = default;
};

struct Idea {
  IdeaQuadrant quadrant = IdeaQuadrant::kIdea;
  std::string text;
  std::string author;  // a member's (or leader's) name
  bool operator==(const Idea&) const = default;
};

// Board items a leader forwarded to named recipients.
struct ForwardedIdeas {
  std::string date;        // YYYY-MM-DD
  std::string to;          // "Kunta-alan kehittämisjaos"
  std::vector<int> items;  // 0-based indexes into NetworkInput::ideas
  std::string note;
  bool operator==(const ForwardedIdeas&) const = default;
};

// A network as the exchange format (docs/formats/networks-jsonl.md) and the store speak it.
struct NetworkInput {
  std::string slug;  // the page address: /verkostot/{slug}
  std::string name;
  std::string goals;         // Markdown
  std::string period_from;   // YYYY-MM-DD
  std::string period_until;  // YYYY-MM-DD, inclusive
  bool listed = true;        // shown on /verkostot (the format's "public")
  BoardVisibility board = BoardVisibility::kMembers;
  std::vector<NetworkLeader> leaders;
  std::vector<NetworkMember> members;
  std::vector<NetworkMeeting> meetings;
  NetworkCosts costs;
  std::vector<Idea> ideas;
  std::vector<ForwardedIdeas> forwarded;
  std::vector<std::string> results{};  // slugs of the practices the network produced
  bool operator==(const NetworkInput&) const = default;
};

// Limits of validate_network_input.
inline constexpr std::size_t kMaxNetworkSlugLength = 100;
inline constexpr std::size_t kMaxNetworkNameLength = 200;
inline constexpr std::size_t kMaxNetworkGoalsLength = 20'000;
inline constexpr std::size_t kMaxNetworkLeaders = 20;
inline constexpr std::size_t kMaxNetworkMembers = 200;
inline constexpr std::size_t kMaxAppointedPeople = 20;
inline constexpr std::size_t kMaxNetworkMeetings = 200;
inline constexpr std::size_t kMaxMeetingTextLength = 50'000;  // agenda, minutes
inline constexpr std::size_t kMaxExpertDays = 200;
inline constexpr int kMaxPaidDays = 100;
inline constexpr std::size_t kMaxIdeas = 2000;
inline constexpr std::size_t kMaxIdeaLength = 2000;
inline constexpr std::size_t kMaxForwards = 200;
inline constexpr std::size_t kMaxForwardNoteLength = 5000;
inline constexpr std::size_t kMaxRecipientsLength = 200;  // a forward's "to"
inline constexpr std::size_t kMaxForwardAddresses = 20;
inline constexpr std::size_t kMaxNetworkResults = 100;

// Every rule the input breaks, in field order; empty when it may be stored (see
// network_validate.cpp for the rules). Fields as in the format: "members[2].organisation",
// "costs.days[1].participants[0]", "forwarded[0].items[3]".
[[nodiscard]] std::vector<FieldError> validate_network_input(const NetworkInput& input);

// One text a member types on the board or a leader in a forward (an idea, a comment: lines
// allowed; recipients: one line), by the rules the format's texts follow: valid UTF-8, required
// when `required`, at most `max` code points, no control characters. The FieldErrors name
// `field` and say "… is required", "… is longer than N characters", "… contains a control
// character" or "… is not valid UTF-8".
[[nodiscard]] std::vector<FieldError> validate_board_text(const std::string& field,
                                                          std::string_view text, bool required,
                                                          std::size_t max, bool one_line);

// The first meeting on or after `today` (YYYY-MM-DD) in date order; none when none is.
[[nodiscard]] const NetworkMeeting* next_meeting(const NetworkInput& network,
                                                 std::string_view today);

// The charges of the days after the paid ones (core::shared_costs): each participant's share
// from `costs.shares` (1 otherwise), each organisation named by `slug_of(name)`. Nothing when
// the costs cannot be split (a bad share or fee, an organisation without a slug).
[[nodiscard]] std::optional<std::vector<DayCharge>> network_day_charges(
    const NetworkCosts& costs, const std::function<std::string(std::string_view)>& slug_of);

}  // namespace tori::core
