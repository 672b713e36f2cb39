// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' event form: /toimitus/tapahtumat/uusi creates an event and
// /toimitus/tapahtumat/{slug}/muokkaa edits one; every field of core::EventInput, times typed
// in Helsinki time, questions and programme as rows that work without JavaScript.
//
//   EventFormValues values = read_event_form(form);          // as typed, kept for re-showing
//   EventFormReading reading = parse_event_form(values);     // the input, or what is wrong
//   FormErrors errors = event_form_errors(services, language, reading.problems);
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/event.hpp"
#include "tori/http/form.hpp"
#include "tori/http/router.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/page.hpp"

namespace tori::web {

// GET and POST of both forms, in fi, sv (/sv/…) and en (/en/…); editors only.
void add_event_editor_routes(http::Router& router, const Services& services);

// One row of the registration questions, as typed ("q<N>_id", "q<N>_label", …).
struct EventQuestionRow {
  std::string id;
  std::string label;
  std::string type = "text";  // "text", "single", "multi"
  std::string choices;        // one per line
  bool required = false;
  bool operator==(const EventQuestionRow&) const = default;
};

// One row of the programme, as typed ("p<N>_date", "p<N>_time", …); an empty date is the
// event's start date.
struct EventProgrammeRow {
  std::string date;
  std::string time;
  std::string title;
  std::string speakers;
  bool operator==(const EventProgrammeRow&) const = default;
};

// The form as typed: text as it came, so that a malformed date is shown back as it was. Dates
// and times are Helsinki wall-clock time.
struct EventFormValues {
  std::string kind = "regional_event";
  std::string title, lead, description, series;
  std::string language = "fi";
  std::string starts_date, starts_time, ends_date, ends_time;
  std::string place_name, place_address, place_municipality, place_accessibility;
  bool remote = false;
  std::string remote_url;
  std::string capacity;
  std::string on_site_capacity, remote_capacity;  // a hybrid event's separate seats
  std::string opens_date, opens_time, closes_date;
  // A deadline stored as an instant (an import, a scheduled workshop) as RFC 3339; kept while
  // closes_date still shows its day.
  std::string closes_at;
  std::string consent, audience;
  std::string organiser_name, organiser_email, organiser_phone;
  std::string image_path, image_alt;
  std::vector<EventQuestionRow> questions;
  std::vector<EventProgrammeRow> programme;
  bool operator==(const EventFormValues&) const = default;
};

// A text field of EventFormValues outside the rows: its input's name and its member.
struct EventFormField {
  std::string_view name;
  std::string EventFormValues::*value;
};
// Every such field, in form order.
[[nodiscard]] std::span<const EventFormField> event_form_fields();

// Rows read from a form stop at the first number without its field, and at this many.
inline constexpr std::size_t kMaxEventFormRows = 60;

// The posted values (one-line texts trimmed, line ends of longer texts made "\n").
[[nodiscard]] EventFormValues read_event_form(const http::Form& form);
// A stored event's values, its times in Helsinki time ("2027-05-12", "09:30").
[[nodiscard]] EventFormValues event_form_values(const core::EventInput& input);

// What is wrong with one input: its name ("title", "q2_id", "questions"; "form" for the whole
// form), the catalogue key of the message, and the limit a too long text broke.
struct EventFormProblem {
  std::string field;
  std::string key;
  long long limit = 0;
  bool operator==(const EventFormProblem&) const = default;
};

// The input the values make (external_id left empty), and every problem: first what cannot be
// read (malformed dates, times and numbers), then validate_event_input's findings on the inputs
// they name (rows by their number on the form; empty rows are left out). At most one problem
// per input.
struct EventFormReading {
  core::EventInput input;
  std::vector<EventFormProblem> problems;
};
[[nodiscard]] EventFormReading parse_event_form(const EventFormValues& values);

// The input a core::validate_event_input field name ("questions[2].id", "place.name") is shown
// beside, with the rows' numbers on the form, and the message's key for the finding.
[[nodiscard]] EventFormProblem event_form_problem(const core::FieldError& finding,
                                                  const std::vector<std::size_t>& question_rows,
                                                  const std::vector<std::size_t>& programme_rows);

// The field's name without its row and the row's number: "q3_id" → {"q_id", 3}, "title" →
// {"title", -1}.
struct EventFormFieldName {
  std::string base;
  int row = -1;
};
[[nodiscard]] EventFormFieldName event_form_field_name(std::string_view field);

// The problems as messages in `language` beside their inputs ("event-<field>").
[[nodiscard]] FormErrors event_form_errors(const Services& services, Language language,
                                           const std::vector<EventFormProblem>& problems);

// Every group, field and row of the form (event_form.tpl), with `blank_rows` empty rows added
// to the questions and the programme; the errors beside their inputs.
void fill_event_form(ctemplate::TemplateDictionary& body, const Services& services,
                     Language language, const EventFormValues& values, const FormErrors& errors,
                     std::size_t blank_rows);

}  // namespace tori::web
