// SPDX-License-Identifier: AGPL-3.0-or-later
// Service type and application rows to their core and store types; children loaded per row.
#include "tori/store/sqlite/application_rows.hpp"

#include <sstream>

#include "tori/store/errors.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kTypeColumns =
    "SELECT t.code, t.name_fi, t.name_sv, t.name_en, t.deadline_date FROM service_types t ";
constexpr std::string_view kTypeQuestions =
    "SELECT question_id, kind, label_fi, label_sv, label_en, choices, required"
    " FROM service_type_questions WHERE type_code = ?1 ORDER BY position";

std::vector<std::string> split_on(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::istringstream in(text);
  for (std::string part; std::getline(in, part, separator);)
    if (!part.empty()) parts.push_back(part);
  return parts;
}

void load_type_questions(Connection& connection, core::ServiceType& type) {
  Statement rows = connection.prepare(kTypeQuestions);
  rows.bind_text(1, type.code);
  while (rows.step()) {
    core::ServiceQuestion question;
    question.id = rows.column_text(0);
    question.type =
        core::parse_question_type(rows.column_text(1)).value_or(core::QuestionType::kText);
    question.labels = {rows.column_text(2), rows.column_text(3), rows.column_text(4)};
    question.choices = split_on(rows.column_text(5), '\n');
    question.required = rows.column_int64(6) != 0;
    type.questions.push_back(std::move(question));
  }
}

constexpr std::string_view kApplicationColumns =
    "SELECT a.id, a.type_code, a.contact_name, a.email, a.phone, a.organisation, a.staff_size,"
    " a.development, a.preferred_months, a.account_id, a.status, a.language, a.event_id,"
    " a.summary, a.summary_published_at, a.received_at, a.updated_at FROM applications a ";

std::vector<int> months_of(const std::string& text) {
  std::vector<int> months;
  for (const std::string& part : split_on(text, ',')) {
    try {
      months.push_back(std::stoi(part));
    } catch (const std::exception&) {
      throw Error("applications: a preferred month is not a number: " + part);
    }
  }
  return months;
}

Application application_of(const Statement& row) {
  Application application;
  application.id = row.column_int64(0);
  application.type_code = row.column_text(1);
  core::ApplicationInput& input = application.input;
  input.contact_name = row.column_text(2);
  input.email = row.column_text(3);
  input.phone = row.column_text(4);
  input.organisation = row.column_text(5);
  input.staff_size = static_cast<int>(row.column_int64(6));
  input.development = row.column_text(7);
  input.preferred_months = months_of(row.column_text(8));
  if (!row.column_is_null(9)) application.account_id = row.column_int64(9);
  application.status = core::parse_application_status(row.column_text(10))
                           .value_or(core::ApplicationStatus::kReceived);
  application.language =
      core::parse_content_language(row.column_text(11)).value_or(core::ContentLanguage::kFi);
  if (!row.column_is_null(12)) application.event_id = row.column_int64(12);
  application.summary = row.column_text(13);
  if (!row.column_is_null(14)) application.summary_published_at = parse_utc(row.column_text(14));
  application.received_at = parse_utc(row.column_text(15)).value_or(UtcTime{});
  application.updated_at = parse_utc(row.column_text(16)).value_or(UtcTime{});
  return application;
}

void load_application_children(Connection& connection, Application& application) {
  Statement answers = connection.prepare(
      "SELECT question_id, answer FROM application_answers WHERE application_id = ?1"
      " ORDER BY question_id");
  answers.bind_int64(1, application.id);
  while (answers.step()) {
    application.input.answers.push_back(
        {answers.column_text(0), split_on(answers.column_text(1), '\x1f')});
  }
  Statement practices = connection.prepare(
      "SELECT practice_slug FROM application_practices WHERE application_id = ?1"
      " ORDER BY position");
  practices.bind_int64(1, application.id);
  while (practices.step())
    application.practice_slugs.push_back(practices.column_text(0));
}

}  // namespace

std::vector<core::ServiceType> load_service_types(Connection& connection, std::string_view where,
                                                  const std::function<void(Statement&)>& bind) {
  Statement rows =
      connection.prepare(std::string{kTypeColumns} + std::string{where} + " ORDER BY t.position");
  bind(rows);
  std::vector<core::ServiceType> types;
  while (rows.step()) {
    core::ServiceType type;
    type.code = rows.column_text(0);
    type.names = {rows.column_text(1), rows.column_text(2), rows.column_text(3)};
    if (!rows.column_is_null(4)) type.deadline = core::deadline_of_day(rows.column_text(4));
    types.push_back(std::move(type));
  }
  for (core::ServiceType& type : types)
    load_type_questions(connection, type);
  return types;
}

std::vector<Application> load_applications(Connection& connection, std::string_view where,
                                           const std::function<void(Statement&)>& bind) {
  Statement rows = connection.prepare(std::string{kApplicationColumns} + std::string{where});
  bind(rows);
  std::vector<Application> applications;
  while (rows.step())
    applications.push_back(application_of(rows));
  for (Application& application : applications)
    load_application_children(connection, application);
  return applications;
}

std::optional<Application> load_application(Connection& connection, std::int64_t id) {
  auto found = load_applications(connection, "WHERE a.id = ?1",
                                 [id](Statement& rows) { rows.bind_int64(1, id); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

}  // namespace tori::store::sqlite
