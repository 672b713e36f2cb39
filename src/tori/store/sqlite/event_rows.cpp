// SPDX-License-Identifier: AGPL-3.0-or-later
// Event rows to core::Event and back; questions batched for a list of events.
#include "tori/store/sqlite/event_rows.hpp"

#include <functional>
#include <map>
#include <sstream>

#include "tori/store/errors.hpp"
#include "tori/store/sqlite/practice_values.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kEventColumns =
    "e.id, e.slug, e.external_id, e.kind, e.title, e.lead, e.description, e.series,"
    " e.starts_at, e.ends_at, e.place_name, e.place_address, e.place_municipality, e.remote,"
    " e.capacity, e.registration_opens, e.registration_closes, e.registration_closes_date,"
    " e.language, e.updated_at, e.cancelled_at, e.cancellation_note, e.audience,"
    " e.place_accessibility, e.remote_url, e.organiser_name, e.organiser_email,"
    " e.organiser_phone, e.image_path, e.image_alt, e.consent, e.on_site_capacity,"
    " e.remote_capacity";

std::optional<core::TimePoint> optional_time(const Statement& row, int column,
                                             std::string_view name) {
  if (row.column_is_null(column)) return std::nullopt;
  return parse_stored_time(row.column_text(column), name);
}

std::optional<int> optional_int(const Statement& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return static_cast<int>(row.column_int64(column));
}

// Columns 22–30: the details (0013_event_details.sql); 31–32 the separate capacities
// (0014_participation.sql).
void read_event_detail_columns(const Statement& row, core::EventInput& input) {
  input.audience = row.column_text(22);
  if (input.place) input.place->accessibility = row.column_text(23);
  input.remote_url = row.column_text(24);
  if (!row.column_is_null(25)) {
    input.organiser =
        core::EventOrganiser{row.column_text(25), row.column_text(26), row.column_text(27)};
  }
  if (!row.column_is_null(28))
    input.image = core::EventImage{row.column_text(28), row.column_text(29)};
  input.consent = row.column_text(30);
  input.on_site_capacity = optional_int(row, 31);
  input.remote_capacity = optional_int(row, 32);
}

core::Event event_of(const Statement& row) {
  core::Event event;
  event.id = row.column_int64(0);
  event.slug = row.column_text(1);
  core::EventInput& input = event.input;
  input.external_id = row.column_text(2);
  input.kind = core::parse_event_kind(row.column_text(3)).value_or(core::EventKind::kOther);
  input.title = row.column_text(4);
  input.lead = row.column_text(5);
  input.description = row.column_text(6);
  input.series = row.column_text(7);
  input.starts_at = parse_stored_time(row.column_text(8), "events.starts_at");
  input.ends_at = parse_stored_time(row.column_text(9), "events.ends_at");
  if (!row.column_is_null(10)) {
    input.place = core::EventPlace{row.column_text(10), row.column_text(11), row.column_text(12)};
  }
  input.remote = row.column_int64(13) != 0;
  input.capacity = optional_int(row, 14);
  input.registration_opens = optional_time(row, 15, "events.registration_opens");
  if (auto closes = optional_time(row, 16, "events.registration_closes")) {
    input.registration_closes = core::RegistrationDeadline{row.column_text(17), *closes};
  }
  input.language =
      core::parse_content_language(row.column_text(18)).value_or(core::ContentLanguage::kFi);
  event.updated_at = parse_stored_time(row.column_text(19), "events.updated_at");
  event.cancelled_at = optional_time(row, 20, "events.cancelled_at");
  event.cancellation_note = row.column_text(21);
  read_event_detail_columns(row, input);
  return event;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines)
    text += (text.empty() ? "" : "\n") + line;
  return text;
}

constexpr std::string_view kSelectQuestions =
    "SELECT event_id, question_id, label, type, choices, required FROM event_questions"
    " WHERE event_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))"
    " ORDER BY event_id, position";

// Steps `query` (a child table's rows with the event id first, ?1 the ids as a JSON array) over
// `events`, handing each row to `read` with its event.
void for_child_rows(Connection& connection, std::vector<core::Event>& events,
                    std::string_view query,
                    const std::function<void(const Statement&, core::Event&)>& read) {
  if (events.empty()) return;
  std::map<std::int64_t, core::Event*> by_id;
  std::vector<std::int64_t> ids;
  for (core::Event& event : events) {
    by_id[event.id] = &event;
    ids.push_back(event.id);
  }
  Statement rows = connection.prepare(query);
  rows.bind_text(1, json_array(ids));
  while (rows.step())
    read(rows, *by_id.at(rows.column_int64(0)));
}

void load_questions(Connection& connection, std::vector<core::Event>& events) {
  for_child_rows(
      connection, events, kSelectQuestions, [](const Statement& row, core::Event& event) {
        core::EventQuestion question;
        question.id = row.column_text(1);
        question.label = row.column_text(2);
        question.type =
            core::parse_question_type(row.column_text(3)).value_or(core::QuestionType::kText);
        question.choices = split_lines(row.column_text(4));
        question.required = row.column_int64(5) != 0;
        event.input.questions.push_back(std::move(question));
      });
}

constexpr std::string_view kSelectProgramme =
    "SELECT event_id, starts_at, title, speakers FROM event_programme"
    " WHERE event_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))"
    " ORDER BY event_id, position";

void load_event_programme(Connection& connection, std::vector<core::Event>& events) {
  for_child_rows(
      connection, events, kSelectProgramme, [](const Statement& row, core::Event& event) {
        event.input.programme.push_back({parse_stored_time(row.column_text(1), "event_programme"),
                                         row.column_text(2), row.column_text(3)});
      });
}

void bind_optional_time(Statement& statement, int index,
                        const std::optional<core::TimePoint>& time) {
  if (time) {
    statement.bind_text(index, stored_time(*time));
  } else {
    statement.bind_null(index);
  }
}

void bind_optional_int(Statement& statement, int index, std::optional<int> value) {
  if (value) {
    statement.bind_int64(index, *value);
  } else {
    statement.bind_null(index);
  }
}

void bind_optional_text(Statement& statement, int index, bool present, std::string_view text) {
  if (present) {
    statement.bind_text(index, text);
  } else {
    statement.bind_null(index);
  }
}

}  // namespace

std::string select_events() {
  return "SELECT " + std::string{kEventColumns} + " FROM events e ";
}

std::vector<core::Event> load_events(Connection& connection, Statement& rows) {
  std::vector<core::Event> events;
  while (rows.step())
    events.push_back(event_of(rows));
  load_questions(connection, events);
  load_event_programme(connection, events);
  return events;
}

void bind_event_columns(Statement& statement, const core::EventInput& input) {
  statement.bind_text(1, input.external_id).bind_text(3, core::to_string(input.kind));
  statement.bind_text(4, input.title).bind_text(5, input.lead).bind_text(6, input.description);
  statement.bind_text(7, input.series).bind_text(8, stored_time(input.starts_at));
  statement.bind_text(9, stored_time(input.ends_at));
  const bool placed = input.place.has_value();
  bind_optional_text(statement, 10, placed, placed ? input.place->name : "");
  bind_optional_text(statement, 11, placed, placed ? input.place->address : "");
  bind_optional_text(statement, 12, placed, placed ? input.place->municipality : "");
  statement.bind_int64(13, input.remote ? 1 : 0);
  bind_optional_int(statement, 14, input.capacity);
  bind_optional_time(statement, 15, input.registration_opens);
  const auto& closes = input.registration_closes;
  bind_optional_time(statement, 16,
                     closes ? std::optional<core::TimePoint>{closes->at} : std::nullopt);
  bind_optional_text(statement, 17, closes && !closes->date.empty(), closes ? closes->date : "");
  statement.bind_text(18, core::to_string(input.language));
}

constexpr std::string_view kUpdateDetails =
    "UPDATE events SET audience = ?2, place_accessibility = ?3, remote_url = ?4,"
    " organiser_name = ?5, organiser_email = ?6, organiser_phone = ?7, image_path = ?8,"
    " image_alt = ?9, consent = ?10, on_site_capacity = ?11, remote_capacity = ?12 WHERE id = ?1";
constexpr std::string_view kDeleteProgramme = "DELETE FROM event_programme WHERE event_id = ?1";
constexpr std::string_view kInsertProgrammeItem =
    "INSERT INTO event_programme (event_id, position, starts_at, title, speakers)"
    " VALUES (?1, ?2, ?3, ?4, ?5)";

void write_event_details(Connection& connection, std::int64_t event_id,
                         const core::EventInput& input) {
  Statement update = connection.prepare(kUpdateDetails);
  update.bind_int64(1, event_id).bind_text(2, input.audience);
  update.bind_text(3, input.place ? input.place->accessibility : "");
  update.bind_text(4, input.remote_url);
  const auto& organiser = input.organiser;
  bind_optional_text(update, 5, organiser.has_value(), organiser ? organiser->name : "");
  update.bind_text(6, organiser ? organiser->email : "");
  update.bind_text(7, organiser ? organiser->phone : "");
  bind_optional_text(update, 8, input.image.has_value(), input.image ? input.image->path : "");
  update.bind_text(9, input.image ? input.image->alt : "").bind_text(10, input.consent);
  bind_optional_int(update, 11, input.on_site_capacity);
  bind_optional_int(update, 12, input.remote_capacity);
  update.run();
  connection.prepare(kDeleteProgramme).bind_int64(1, event_id).run();
  for (std::size_t i = 0; i < input.programme.size(); ++i) {
    const core::ProgrammeItem& item = input.programme[i];
    Statement insert = connection.prepare(kInsertProgrammeItem);
    insert.bind_int64(1, event_id).bind_int64(2, static_cast<std::int64_t>(i) + 1);
    insert.bind_text(3, stored_time(item.starts_at)).bind_text(4, item.title);
    insert.bind_text(5, item.speakers).run();
  }
}

constexpr std::string_view kDeleteQuestions = "DELETE FROM event_questions WHERE event_id = ?1";
constexpr std::string_view kInsertQuestion =
    "INSERT INTO event_questions (event_id, position, question_id, label, type, choices,"
    " required) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

void write_questions(Connection& connection, std::int64_t event_id,
                     const std::vector<core::EventQuestion>& questions) {
  connection.prepare(kDeleteQuestions).bind_int64(1, event_id).run();
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const core::EventQuestion& question = questions[i];
    Statement insert = connection.prepare(kInsertQuestion);
    insert.bind_int64(1, event_id).bind_int64(2, static_cast<std::int64_t>(i) + 1);
    insert.bind_text(3, question.id).bind_text(4, question.label);
    insert.bind_text(5, core::to_string(question.type)).bind_text(6, join_lines(question.choices));
    insert.bind_int64(7, question.required ? 1 : 0).run();
  }
}

}  // namespace tori::store::sqlite
