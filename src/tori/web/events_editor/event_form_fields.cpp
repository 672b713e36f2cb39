// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' event form's values: read from a posted form, made from a stored event in
// Helsinki time (typed dates and times are read by web/typed_text.hpp).
#include "tori/core/application.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/events_editor/event_form_pages.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

// The member of every text field outside the rows, in the form's order (remote is a checkbox).
constexpr EventFormField kEventFormFields[] = {
    {"kind", &EventFormValues::kind},  // basics
    {"title", &EventFormValues::title},
    {"lead", &EventFormValues::lead},
    {"description", &EventFormValues::description},
    {"series", &EventFormValues::series},
    {"language", &EventFormValues::language},
    {"starts_date", &EventFormValues::starts_date},  // time
    {"starts_time", &EventFormValues::starts_time},
    {"ends_date", &EventFormValues::ends_date},
    {"ends_time", &EventFormValues::ends_time},
    {"place_name", &EventFormValues::place_name},  // place and remote participation
    {"place_address", &EventFormValues::place_address},
    {"place_municipality", &EventFormValues::place_municipality},
    {"place_accessibility", &EventFormValues::place_accessibility},
    {"remote_url", &EventFormValues::remote_url},
    {"audience", &EventFormValues::audience},  // for whom, by whom, the picture
    {"organiser_name", &EventFormValues::organiser_name},
    {"organiser_email", &EventFormValues::organiser_email},
    {"organiser_phone", &EventFormValues::organiser_phone},
    {"image_path", &EventFormValues::image_path},
    {"image_alt", &EventFormValues::image_alt},
    {"capacity", &EventFormValues::capacity},  // registration (then its questions, the programme)
    {"on_site_capacity", &EventFormValues::on_site_capacity},
    {"remote_capacity", &EventFormValues::remote_capacity},
    {"opens_date", &EventFormValues::opens_date},
    {"opens_time", &EventFormValues::opens_time},
    {"closes_date", &EventFormValues::closes_date},
    {"closes_at", &EventFormValues::closes_at},  // hidden
    {"consent", &EventFormValues::consent},
};

// The fields whose text may run over several lines (kept as typed but for "\r" and the ends).
bool event_editor_many_lines(std::string_view name) {
  return name == "lead" || name == "description" || name == "place_accessibility" ||
         name == "consent" || name == "audience";
}

// Helsinki "YYYY-MM-DD" and "HH:MM" of an instant.
std::string event_editor_day(core::TimePoint at) {
  return text::format_rfc3339_helsinki(at).substr(0, 10);
}
std::string event_editor_clock(core::TimePoint at) {
  return text::format_rfc3339_helsinki(at).substr(11, 5);
}

std::vector<EventQuestionRow> event_editor_question_rows(const http::Form& form) {
  std::vector<EventQuestionRow> rows;
  for (std::size_t i = 0; i < kMaxEventFormRows; ++i) {
    const std::string q = "q" + std::to_string(i) + "_";
    if (!form.has(q + "id")) break;
    rows.push_back({typed_line(form.get(q + "id")), typed_line(form.get(q + "label")),
                    form.get(q + "type"), typed_text(form.get(q + "choices")),
                    form.has(q + "required")});
  }
  return rows;
}

std::vector<EventProgrammeRow> event_editor_programme_rows(const http::Form& form) {
  std::vector<EventProgrammeRow> rows;
  for (std::size_t i = 0; i < kMaxEventFormRows; ++i) {
    const std::string p = "p" + std::to_string(i) + "_";
    if (!form.has(p + "title")) break;
    rows.push_back({typed_line(form.get(p + "date")), typed_line(form.get(p + "time")),
                    typed_line(form.get(p + "title")), typed_line(form.get(p + "speakers"))});
  }
  return rows;
}

// The place, the organiser and the image of a stored event.
void event_editor_parts_of(EventFormValues& values, const core::EventInput& input) {
  if (input.place) {
    values.place_name = input.place->name;
    values.place_address = input.place->address;
    values.place_municipality = input.place->municipality;
    values.place_accessibility = input.place->accessibility;
  }
  if (input.organiser) {
    values.organiser_name = input.organiser->name;
    values.organiser_email = input.organiser->email;
    values.organiser_phone = input.organiser->phone;
  }
  if (input.image) {
    values.image_path = input.image->path;
    values.image_alt = input.image->alt;
  }
}

// The questions and the programme of a stored event (an item on the start's day without a date).
void event_editor_rows_of(EventFormValues& values, const core::EventInput& input) {
  for (const core::EventQuestion& question : input.questions) {
    std::string choices;
    for (const std::string& choice : question.choices)
      choices += (choices.empty() ? "" : "\n") + choice;
    values.questions.push_back({question.id, question.label,
                                std::string{core::to_string(question.type)}, choices,
                                question.required});
  }
  for (const core::ProgrammeItem& item : input.programme) {
    const std::string day = event_editor_day(item.starts_at);
    values.programme.push_back({day == values.starts_date ? "" : day,
                                event_editor_clock(item.starts_at), item.title, item.speakers});
  }
}

}  // namespace

std::span<const EventFormField> event_form_fields() {
  return kEventFormFields;
}

EventFormValues read_event_form(const http::Form& form) {
  EventFormValues values;
  for (const EventFormField& field : event_form_fields()) {
    const std::string typed = form.get(field.name);
    values.*field.value =
        event_editor_many_lines(field.name) ? typed_text(typed) : typed_line(typed);
  }
  values.remote = form.has("remote");
  values.questions = event_editor_question_rows(form);
  values.programme = event_editor_programme_rows(form);
  return values;
}

EventFormValues event_form_values(const core::EventInput& input) {
  EventFormValues values;
  values.kind = std::string{core::to_string(input.kind)};
  values.title = input.title;
  values.lead = input.lead;
  values.description = input.description;
  values.series = input.series;
  values.language = std::string{core::to_string(input.language)};
  values.starts_date = event_editor_day(input.starts_at);
  values.starts_time = event_editor_clock(input.starts_at);
  values.ends_date = event_editor_day(input.ends_at);
  values.ends_time = event_editor_clock(input.ends_at);
  values.remote = input.remote;
  values.remote_url = input.remote_url;
  values.capacity = input.capacity ? std::to_string(*input.capacity) : "";
  values.on_site_capacity = input.on_site_capacity ? std::to_string(*input.on_site_capacity) : "";
  values.remote_capacity = input.remote_capacity ? std::to_string(*input.remote_capacity) : "";
  if (input.registration_opens) {
    values.opens_date = event_editor_day(*input.registration_opens);
    values.opens_time = event_editor_clock(*input.registration_opens);
  }
  if (const auto& closes = input.registration_closes) {
    // An instant is shown as the day it falls in (a second before it) and kept unless changed.
    values.closes_date = closes->date.empty()
                             ? event_editor_day(closes->at - std::chrono::seconds(1))
                             : closes->date;
    if (closes->date.empty()) values.closes_at = text::format_rfc3339_utc(closes->at);
  }
  values.consent = input.consent;
  values.audience = input.audience;
  event_editor_parts_of(values, input);
  event_editor_rows_of(values, input);
  return values;
}

EventFormFieldName event_form_field_name(std::string_view field) {
  const auto underscore = field.find('_');
  if (field.size() < 3 || (field[0] != 'q' && field[0] != 'p') || underscore == 1 ||
      underscore == std::string_view::npos) {
    return {std::string{field}, -1};
  }
  const int row = typed_number(field.substr(1, underscore - 1), 3);
  if (row < 0) return {std::string{field}, -1};
  return {std::string{field.substr(0, 1)} + std::string{field.substr(underscore)}, row};
}

}  // namespace tori::web
