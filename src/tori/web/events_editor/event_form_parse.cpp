// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' event form's values made a core::EventInput: dates and times in Helsinki time,
// numbers and rows read, then validate_event_input's findings put beside the form's inputs.
#include <algorithm>
#include <charconv>

#include "tori/core/application.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/events_editor/event_form_pages.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

// The reading in progress: the input so far, its problems, and each row's number on the form.
struct EventEditorParse {
  EventFormReading reading;
  std::vector<std::size_t> question_rows;
  std::vector<std::size_t> programme_rows;
  std::string start_day;   // the start's "YYYY-MM-DD", "" when unreadable
  bool times_read = true;  // false: the findings that compare times would mislead
  bool has(std::string_view field) const {
    for (const EventFormProblem& problem : reading.problems)
      if (problem.field == field) return true;
    return false;
  }
  void add(std::string field, std::string key, long long limit = 0) {
    if (!has(field)) reading.problems.push_back({std::move(field), std::move(key), limit});
  }
};

// The instant of a typed day and time, or a problem on `date_field` or `time_field` with `key`.
std::optional<core::TimePoint> event_editor_instant(EventEditorParse& parse,
                                                    const std::string& date_field,
                                                    std::string_view date,
                                                    const std::string& time_field,
                                                    std::string_view time, const std::string& key) {
  const std::string day = typed_date(date);
  const std::string clock = typed_time(time);
  if (day.empty()) parse.add(date_field, key);
  if (clock.empty()) parse.add(time_field, key);
  if (day.empty() || clock.empty()) return std::nullopt;
  const auto at = core::helsinki_time_on(day, clock);
  if (!at) parse.add(time_field, "event_editor.error.no_such_time");
  return at;
}

void event_editor_read_times(EventEditorParse& parse, const EventFormValues& values) {
  core::EventInput& input = parse.reading.input;
  parse.start_day = typed_date(values.starts_date);
  const auto starts = event_editor_instant(parse, "starts_date", values.starts_date, "starts_time",
                                           values.starts_time, "event_editor.error.starts");
  // An empty end date is the start's day (when that cannot be read, only the time is checked).
  std::optional<core::TimePoint> ends;
  if (values.ends_date.empty() && parse.start_day.empty()) {
    if (typed_time(values.ends_time).empty()) parse.add("ends_time", "event_editor.error.ends");
  } else {
    ends = event_editor_instant(parse, "ends_date",
                                values.ends_date.empty() ? parse.start_day : values.ends_date,
                                "ends_time", values.ends_time, "event_editor.error.ends");
  }
  parse.times_read = starts && ends;
  if (starts) input.starts_at = *starts;
  if (ends) input.ends_at = *ends;
  if (!values.opens_date.empty() || !values.opens_time.empty()) {
    const auto opens = event_editor_instant(parse, "opens_date", values.opens_date, "opens_time",
                                            values.opens_time.empty() ? "00:00" : values.opens_time,
                                            "event_editor.error.opens");
    if (opens) input.registration_opens = *opens;
    parse.times_read = parse.times_read && opens;
  }
}

// The deadline: a day, or the stored instant while its day is still the one shown.
void event_editor_read_deadline(EventEditorParse& parse, const EventFormValues& values) {
  if (values.closes_date.empty()) return;
  const std::string day = typed_date(values.closes_date);
  if (day.empty()) {
    parse.add("closes_date", "event_editor.error.closes");
    parse.times_read = false;
    return;
  }
  const auto kept = text::parse_rfc3339(values.closes_at);
  if (kept && text::format_rfc3339_helsinki(*kept - std::chrono::seconds(1)).substr(0, 10) == day) {
    parse.reading.input.registration_closes = core::RegistrationDeadline{"", *kept};
  } else {
    parse.reading.input.registration_closes = core::deadline_of_day(day);
  }
}

// A number of places typed into `field`, into `out`; empty: no limit.
void event_editor_read_capacity(EventEditorParse& parse, const std::string& field,
                                const std::string& text, std::optional<int>& out) {
  if (text.empty()) return;
  int value = 0;
  const char* end = text.data() + text.size();
  const auto [at, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc{} || at != end) {
    parse.add(field, "event_editor.error.capacity");
  } else {
    out = value;
  }
}

// The lines of a textarea, each trimmed, empty ones left out.
std::vector<std::string> event_editor_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    const std::string line = text.substr(start, end - start);
    const auto first = line.find_first_not_of(" \t");
    if (first != std::string::npos)
      lines.push_back(line.substr(first, line.find_last_not_of(" \t") - first + 1));
    start = end + 1;
  }
  return lines;
}

void event_editor_read_questions(EventEditorParse& parse, const EventFormValues& values) {
  for (std::size_t row = 0; row < values.questions.size(); ++row) {
    const EventQuestionRow& typed = values.questions[row];
    if (typed.id.empty() && typed.label.empty() && typed.choices.empty()) continue;
    core::EventQuestion question{typed.id, typed.label, core::QuestionType::kText,
                                 event_editor_lines(typed.choices), typed.required};
    if (const auto type = core::parse_question_type(typed.type)) {
      question.type = *type;
    } else {
      parse.add("q" + std::to_string(row) + "_type", "event_editor.error.q_type");
    }
    parse.reading.input.questions.push_back(std::move(question));
    parse.question_rows.push_back(row);
  }
}

void event_editor_read_programme(EventEditorParse& parse, const EventFormValues& values) {
  for (std::size_t row = 0; row < values.programme.size(); ++row) {
    const EventProgrammeRow& typed = values.programme[row];
    if (typed.date.empty() && typed.time.empty() && typed.title.empty() && typed.speakers.empty()) {
      continue;
    }
    const std::string p = "p" + std::to_string(row) + "_";
    core::ProgrammeItem item{{}, typed.title, typed.speakers};
    const std::string day = typed.date.empty() ? parse.start_day : typed_date(typed.date);
    if (!typed.date.empty() && day.empty()) {
      parse.add(p + "date", "event_editor.error.p_date");
    } else if (!day.empty()) {
      const auto at = event_editor_instant(parse, p + "date", day, p + "time", typed.time,
                                           "event_editor.error.p_time");
      if (at) item.starts_at = *at;
    }
    parse.reading.input.programme.push_back(std::move(item));
    parse.programme_rows.push_back(row);
  }
}

// The texts, the place, remote participation, the organiser and the image.
void event_editor_read_details(EventEditorParse& parse, const EventFormValues& values) {
  core::EventInput& input = parse.reading.input;
  if (const auto kind = core::parse_event_kind(values.kind)) {
    input.kind = *kind;
  } else {
    parse.add("kind", "event_editor.error.kind");
  }
  if (const auto language = core::parse_content_language(values.language)) {
    input.language = *language;
  } else {
    parse.add("language", "event_editor.error.language");
  }
  input.title = values.title;
  input.lead = values.lead;
  input.description = values.description;
  input.series = values.series;
  if (!values.place_name.empty() || !values.place_address.empty() ||
      !values.place_municipality.empty() || !values.place_accessibility.empty()) {
    input.place = core::EventPlace{values.place_name, values.place_address,
                                   values.place_municipality, values.place_accessibility};
  }
  input.remote = values.remote;
  input.remote_url = values.remote_url;
  input.consent = values.consent;
  input.audience = values.audience;
  if (!values.organiser_name.empty() || !values.organiser_email.empty() ||
      !values.organiser_phone.empty()) {
    input.organiser =
        core::EventOrganiser{values.organiser_name, values.organiser_email, values.organiser_phone};
  }
  if (!values.image_path.empty() || !values.image_alt.empty()) {
    input.image = core::EventImage{values.image_path, values.image_alt};
  }
}

// Whether a finding compares times (then it is left out when a time could not be read).
bool event_editor_about_times(std::string_view field) {
  return field == "ends_at" || field == "registration_opens" || field == "registration_closes" ||
         field.ends_with(".starts_at");
}

// The form's input of a finding's field, rows by their number on the form.
std::string event_editor_input_of(std::string_view field, const std::vector<std::size_t>& questions,
                                  const std::vector<std::size_t>& programme) {
  const auto [index, rest] = field_list_index(field);
  const bool question = field.starts_with("questions[");
  if ((question || field.starts_with("programme[")) && index >= 0) {
    const auto& rows = question ? questions : programme;
    const std::size_t row = static_cast<std::size_t>(index) < rows.size()
                                ? rows[index]
                                : static_cast<std::size_t>(index);
    std::string part = std::string{rest.substr(1, rest.find_first_of(".[", 1) - 1)};
    if (part == "starts_at") part = "time";
    return (question ? "q" : "p") + std::to_string(row) + "_" + part;
  }
  if (field == "ends_at") return "ends_date";
  if (field == "registration_opens") return "opens_date";
  if (field == "registration_closes") return "closes_date";
  if (field == "external_id") return "form";
  std::string name{field};
  for (char& c : name)
    if (c == '.') c = '_';
  return name;
}

// The key of a finding's message that depends on the input alone.
std::string event_editor_key_of(const std::string& base, std::string_view message) {
  const auto says = [message](std::string_view part) {
    return message.find(part) != std::string_view::npos;
  };
  if (base == "q_id") return says("used twice") ? "q_id_twice" : "q_id";
  if (base == "q_choices") {
    return says("listed twice")    ? "q_choices_twice"
           : says("must be empty") ? "q_choices_text"
                                   : "q_choices";
  }
  if (base == "remote_url") return says("no remote participation") ? "remote_not_offered" : base;
  if (base == "capacity" && says("give either")) return "capacity_both";
  if (base == "on_site_capacity" || base == "remote_capacity") {
    return says("only for an event") ? "capacity_hybrid_only" : "capacity";
  }
  if (base == "p_time") return "p_outside";
  if (base == "ends_date") return "ends_before_starts";
  if (base == "opens_date") return "opens_after_closes";
  if (base == "closes_date") return "closes_after_end";
  for (const std::string_view own :
       {"capacity", "organiser_email", "image_path", "questions", "programme", "form"}) {
    if (base == own) return base;
  }
  return "invalid";
}

// Where an input comes on the form, for the error summary's order: the fields in
// event_form_fields() order, the questions' rows, then the programme's.
int event_editor_rank(const std::string& field) {
  const EventFormFieldName name = event_form_field_name(field);
  const auto fields = event_form_fields();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == name.base) return static_cast<int>(i) * 10;
  }
  if (name.base == "form") return -1;
  if (name.base == "remote") return event_editor_rank("remote_url") - 1;
  static constexpr std::string_view kQuestionParts[] = {"q_id", "q_label", "q_type", "q_choices"};
  static constexpr std::string_view kProgrammeParts[] = {"p_date", "p_time", "p_title",
                                                         "p_speakers"};
  const bool question = name.base == "questions" || name.base.starts_with("q_");
  const auto& parts = question ? kQuestionParts : kProgrammeParts;
  int part = 0;
  while (part < 4 && parts[part] != name.base)
    ++part;
  return (question ? 1000 : 2000) + name.row * 10 + part;  // the group itself: row -1
}

}  // namespace

EventFormProblem event_form_problem(const core::FieldError& finding,
                                    const std::vector<std::size_t>& question_rows,
                                    const std::vector<std::size_t>& programme_rows) {
  const std::string_view message = finding.message;
  EventFormProblem problem{event_editor_input_of(finding.field, question_rows, programme_rows), "",
                           0};
  if (const auto common = common_field_problem(message)) {
    problem.key = "event_editor.error." + std::string{common->kind};
    problem.limit = common->limit;
  } else {
    const std::string base = event_form_field_name(problem.field).base;
    problem.key = "event_editor.error." + event_editor_key_of(base, message);
    if (base == "questions") problem.limit = static_cast<long long>(core::kMaxQuestions);
    if (base == "programme") problem.limit = static_cast<long long>(core::kMaxProgrammeItems);
  }
  return problem;
}

EventFormReading parse_event_form(const EventFormValues& values) {
  EventEditorParse parse;
  event_editor_read_details(parse, values);
  event_editor_read_times(parse, values);
  event_editor_read_deadline(parse, values);
  core::EventInput& input = parse.reading.input;
  event_editor_read_capacity(parse, "capacity", values.capacity, input.capacity);
  event_editor_read_capacity(parse, "on_site_capacity", values.on_site_capacity,
                             input.on_site_capacity);
  event_editor_read_capacity(parse, "remote_capacity", values.remote_capacity,
                             input.remote_capacity);
  event_editor_read_questions(parse, values);
  event_editor_read_programme(parse, values);
  core::EventInput checked = parse.reading.input;
  checked.external_id = "tori-form";  // the handler gives the real one
  for (const core::FieldError& finding : core::validate_event_input(checked)) {
    if (!parse.times_read && event_editor_about_times(finding.field)) continue;
    EventFormProblem problem =
        event_form_problem(finding, parse.question_rows, parse.programme_rows);
    if (!parse.has(problem.field)) parse.reading.problems.push_back(std::move(problem));
  }
  std::stable_sort(parse.reading.problems.begin(), parse.reading.problems.end(),
                   [](const EventFormProblem& a, const EventFormProblem& b) {
                     return event_editor_rank(a.field) < event_editor_rank(b.field);
                   });
  return std::move(parse.reading);
}

}  // namespace tori::web
