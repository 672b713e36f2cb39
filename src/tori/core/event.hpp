// SPDX-License-Identifier: AGPL-3.0-or-later
// An event the programme runs (DESIGN.md §4: regional events, the gala, webinars, network
// meetings, workshops) with its place, registration window, capacity and questions. No I/O.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice.hpp"
#include "tori/core/practice_input.hpp"  // FieldError, kMaxExternalIdLength, kMaxTitleLength

namespace tori::core {

enum class EventKind { kRegionalEvent, kGala, kWebinar, kNetworkMeeting, kWorkshop, kOther };

// "regional_event", "gala", "webinar", "network_meeting", "workshop", "other" and back.
[[nodiscard]] std::string_view to_string(EventKind kind);
[[nodiscard]] std::optional<EventKind> parse_event_kind(std::string_view text);

// A registration question: free text, one choice or several choices.
enum class QuestionType { kText, kSingle, kMulti };

// "text", "single", "multi" and back.
[[nodiscard]] std::string_view to_string(QuestionType type);
[[nodiscard]] std::optional<QuestionType> parse_question_type(std::string_view text);

struct EventQuestion {
  std::string id;     // stable within the event: [a-z0-9_-], 1–40 characters
  std::string label;  // the question as the form shows it
  QuestionType type = QuestionType::kText;
  std::vector<std::string> choices;  // for single and multi; empty for text
  bool required = false;
  bool operator==(const EventQuestion&) const = default;
};

struct EventPlace {
  std::string name;             // "Puumalan kunnantalo, valtuustosali"
  std::string address;          // "Keskustie 12, 52200 Puumala"
  std::string municipality;     // a Finnish municipality name, as written in the input
  std::string accessibility{};  // how to get in: steps, lifts, induction loop, parking
  bool operator==(const EventPlace&) const = default;
};

// One item of an event's programme.
struct ProgrammeItem {
  TimePoint starts_at{};
  std::string title;     // "Tervetuloa", "Työpajat"
  std::string speakers;  // "Marjut Kettunen-Laine, Uudistamo Oy"; "" none
  bool operator==(const ProgrammeItem&) const = default;
};

// Whom to ask about the event.
struct EventOrganiser {
  std::string name;
  std::string email;  // "" none
  std::string phone;  // "" none
  bool operator==(const EventOrganiser&) const = default;
};

// The event's picture: a path on this site and its text alternative.
struct EventImage {
  std::string path;  // "/static/images/gaala.jpg"
  std::string alt;
  bool operator==(const EventImage&) const = default;
};

// When registration closes: a date ("2017-05-16"; the whole Helsinki day, DESIGN.md §4) or an
// instant. `at` is always the first instant registration is closed; `date` is kept as given so
// that export writes back what came in (empty when an instant was given).
struct RegistrationDeadline {
  std::string date;
  TimePoint at{};
  bool operator==(const RegistrationDeadline&) const = default;
};

// An event as the exchange format (docs/formats/events-jsonl.md) and the store speak it.
struct EventInput {
  std::string external_id;  // the key of idempotent import
  EventKind kind = EventKind::kOther;
  std::string title;
  std::string lead;         // one or two sentences, plain text
  std::string description;  // Markdown
  std::string series;       // the title of the series it belongs to; empty: none
  TimePoint starts_at{};
  TimePoint ends_at{};
  std::optional<EventPlace> place;                          // none: remote only
  bool remote = false;                                      // remote participation offered
  std::optional<int> capacity;                              // none: no limit (see below)
  std::optional<TimePoint> registration_opens;              // none: open from publication
  std::optional<RegistrationDeadline> registration_closes;  // none: until the event starts
  std::vector<EventQuestion> questions;
  ContentLanguage language = ContentLanguage::kFi;
  std::string audience{};                  // whom the event is for, plain text
  std::vector<ProgrammeItem> programme{};  // in order
  std::string remote_url{};                // the meeting link: shown and mailed to registrants only
  std::optional<EventOrganiser> organiser{};
  std::optional<EventImage> image{};
  std::string consent{};  // what a registrant agrees to (a checkbox on the form); "" none
  // Separate capacities of a hybrid event (a place and remote participation): with either given,
  // each way of taking part has its own seats and its own waiting list (a mode without a limit
  // has none), and `capacity` is not given. Neither given: `capacity` limits all seats together.
  std::optional<int> on_site_capacity{};
  std::optional<int> remote_capacity{};
  bool operator==(const EventInput&) const = default;
};

// How a registrant takes part: at the place, or remotely.
enum class Participation { kOnSite, kRemote };

// "on_site", "remote" and back.
[[nodiscard]] std::string_view to_string(Participation participation);
[[nodiscard]] std::optional<Participation> parse_participation(std::string_view text);

// The ways of taking part the event offers: on site when it has a place, remote when it offers
// remote participation or has no place; in that order.
[[nodiscard]] std::vector<Participation> participation_modes(const EventInput& event);
// Whether each way of taking part has its own seats (on_site_capacity or remote_capacity given).
[[nodiscard]] bool has_separate_capacities(const EventInput& event);
// The seat limit of `mode` for an event with separate capacities, else the event's capacity;
// none: no limit.
[[nodiscard]] std::optional<int> seat_limit(const EventInput& event, Participation mode);

// A stored event: the input plus what the store assigns.
struct Event {
  std::int64_t id = 0;
  std::string slug;  // from the title, unique among events
  EventInput input;
  TimePoint updated_at{};
  // Set when the staff cancel it: the event stays listed, marked cancelled with their note.
  std::optional<TimePoint> cancelled_at{};
  std::string cancellation_note{};
  [[nodiscard]] bool cancelled() const { return cancelled_at.has_value(); }
};

// Where registration stands at `now`.
enum class RegistrationPhase { kNotYetOpen, kOpen, kClosed };
[[nodiscard]] RegistrationPhase registration_phase(const EventInput& event, TimePoint now);
// Whether the registration form takes registrations at `now`: the window is open, the event is
// not over and not cancelled.
[[nodiscard]] bool registration_open(const Event& event, TimePoint now);

// Whether the registrants of `before` are to be told of the change to `after`: its time, place
// or remote participation changed (not its texts, capacity or questions).
[[nodiscard]] bool registrants_notified_of_change(const EventInput& before,
                                                  const EventInput& after);

// Limits of validate_event_input (characters are Unicode code points); external_id and title
// share the practice's limits (kMaxExternalIdLength, kMaxTitleLength).
inline constexpr std::size_t kMaxLeadLength = 600;
inline constexpr int kMaxEventCapacity = 100000;
inline constexpr std::size_t kMaxQuestions = 30;
inline constexpr std::size_t kMaxQuestionIdLength = 40;
inline constexpr std::size_t kMaxProgrammeItems = 50;
inline constexpr std::size_t kMaxAccessibilityLength = 2000;
inline constexpr std::size_t kMaxConsentLength = 2000;
inline constexpr std::size_t kMaxEventLinkLength = 500;  // remote_url, image.path
inline constexpr std::size_t kMaxAltLength = 300;
inline constexpr std::size_t kMaxPhoneLength = 40;

// Every rule the input breaks, in field order; empty when it may be stored. Checks: texts are
// valid UTF-8; external_id 1–100 without whitespace or control characters; title 1–200, lead
// ≤ 600; one-line texts (title, series, place, labels, choices) without control characters and
// ≤ 200 (kMaxShortTextLength; title ≤ 200 anyway); ends_at ≥ starts_at; capacity, when given,
// 1–100000, and so are on_site_capacity and remote_capacity, which only a hybrid event (a place
// and remote participation) has and never beside capacity; registration_opens before
// registration_closes when both are given; registration closes no later than the event ends; a
// deadline's date, when given, is a real YYYY-MM-DD whose end of the Helsinki day is `at`; a place,
// when given, has a name; at most 30 questions, ids [a-z0-9_-]{1,40} and unique, labels given,
// single/multi with at least 2 choices and text with none, choices non-empty, unique and without
// line breaks (the store keeps them newline-joined). The details: audience ≤ 600; programme ≤ 50
// items, each with a title (one line), speakers (one line) and a start within the event;
// place.accessibility ≤ 2000; remote_url an https:// address ≤ 500, only for an event with remote
// participation (remote, or no place); an organiser has a name, a plausible e-mail when given and a
// phone ≤ 40; an image a path on this site (/…) and alt text ≤ 300; consent ≤ 2000. Fields are
// named as in the exchange format: "title", "questions[2].id", "questions[0].choices[1]",
// "place.name", "programme[1].title", "organiser.email".
[[nodiscard]] std::vector<FieldError> validate_event_input(const EventInput& input);

}  // namespace tori::core
