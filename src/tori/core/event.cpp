// SPDX-License-Identifier: AGPL-3.0-or-later
// The text forms of an event's enumerations (kinds, question types, ways of taking part) as the
// exchange format and the store spell them, the seats of each way of taking part, and where an
// event's registration stands at a given moment.
#include "tori/core/event.hpp"

#include <array>
#include <cstddef>

#include "tori/core/enum_names.hpp"

namespace tori::core {
namespace {

// Each table lists the texts in the order of its enumeration's values.
constexpr std::array<std::string_view, 6> kKindNames = {"regional_event",  "gala",     "webinar",
                                                        "network_meeting", "workshop", "other"};
constexpr std::array<std::string_view, 3> kQuestionTypeNames = {"text", "single", "multi"};
constexpr std::array<std::string_view, 2> kParticipationNames = {"on_site", "remote"};

}  // namespace

std::string_view to_string(EventKind kind) {
  return kKindNames.at(static_cast<std::size_t>(kind));
}

std::optional<EventKind> parse_event_kind(std::string_view text) {
  return parse_enum_name<EventKind>(kKindNames, text);
}

std::string_view to_string(QuestionType type) {
  return kQuestionTypeNames.at(static_cast<std::size_t>(type));
}

std::optional<QuestionType> parse_question_type(std::string_view text) {
  return parse_enum_name<QuestionType>(kQuestionTypeNames, text);
}

std::string_view to_string(Participation participation) {
  return kParticipationNames.at(static_cast<std::size_t>(participation));
}

std::optional<Participation> parse_participation(std::string_view text) {
  return parse_enum_name<Participation>(kParticipationNames, text);
}

std::vector<Participation> participation_modes(const EventInput& event) {
  std::vector<Participation> modes;
  if (event.place) modes.push_back(Participation::kOnSite);
  if (event.remote || !event.place) modes.push_back(Participation::kRemote);
  return modes;
}

bool has_separate_capacities(const EventInput& event) {
  return event.on_site_capacity.has_value() || event.remote_capacity.has_value();
}

std::optional<int> seat_limit(const EventInput& event, Participation mode) {
  if (!has_separate_capacities(event)) return event.capacity;
  return mode == Participation::kOnSite ? event.on_site_capacity : event.remote_capacity;
}

RegistrationPhase registration_phase(const EventInput& event, TimePoint now) {
  if (event.registration_opens && now < *event.registration_opens) {
    return RegistrationPhase::kNotYetOpen;
  }
  const TimePoint closes =
      event.registration_closes ? event.registration_closes->at : event.starts_at;
  return now >= closes ? RegistrationPhase::kClosed : RegistrationPhase::kOpen;
}

bool registrants_notified_of_change(const EventInput& before, const EventInput& after) {
  return before.starts_at != after.starts_at || before.ends_at != after.ends_at ||
         before.place != after.place || before.remote != after.remote;
}

bool registration_open(const Event& event, TimePoint now) {
  return !event.cancelled() && now < event.input.ends_at &&
         registration_phase(event.input, now) == RegistrationPhase::kOpen;
}

}  // namespace tori::core
