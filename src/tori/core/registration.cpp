// SPDX-License-Identifier: AGPL-3.0-or-later
// Registration states as text, and the validation of a registrant against the event's questions.
#include "tori/core/registration.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "tori/core/email.hpp"
#include "tori/core/enum_names.hpp"
#include "tori/core/field_checker.hpp"

namespace tori::core {
namespace {

constexpr std::array<std::string_view, 4> kStatusNames = {"confirmed", "waiting", "offered",
                                                          "cancelled"};

const RegistrationAnswer* answer_to(const RegistrantInput& input, const std::string& id) {
  for (const RegistrationAnswer& answer : input.answers) {
    if (answer.question_id == id) return &answer;
  }
  return nullptr;
}

// The answer's values against the question; adds the problems under `field`.
void check_answer(FieldChecker& check, const std::string& field, const EventQuestion& question,
                  const RegistrationAnswer& answer) {
  const auto offered = [&](const std::string& value) {
    return std::find(question.choices.begin(), question.choices.end(), value) !=
           question.choices.end();
  };
  if (question.type == QuestionType::kText) {
    if (answer.values.size() > 1) check.add(field, field + " takes one text");
    for (const std::string& value : answer.values) {
      check.text(field, value, {false, kMaxAnswerLength, Lines::kMany});
    }
    return;
  }
  if (question.type == QuestionType::kSingle && answer.values.size() > 1) {
    check.add(field, field + " takes one choice");
  }
  std::set<std::string> seen;
  for (const std::string& value : answer.values) {
    if (!offered(value)) check.add(field, field + ": '" + value + "' is not one of the choices");
    if (!seen.insert(value).second) check.add(field, field + ": '" + value + "' is given twice");
  }
}

bool answered(const RegistrationAnswer* answer) {
  return answer != nullptr && std::any_of(answer->values.begin(), answer->values.end(),
                                          [](const std::string& value) { return !value.empty(); });
}

// Chosen when the event offers both ways; when it offers one, that one or none.
void check_participation(FieldChecker& check, std::optional<Participation> participation,
                         const EventInput& event) {
  const auto modes = participation_modes(event);
  if (!participation) {
    if (modes.size() > 1) check.add("participation", "participation is required");
  } else if (std::find(modes.begin(), modes.end(), *participation) == modes.end()) {
    check.add("participation",
              "the event offers no " + std::string{to_string(*participation)} + " participation");
  }
}

}  // namespace

std::string_view to_string(RegistrationStatus status) {
  return enum_name(kStatusNames, status);
}

std::optional<RegistrationStatus> parse_registration_status(std::string_view text) {
  return parse_enum_name<RegistrationStatus>(kStatusNames, text);
}

std::vector<FieldError> validate_message(const RegistrantNotice& message) {
  FieldChecker check;
  check.text("subject", message.subject, {true, kMaxNoticeSubjectLength, Lines::kOne});
  check.text("body", message.body, {true, kMaxNoticeBodyLength, Lines::kMany});
  return check.take();
}

std::vector<FieldError> validate_cancellation_note(std::string_view note) {
  FieldChecker check;
  check.text("body", note, {false, kMaxNoticeBodyLength, Lines::kMany});
  return check.take();
}

Participation participation_of(const RegistrantInput& input, const EventInput& event) {
  if (input.participation) return *input.participation;
  return participation_modes(event).front();
}

std::vector<FieldError> validate_registrant(const RegistrantInput& input, const EventInput& event) {
  FieldChecker check;
  check.text("name", input.name, {true, kMaxRegistrantTextLength, Lines::kOne});
  if (check.text("email", input.email, {true, kMaxRegistrantTextLength, Lines::kOne}) &&
      !is_plausible_email(input.email)) {
    check.add("email", "email is not an e-mail address");
  }
  check.text("organisation", input.organisation, {false, kMaxRegistrantTextLength, Lines::kOne});
  check.text("title", input.title, {false, kMaxRegistrantTextLength, Lines::kOne});
  check_participation(check, input.participation, event);
  for (const EventQuestion& question : event.questions) {
    const std::string field = "answers." + question.id;
    const RegistrationAnswer* answer = answer_to(input, question.id);
    if (!answered(answer)) {
      if (question.required) check.add(field, field + " is required");
      continue;
    }
    check_answer(check, field, question, *answer);
  }
  for (const RegistrationAnswer& answer : input.answers) {
    const bool asked =
        std::any_of(event.questions.begin(), event.questions.end(),
                    [&](const EventQuestion& q) { return q.id == answer.question_id; });
    if (!asked) check.add("answers." + answer.question_id, "the event asks no such question");
  }
  return check.take();
}

std::optional<int> due_reminder(const std::vector<int>& hours_before, TimePoint starts_at,
                                TimePoint registered_at, std::optional<int> reminded_hours,
                                TimePoint now) {
  if (now >= starts_at) return std::nullopt;
  std::optional<int> due;
  for (const int hours : hours_before) {
    const TimePoint time = starts_at - std::chrono::hours(hours);
    const bool come = hours > 0 && now >= time && registered_at < time;
    const bool nearer = !reminded_hours || hours < *reminded_hours;
    if (come && nearer && (!due || hours < *due)) due = hours;
  }
  return due;
}

}  // namespace tori::core
