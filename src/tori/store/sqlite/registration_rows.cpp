// SPDX-License-Identifier: AGPL-3.0-or-later
// Registration rows to store::Registration and back; answers batched for a list.
#include "tori/store/sqlite/registration_rows.hpp"

#include <map>
#include <sstream>

#include "tori/store/errors.hpp"
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/mail_outbox.hpp"
#include "tori/store/sqlite/practice_values.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kColumns =
    "SELECT r.id, r.event_id, r.name, r.email, r.organisation, r.title, r.account_id, r.status,"
    " r.registered_at, r.updated_at, r.offer_expires_at, r.attended_at, r.language,"
    " r.reminded_hours, r.participation"
    " FROM registrations r ";

std::optional<UtcTime> optional_time(const Statement& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return parse_utc(row.column_text(column));
}

Registration registration_of(const Statement& row) {
  Registration registration;
  registration.id = row.column_int64(0);
  registration.event_id = row.column_int64(1);
  registration.registrant = {
      row.column_text(2), row.column_text(3), row.column_text(4), row.column_text(5), {}};
  if (!row.column_is_null(6)) registration.account_id = row.column_int64(6);
  registration.status = core::parse_registration_status(row.column_text(7))
                            .value_or(core::RegistrationStatus::kCancelled);
  registration.registered_at = parse_utc(row.column_text(8)).value_or(UtcTime{});
  registration.updated_at = parse_utc(row.column_text(9)).value_or(UtcTime{});
  registration.offer_expires_at = optional_time(row, 10);
  registration.attended_at = optional_time(row, 11);
  registration.language =
      core::parse_content_language(row.column_text(12)).value_or(core::ContentLanguage::kFi);
  if (!row.column_is_null(13)) registration.reminded_hours = static_cast<int>(row.column_int64(13));
  registration.registrant.participation = core::parse_participation(row.column_text(14));
  return registration;
}

// An answer's values are stored joined by U+001F (the unit separator), which validation keeps out
// of the values themselves; a text answer may hold line breaks.
constexpr char kValueSeparator = '\x1f';

std::vector<std::string> split_values(const std::string& text) {
  std::vector<std::string> values;
  std::istringstream in(text);
  for (std::string value; std::getline(in, value, kValueSeparator);)
    values.push_back(value);
  return values;
}

constexpr std::string_view kSelectAnswers =
    "SELECT registration_id, question_id, answer FROM registration_answers"
    " WHERE registration_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))"
    " ORDER BY registration_id, question_id";

void load_answers(Connection& connection, std::vector<Registration>& registrations) {
  if (registrations.empty()) return;
  std::map<std::int64_t, Registration*> by_id;
  std::vector<std::int64_t> ids;
  for (Registration& registration : registrations) {
    by_id[registration.id] = &registration;
    ids.push_back(registration.id);
  }
  Statement rows = connection.prepare(kSelectAnswers);
  rows.bind_text(1, json_array(ids));
  while (rows.step()) {
    by_id.at(rows.column_int64(0))
        ->registrant.answers.push_back({rows.column_text(1), split_values(rows.column_text(2))});
  }
}

}  // namespace

std::vector<Registration> load_registrations(Connection& connection, std::string_view where,
                                             const std::function<void(Statement&)>& bind) {
  Statement rows = connection.prepare(std::string{kColumns} + std::string{where});
  bind(rows);
  std::vector<Registration> registrations;
  while (rows.step())
    registrations.push_back(registration_of(rows));
  load_answers(connection, registrations);
  return registrations;
}

std::optional<Registration> load_registration(Connection& connection, std::int64_t id) {
  auto found = load_registrations(connection, "WHERE r.id = ?1",
                                  [id](Statement& rows) { rows.bind_int64(1, id); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

constexpr std::string_view kDeleteAnswers =
    "DELETE FROM registration_answers WHERE registration_id = ?1";
constexpr std::string_view kInsertAnswer =
    "INSERT INTO registration_answers (registration_id, question_id, answer) VALUES (?1, ?2, ?3)";

void write_answers(Connection& connection, std::int64_t registration_id,
                   const std::vector<core::RegistrationAnswer>& answers) {
  connection.prepare(kDeleteAnswers).bind_int64(1, registration_id).run();
  for (const core::RegistrationAnswer& answer : answers) {
    std::string text;
    for (const std::string& value : answer.values) {
      if (value.empty()) continue;
      if (!text.empty()) text += kValueSeparator;
      text += value;
    }
    if (text.empty()) continue;
    connection.prepare(kInsertAnswer)
        .bind_int64(1, registration_id)
        .bind_text(2, answer.question_id)
        .bind_text(3, text)
        .run();
  }
}

bool event_cancelled(Connection& connection, std::int64_t event_id) {
  return connection.prepare("SELECT 1 FROM events WHERE id = ?1 AND cancelled_at IS NOT NULL")
      .bind_int64(1, event_id)
      .step();
}

void queue_registration_mail(Transaction& transaction, const RegistrationMail& mail_for,
                             std::int64_t id, UtcTime now) {
  if (!mail_for) return;
  const auto registration = load_registration(transaction.connection(), id);
  if (!registration) return;
  if (auto mail = mail_for(*registration)) queue_mail(transaction, *mail, now);
}

void seats_changed(Transaction& transaction, std::int64_t event_id) {
  append_change(transaction, "event", event_id, ChangeAction::kUpdated);
}

}  // namespace tori::store::sqlite
