// SPDX-License-Identifier: AGPL-3.0-or-later
// Validation of an EventInput (import, later the editors' event form): texts, times, capacity,
// the place, the registration window and the registration questions.
#include "tori/core/event.hpp"  // declares validate_event_input

#include <algorithm>
#include <cstddef>
#include <set>
#include <string_view>

#include "tori/core/event_details.hpp"
#include "tori/core/field_checker.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

bool is_question_id(std::string_view id) {
  return !id.empty() && id.size() <= kMaxQuestionIdLength &&
         std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
         });
}

constexpr TextRule kShortText{false, kMaxShortTextLength, Lines::kOne};

void check_texts(FieldChecker& check, const EventInput& input) {
  const std::string_view id = input.external_id;
  if (check.text("external_id", id, {true, kMaxExternalIdLength, Lines::kOne}) &&
      id.find_first_of(" \t\n\v\f\r") != std::string_view::npos) {
    check.add("external_id", "external_id must not contain whitespace");
  }
  check.text("title", input.title, {true, kMaxTitleLength, Lines::kOne});
  check.text("lead", input.lead, {false, kMaxLeadLength, Lines::kMany});
  check.text("description", input.description, {false, 0, Lines::kMany});
  check.text("series", input.series, kShortText);
}

// Capacity and the registration window.
void check_capacity(FieldChecker& check, std::string_view field, std::optional<int> capacity) {
  if (capacity && (*capacity < 1 || *capacity > kMaxEventCapacity)) {
    check.add(std::string{field},
              std::string{field} + " must be 1–" + std::to_string(kMaxEventCapacity));
  }
}

// One capacity for all, or separate ones for a hybrid event's ways of taking part.
void check_capacities(FieldChecker& check, const EventInput& input) {
  check_capacity(check, "capacity", input.capacity);
  check_capacity(check, "on_site_capacity", input.on_site_capacity);
  check_capacity(check, "remote_capacity", input.remote_capacity);
  if (!has_separate_capacities(input)) return;
  const std::string_view field = input.on_site_capacity ? "on_site_capacity" : "remote_capacity";
  if (!input.place || !input.remote) {
    check.add(std::string{field}, std::string{field} +
                                      " is only for an event with both a place and remote"
                                      " participation");
  } else if (input.capacity) {
    check.add("capacity", "give either capacity or on_site_capacity and remote_capacity");
  }
}

void check_registration(FieldChecker& check, const EventInput& input) {
  check_capacities(check, input);
  const auto& closes = input.registration_closes;
  if (input.registration_opens && closes && *input.registration_opens >= closes->at) {
    check.add("registration_opens", "registration_opens must be before registration_closes");
  }
  if (!closes) return;
  if (!closes->date.empty() && text::end_of_helsinki_day(closes->date) != closes->at) {
    check.add("registration_closes",
              "registration_closes is not the end of the day " + closes->date + " in Helsinki");
  }
  if (closes->at > input.ends_at) {
    check.add("registration_closes", "registration_closes is after the event ends");
  }
}

void check_place(FieldChecker& check, const std::optional<EventPlace>& place) {
  if (!place) return;
  check.text("place.name", place->name, {true, kMaxShortTextLength, Lines::kOne});
  check.text("place.address", place->address, kShortText);
  check.text("place.municipality", place->municipality, kShortText);
}

// A question's choices: as many as its type needs, each non-empty, on one line and given once
// (ignoring case).
void check_choices(FieldChecker& check, const std::string& field, const EventQuestion& question) {
  const bool has_choices = question.type != QuestionType::kText;
  if (has_choices && question.choices.size() < 2) {
    check.add(field, field + " must have at least 2 choices for a " +
                         std::string(to_string(question.type)) + " question");
  } else if (!has_choices && !question.choices.empty()) {
    check.add(field, field + " must be empty for a text question");
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < question.choices.size(); ++i) {
    const std::string item = field + "[" + std::to_string(i) + "]";
    const std::string& choice = question.choices[i];
    if (text::is_valid_utf8(choice) && choice.find_first_of("\n\r") != std::string::npos) {
      check.add(item, item + " contains a line break");
    } else if (check.text(item, choice, {true, kMaxShortTextLength, Lines::kOne}) &&
               !seen.insert(text::fold_case(choice)).second) {
      check.add(item, "'" + choice + "' is listed twice in " + field);
    }
  }
}

void check_questions(FieldChecker& check, const std::vector<EventQuestion>& questions) {
  if (questions.size() > kMaxQuestions) {
    check.add("questions", "at most " + std::to_string(kMaxQuestions) + " questions");
  }
  std::set<std::string_view> ids;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const EventQuestion& question = questions[i];
    const std::string field = "questions[" + std::to_string(i) + "]";
    if (question.id.empty()) {
      check.add(field + ".id", field + ".id is required");
    } else if (!is_question_id(question.id)) {
      check.add(field + ".id", field + ".id must be 1–40 of a–z, 0–9, _ and -");
    } else if (!ids.insert(question.id).second) {
      check.add(field + ".id", field + ".id '" + question.id + "' is used twice");
    }
    check.text(field + ".label", question.label, {true, kMaxShortTextLength, Lines::kOne});
    check_choices(check, field + ".choices", question);
  }
}

}  // namespace

std::vector<FieldError> validate_event_input(const EventInput& input) {
  FieldChecker check;
  check_texts(check, input);
  if (input.ends_at < input.starts_at) check.add("ends_at", "ends_at is before starts_at");
  check_place(check, input.place);
  check_registration(check, input);
  check_questions(check, input.questions);
  check_event_details(check, input);
  return check.take();
}

}  // namespace tori::core
