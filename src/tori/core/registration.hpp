// SPDX-License-Identifier: AGPL-3.0-or-later
// A registration for an event: who registers, their answers to the event's questions, and the
// states a registration goes through (confirmed, waiting, offered a freed seat, cancelled).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/event.hpp"
#include "tori/core/practice_input.hpp"  // FieldError

namespace tori::core {

// confirmed: has a seat. waiting: in line for one. offered: a freed seat is held for them until
// the offer expires. cancelled: by them, by staff, or an offer left unanswered.
enum class RegistrationStatus { kConfirmed, kWaiting, kOffered, kCancelled };

// "confirmed", "waiting", "offered", "cancelled" and back.
[[nodiscard]] std::string_view to_string(RegistrationStatus status);
[[nodiscard]] std::optional<RegistrationStatus> parse_registration_status(std::string_view text);

// The answer to one question: one value for text and single, any number for multi.
struct RegistrationAnswer {
  std::string question_id;
  std::vector<std::string> values;
  bool operator==(const RegistrationAnswer&) const = default;
};

// What the registration form gives.
struct RegistrantInput {
  std::string name;
  std::string email;
  std::string organisation;
  std::string title;  // job title
  std::vector<RegistrationAnswer> answers;
  // How they take part; none: the event's only way (participation_of).
  std::optional<Participation> participation{};
  bool operator==(const RegistrantInput&) const = default;
};

// How `input` takes part in `event`: as chosen, else the event's first way of taking part.
[[nodiscard]] Participation participation_of(const RegistrantInput& input, const EventInput& event);

inline constexpr std::size_t kMaxRegistrantTextLength = 200;
inline constexpr std::size_t kMaxAnswerLength = 2000;

// Every problem of `input` for `event`: name and a plausible e-mail required; organisation
// and title optional; a way of taking part chosen when the event offers both, and one it
// offers when given; each required question answered; a single choice one of its choices, a
// multiple choice only its choices (each once); text answers at most kMaxAnswerLength; an
// answer to a question the event does not ask is refused. Fields: "name", "email",
// "organisation", "title", "participation", "answers.<question id>".
[[nodiscard]] std::vector<FieldError> validate_registrant(const RegistrantInput& input,
                                                          const EventInput& event);

// What the staff write to an event's registrants, or to the public when they cancel it.
struct RegistrantNotice {
  std::string subject;  // one line; for a cancellation unused
  std::string body;     // paragraphs separated by blank lines
};

inline constexpr std::size_t kMaxNoticeSubjectLength = 200;
inline constexpr std::size_t kMaxNoticeBodyLength = 5000;

// A message's problems: subject (one line, 1–200) and body (1–5000) required, valid UTF-8, no
// control characters but line breaks and tabs in the body. Fields "subject", "body".
[[nodiscard]] std::vector<FieldError> validate_message(const RegistrantNotice& message);
// A cancellation's note (the body, optional, ≤ 5000); field "body".
[[nodiscard]] std::vector<FieldError> validate_cancellation_note(std::string_view note);

// The reminder due at `now` (as hours before the start, one of `hours_before`) for a
// registration made at `registered_at` to an event starting at `starts_at`: the nearest to the
// start whose time (start minus its hours) has come, that fell after the registration was made,
// and that is nearer than the one already sent (`reminded_hours`). None when nothing is due or
// the event has started. A reminder missed while the server was down goes out late, once: only
// the nearest due one is sent.
[[nodiscard]] std::optional<int> due_reminder(const std::vector<int>& hours_before,
                                              TimePoint starts_at, TimePoint registered_at,
                                              std::optional<int> reminded_hours, TimePoint now);

}  // namespace tori::core
