// SPDX-License-Identifier: AGPL-3.0-or-later
// Applications for the programme's services: stored once per form with their mail, moved by the
// editors, linked to the event they were scheduled as, and their summaries published.
#include "tori/store/sqlite/application_store.hpp"

#include "tori/core/email.hpp"
#include "tori/store/sqlite/application_rows.hpp"
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/mail_outbox.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kInsertApplication =
    "INSERT INTO applications (type_code, contact_name, email, email_key, phone, organisation,"
    " staff_size, development, preferred_months, account_id, status, language,"
    " submission_digest, received_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'received', ?11, ?12, ?13, ?13)"
    " RETURNING id";
constexpr std::string_view kInsertApplicationAnswer =
    "INSERT INTO application_answers (application_id, question_id, answer) VALUES (?1, ?2, ?3)";

std::string months_text(const std::vector<int>& months) {
  std::string text;
  for (const int month : months)
    text += (text.empty() ? "" : ",") + std::to_string(month);
  return text;
}

void write_application_answers(Connection& connection, std::int64_t id,
                               const std::vector<core::RegistrationAnswer>& answers) {
  for (const core::RegistrationAnswer& answer : answers) {
    std::string text;
    for (const std::string& value : answer.values) {
      if (value.empty()) continue;
      text += (text.empty() ? "" : "\x1f") + value;
    }
    if (text.empty()) continue;
    connection.prepare(kInsertApplicationAnswer)
        .bind_int64(1, id)
        .bind_text(2, answer.question_id)
        .bind_text(3, text)
        .run();
  }
}

std::int64_t insert_application(Connection& connection, const ApplicationRequest& request,
                                UtcTime now) {
  const core::ApplicationInput& in = request.input;
  Statement insert = connection.prepare(kInsertApplication);
  insert.bind_text(1, request.type_code).bind_text(2, in.contact_name).bind_text(3, in.email);
  insert.bind_text(4, core::email_key(in.email)).bind_text(5, in.phone);
  insert.bind_text(6, in.organisation).bind_int64(7, in.staff_size);
  insert.bind_text(8, in.development).bind_text(9, months_text(in.preferred_months));
  if (request.account_id) {
    insert.bind_int64(10, *request.account_id);
  } else {
    insert.bind_null(10);
  }
  insert.bind_text(11, core::to_string(request.language)).bind_text(12, request.submission_digest);
  insert.bind_text(13, format_utc(now));
  if (!insert.step()) throw Error("applications: INSERT … RETURNING gave no id");
  const std::int64_t id = insert.column_int64(0);
  write_application_answers(connection, id, in.answers);
  return id;
}

// The application stored from the form of `digest` (never for an empty one).
std::optional<std::int64_t> stored_from(Connection& connection, const std::string& digest) {
  if (digest.empty()) return std::nullopt;
  Statement row =
      connection.prepare("SELECT id FROM applications WHERE submission_digest = ?1 LIMIT 1");
  row.bind_text(1, digest);
  if (!row.step()) return std::nullopt;
  return row.column_int64(0);
}

bool type_exists(Connection& connection, std::string_view code) {
  return connection.prepare("SELECT 1 FROM service_types WHERE code = ?1")
      .bind_text(1, code)
      .step();
}

constexpr std::string_view kSetApplicationStatus =
    "UPDATE applications SET status = ?2, updated_at = ?3 WHERE id = ?1";

}  // namespace

SqlApplicationStore::SqlApplicationStore(Database& database) : database_(database) {}

std::vector<core::ServiceType> SqlApplicationStore::types() {
  Lease connection = database_.acquire();
  return load_service_types(*connection, "", [](Statement&) {});
}

std::optional<core::ServiceType> SqlApplicationStore::type(std::string_view code) {
  Lease connection = database_.acquire();
  auto found = load_service_types(*connection, "WHERE t.code = ?1",
                                  [code](Statement& rows) { rows.bind_text(1, code); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

bool SqlApplicationStore::set_deadline(std::string_view code,
                                       const std::optional<std::string>& date, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (!type_exists(connection, code)) return false;
  Statement update = connection.prepare(
      "UPDATE service_types SET deadline_date = ?2, updated_at = ?3 WHERE code = ?1");
  update.bind_text(1, code).bind_text(3, format_utc(now));
  if (date) {
    update.bind_text(2, *date);
  } else {
    update.bind_null(2);
  }
  update.run();
  Statement position = connection.prepare("SELECT position FROM service_types WHERE code = ?1");
  position.bind_text(1, code);
  const std::int64_t object_id = position.step() ? position.column_int64(0) : 0;
  append_change(transaction, "service_type", object_id, ChangeAction::kUpdated);
  transaction.commit();
  return true;
}

ApplyResult SqlApplicationStore::apply(const ApplicationRequest& request,
                                       const ApplicationMail& mail_for, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (!type_exists(connection, request.type_code)) return {ApplyOutcome::kNoSuchType, {}};
  if (const auto earlier = stored_from(connection, request.submission_digest)) {
    return {ApplyOutcome::kResubmitted, load_application(connection, *earlier)};
  }
  const std::int64_t id = insert_application(connection, request, now);
  ApplyResult result{ApplyOutcome::kReceived, load_application(connection, id)};
  if (mail_for && result.application) {
    if (auto mail = mail_for(*result.application)) queue_mail(transaction, *mail, now);
  }
  transaction.commit();
  return result;
}

std::optional<Application> SqlApplicationStore::find(std::int64_t id) {
  Lease connection = database_.acquire();
  return load_application(*connection, id);
}

std::vector<Application> SqlApplicationStore::list(std::optional<core::ApplicationStatus> status) {
  Lease connection = database_.acquire();
  return load_applications(
      *connection, "WHERE (?1 = '' OR a.status = ?1) ORDER BY a.id DESC",
      [&status](Statement& rows) { rows.bind_text(1, status ? core::to_string(*status) : ""); });
}

bool SqlApplicationStore::set_status(std::int64_t id, core::ApplicationStatus to, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto application = load_application(connection, id);
  if (!application || !core::may_change_status(application->status, to)) return false;
  connection.prepare(kSetApplicationStatus)
      .bind_int64(1, id)
      .bind_text(2, core::to_string(to))
      .bind_text(3, format_utc(now))
      .run();
  transaction.commit();
  return true;
}

bool SqlApplicationStore::link_event(std::int64_t id, std::int64_t event_id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto application = load_application(connection, id);
  if (!application || application->status != core::ApplicationStatus::kAccepted) return false;
  connection
      .prepare(
          "UPDATE applications SET status = 'scheduled', event_id = ?2, updated_at = ?3"
          " WHERE id = ?1")
      .bind_int64(1, id)
      .bind_int64(2, event_id)
      .bind_text(3, format_utc(now))
      .run();
  transaction.commit();
  return true;
}

bool SqlApplicationStore::publish_summary(std::int64_t id, const std::string& summary,
                                          const std::vector<std::string>& practice_slugs,
                                          UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto application = load_application(connection, id);
  if (!application || (application->status != core::ApplicationStatus::kScheduled &&
                       application->status != core::ApplicationStatus::kDone)) {
    return false;
  }
  connection
      .prepare(
          "UPDATE applications SET status = 'done', summary = ?2, summary_published_at = ?3,"
          " updated_at = ?3 WHERE id = ?1")
      .bind_int64(1, id)
      .bind_text(2, summary)
      .bind_text(3, format_utc(now))
      .run();
  connection.prepare("DELETE FROM application_practices WHERE application_id = ?1")
      .bind_int64(1, id)
      .run();
  for (std::size_t i = 0; i < practice_slugs.size(); ++i) {
    connection
        .prepare(
            "INSERT INTO application_practices (application_id, position, practice_slug)"
            " VALUES (?1, ?2, ?3)")
        .bind_int64(1, id)
        .bind_int64(2, static_cast<std::int64_t>(i))
        .bind_text(3, practice_slugs[i])
        .run();
  }
  append_change(transaction, "application", id, ChangeAction::kUpdated);
  transaction.commit();
  return true;
}

std::vector<Application> SqlApplicationStore::published() {
  Lease connection = database_.acquire();
  return load_applications(
      *connection,
      "WHERE a.summary_published_at IS NOT NULL ORDER BY a.summary_published_at DESC, a.id DESC",
      [](Statement&) {});
}

std::vector<Application> SqlApplicationStore::by_email(std::string_view email) {
  const std::string key = core::email_key(std::string{email});
  if (key.empty()) return {};
  Lease connection = database_.acquire();
  return load_applications(*connection, "WHERE a.email_key = ?1 ORDER BY a.id",
                           [&key](Statement& rows) { rows.bind_text(1, key); });
}

std::int64_t SqlApplicationStore::erase_by_email(std::string_view email, UtcTime) {
  const std::string key = core::email_key(std::string{email});
  if (key.empty()) return 0;
  Transaction transaction{database_, TransactionKind::kWrite};
  const std::int64_t removed = delete_applications_of(transaction, key);
  transaction.commit();
  return removed;
}

std::int64_t delete_applications_of(Transaction& transaction, const std::string& key) {
  Connection& connection = transaction.connection();
  std::vector<std::pair<std::int64_t, bool>> rows;  // id, whether its summary was public
  Statement found = connection.prepare(
      "SELECT id, CASE WHEN summary_published_at IS NULL THEN 0 ELSE 1 END FROM applications"
      " WHERE email_key = ?1");
  found.bind_text(1, key);
  while (found.step())
    rows.emplace_back(found.column_int64(0), found.column_int64(1) != 0);
  for (const auto& [id, was_public] : rows) {
    connection.prepare("DELETE FROM applications WHERE id = ?1").bind_int64(1, id).run();
    if (was_public) append_change(transaction, "application", id, ChangeAction::kDeleted);
  }
  return static_cast<std::int64_t>(rows.size());
}

}  // namespace tori::store::sqlite
