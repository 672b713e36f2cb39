// SPDX-License-Identifier: AGPL-3.0-or-later
// validate_network_input: the rules a development network keeps before it is stored.
#include "tori/core/network.hpp"

#include <algorithm>
#include <set>

#include "tori/core/email.hpp"
#include "tori/core/field_checker.hpp"
#include "tori/core/ranking.hpp"  // start_of_helsinki_day
#include "tori/text/escape.hpp"   // fold_case
#include "tori/text/slug.hpp"     // is_valid_slug

namespace tori::core {
namespace {

// Limits not in network.hpp.
constexpr std::size_t kMaxMeetingPlaceLength = 500;

constexpr TextRule kNetworkName{true, kMaxShortTextLength, Lines::kOne};
constexpr TextRule kNetworkLabel{false, kMaxShortTextLength, Lines::kOne};

std::string network_item(std::string_view list, std::size_t index) {
  return std::string(list) + "[" + std::to_string(index) + "]";
}

// "at most 20 leaders" when a list is too long.
void check_network_count(FieldChecker& check, const std::string& field, std::size_t size,
                         std::size_t max, std::string_view what) {
  if (size > max) check.add(field, "at most " + std::to_string(max) + " " + std::string(what));
}

bool check_network_date(FieldChecker& check, const std::string& field, const std::string& date) {
  if (start_of_helsinki_day(date)) return true;
  check.add(field, field + " must be a date YYYY-MM-DD");
  return false;
}

bool is_network_slug(std::string_view slug) {
  return !slug.empty() && slug.size() <= kMaxNetworkSlugLength && slug.front() != '-' &&
         slug.back() != '-' && std::all_of(slug.begin(), slug.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

void check_network_head(FieldChecker& check, const NetworkInput& input) {
  if (!is_network_slug(input.slug)) {
    check.add("slug", "slug must be 1–" + std::to_string(kMaxNetworkSlugLength) +
                          " of a–z, 0–9 and -, not starting or ending with -");
  }
  check.text("name", input.name, {true, kMaxNetworkNameLength, Lines::kOne});
  check.text("goals", input.goals, {false, kMaxNetworkGoalsLength, Lines::kMany});
  const bool from = check_network_date(check, "period.from", input.period_from);
  const bool until = check_network_date(check, "period.until", input.period_until);
  if (from && until && input.period_until < input.period_from) {
    check.add("period.until", "period.until is before period.from");
  }
}

void check_network_leaders(FieldChecker& check, const std::vector<NetworkLeader>& leaders) {
  check_network_count(check, "leaders", leaders.size(), kMaxNetworkLeaders, "leaders");
  for (std::size_t i = 0; i < leaders.size(); ++i) {
    const std::string field = network_item("leaders", i);
    check.text(field + ".name", leaders[i].name, kNetworkName);
    check.text(field + ".title", leaders[i].title, kNetworkLabel);
    check.text(field + ".organisation", leaders[i].organisation, kNetworkLabel);
    if (!leaders[i].email.empty() && !is_plausible_email(leaders[i].email)) {
      check.add(field + ".email", field + ".email is not an e-mail address");
    }
  }
}

void check_network_people(FieldChecker& check, const std::string& field,
                          const std::vector<AppointedPerson>& people) {
  check_network_count(check, field, people.size(), kMaxAppointedPeople, "people per member");
  for (std::size_t i = 0; i < people.size(); ++i) {
    const std::string person = network_item(field, i);
    check.text(person + ".name", people[i].name, kNetworkName);
    check.text(person + ".title", people[i].title, kNetworkLabel);
  }
}

void check_network_members(FieldChecker& check, const std::vector<NetworkMember>& members) {
  check_network_count(check, "members", members.size(), kMaxNetworkMembers, "members");
  std::set<std::string> seen;  // case-folded
  for (std::size_t i = 0; i < members.size(); ++i) {
    const NetworkMember& member = members[i];
    const std::string field = network_item("members", i);
    if (check.text(field + ".organisation", member.organisation,
                   {true, kMaxOrganisationNameLength, Lines::kOne}) &&
        !seen.insert(text::fold_case(member.organisation)).second) {
      check.add(field + ".organisation", "'" + member.organisation + "' is a member twice");
    }
    check.text(field + ".municipality", member.municipality, kNetworkLabel);
    check_network_people(check, field + ".people", member.people);
  }
}

void check_network_meetings(FieldChecker& check, const std::vector<NetworkMeeting>& meetings) {
  check_network_count(check, "meetings", meetings.size(), kMaxNetworkMeetings, "meetings");
  for (std::size_t i = 0; i < meetings.size(); ++i) {
    const NetworkMeeting& meeting = meetings[i];
    const std::string field = network_item("meetings", i);
    check_network_date(check, field + ".date", meeting.date);
    check.text(field + ".place", meeting.place, {false, kMaxMeetingPlaceLength, Lines::kOne});
    check.text(field + ".agenda", meeting.agenda, {false, kMaxMeetingTextLength, Lines::kMany});
    check.text(field + ".minutes", meeting.minutes, {false, kMaxMeetingTextLength, Lines::kMany});
    check.text(field + ".event", meeting.event, {false, kMaxExternalIdLength, Lines::kOne});
  }
}

using NetworkMemberNames = std::set<std::string, std::less<>>;  // exactly as written

void check_network_days(FieldChecker& check, const std::vector<CostDay>& days,
                        const NetworkMemberNames& members) {
  check_network_count(check, "costs.days", days.size(), kMaxExpertDays, "expert days");
  std::set<std::string> dates;
  for (std::size_t i = 0; i < days.size(); ++i) {
    const std::string field = network_item("costs.days", i);
    if (check_network_date(check, field + ".date", days[i].date) &&
        !dates.insert(days[i].date).second) {
      check.add(field + ".date", "the expert day " + days[i].date + " is listed twice");
    }
    std::set<std::string> present;
    for (std::size_t j = 0; j < days[i].participants.size(); ++j) {
      const std::string& name = days[i].participants[j];
      const std::string participant = network_item(field + ".participants", j);
      if (!members.contains(name)) {
        check.add(participant, "'" + name + "' is not a member's organisation");
      } else if (!present.insert(name).second) {
        check.add(participant, "'" + name + "' takes part twice in " + days[i].date);
      }
    }
  }
}

void check_network_shares(FieldChecker& check, const std::vector<AgreedShare>& shares,
                          const NetworkMemberNames& members) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    const std::string field = network_item("costs.shares", i);
    const std::string& name = shares[i].organisation;
    if (!members.contains(name)) {
      check.add(field + ".organisation", "'" + name + "' is not a member's organisation");
    } else if (!seen.insert(name).second) {
      check.add(field + ".organisation", "'" + name + "' has two agreed shares");
    }
    if (shares[i].share < 1 || shares[i].share > kMaxCostShare) {
      check.add(field + ".share", field + ".share must be 1–" + std::to_string(kMaxCostShare));
    }
  }
}

void check_network_costs(FieldChecker& check, const NetworkInput& input) {
  const NetworkCosts& costs = input.costs;
  if (costs.paid_days < 0 || costs.paid_days > kMaxPaidDays) {
    check.add("costs.paid_days", "costs.paid_days must be 0–" + std::to_string(kMaxPaidDays));
  }
  if (costs.day_fee_cents < 0 || costs.day_fee_cents > kMaxDayFeeCents) {
    check.add("costs.day_fee_cents",
              "costs.day_fee_cents must be 0–" + std::to_string(kMaxDayFeeCents));
  }
  NetworkMemberNames members;
  for (const NetworkMember& member : input.members)
    members.insert(member.organisation);
  check_network_days(check, costs.days, members);
  check_network_shares(check, costs.shares, members);
}

void check_network_ideas(FieldChecker& check, const std::vector<Idea>& ideas) {
  check_network_count(check, "ideas", ideas.size(), kMaxIdeas, "ideas");
  for (std::size_t i = 0; i < ideas.size(); ++i) {
    const std::string field = network_item("ideas", i);
    check.text(field + ".text", ideas[i].text, {true, kMaxIdeaLength, Lines::kMany});
    check.text(field + ".author", ideas[i].author, kNetworkLabel);
  }
}

void check_network_forwarded(FieldChecker& check, const NetworkInput& input) {
  check_network_count(check, "forwarded", input.forwarded.size(), kMaxForwards, "forwards");
  for (std::size_t i = 0; i < input.forwarded.size(); ++i) {
    const ForwardedIdeas& forward = input.forwarded[i];
    const std::string field = network_item("forwarded", i);
    check_network_date(check, field + ".date", forward.date);
    check.text(field + ".to", forward.to, kNetworkName);
    if (forward.items.empty()) check.add(field + ".items", field + ".items is empty");
    std::set<int> seen;
    for (std::size_t j = 0; j < forward.items.size(); ++j) {
      const int item = forward.items[j];
      const std::string name = network_item(field + ".items", j);
      if (item < 0 || static_cast<std::size_t>(item) >= input.ideas.size()) {
        check.add(name, name + " is not an idea of the board");
      } else if (!seen.insert(item).second) {
        check.add(name, "idea " + std::to_string(item) + " is forwarded twice");
      }
    }
    check.text(field + ".note", forward.note, {false, kMaxForwardNoteLength, Lines::kMany});
  }
}

// Each result a practice's slug, none twice.
void check_network_results(FieldChecker& check, const std::vector<std::string>& results) {
  check_network_count(check, "results", results.size(), kMaxNetworkResults, "results");
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const std::string field = network_item("results", i);
    if (!text::is_valid_slug(results[i])) {
      check.add(field, field + " must be a practice's slug");
    } else if (!seen.insert(results[i]).second) {
      check.add(field, field + " names " + results[i] + " twice");
    }
  }
}

}  // namespace

// The rules, each broken one reported with its field as the format names it, in field order:
// - Every text is valid UTF-8. One-line texts (names, titles, organisations, municipalities,
//   places, recipients, authors) hold no control characters and, unless said otherwise, at most
//   kMaxShortTextLength (200) characters; Markdown texts may hold tabs and line breaks.
// - slug: 1–kMaxNetworkSlugLength of a–z, 0–9 and -, not starting or ending with -. name: 1–200
//   characters on one line. goals: at most kMaxNetworkGoalsLength.
// - period.from, period.until: real dates YYYY-MM-DD, until not before from.
// - leaders: at most kMaxNetworkLeaders, each named; email plausible (is_plausible_email) when
//   given.
// - members: at most kMaxNetworkMembers; organisation 1–kMaxOrganisationNameLength on one line,
//   no two alike ignoring case (text::fold_case); people at most kMaxAppointedPeople, each named.
// - meetings: at most kMaxNetworkMeetings; date real; place at most kMaxMeetingPlaceLength on one
//   line; agenda and minutes at most kMaxMeetingTextLength; event at most kMaxExternalIdLength.
// - costs: paid_days 0–kMaxPaidDays; day_fee_cents 0–kMaxDayFeeCents; at most kMaxExpertDays
//   days, each date real and not given twice; each participant a member's organisation exactly
//   as written in members, at most once a day; shares: organisation a member's, at most one
//   share each, share 1–kMaxCostShare.
// - ideas: at most kMaxIdeas; text 1–kMaxIdeaLength characters.
// - forwarded: at most kMaxForwards; date real; to required (one line); items not empty, each an
//   index into ideas, none twice; note at most kMaxForwardNoteLength.
// - results: at most kMaxNetworkResults, each a practice's slug (text::is_valid_slug), none twice.
std::vector<FieldError> validate_network_input(const NetworkInput& input) {
  FieldChecker check;
  check_network_head(check, input);
  check_network_leaders(check, input.leaders);
  check_network_members(check, input.members);
  check_network_meetings(check, input.meetings);
  check_network_costs(check, input);
  check_network_ideas(check, input.ideas);
  check_network_forwarded(check, input);
  check_network_results(check, input.results);
  return check.take();
}

std::vector<FieldError> validate_board_text(const std::string& field, std::string_view text,
                                            bool required, std::size_t max, bool one_line) {
  FieldChecker check;
  check.text(field, text, {required, max, one_line ? Lines::kOne : Lines::kMany});
  return check.take();
}

}  // namespace tori::core
