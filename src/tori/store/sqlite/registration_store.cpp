// SPDX-License-Identifier: AGPL-3.0-or-later
// Registrations: a seat or a place in line under the writer lock, freed seats offered in line
// order, each change committed with its mail.
#include "tori/store/sqlite/registration_store.hpp"

#include <algorithm>
#include <set>

#include "tori/core/email.hpp"
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/mail_outbox.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/registration_rows.hpp"
#include "tori/store/sqlite/registration_seats.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

using core::RegistrationStatus;

std::optional<Registration> by_digest(Connection& connection, std::string_view digest) {
  auto found = load_registrations(connection, "WHERE r.manage_digest = ?1",
                                  [digest](Statement& rows) { rows.bind_text(1, digest); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

constexpr std::string_view kSetStatus =
    "UPDATE registrations SET status = ?2, offer_expires_at = ?3, updated_at = ?4 WHERE id = ?1";

void set_status(Connection& connection, std::int64_t id, RegistrationStatus status,
                std::optional<UtcTime> offer_expires_at, UtcTime now) {
  Statement update = connection.prepare(kSetStatus);
  update.bind_int64(1, id).bind_text(2, core::to_string(status)).bind_text(4, format_utc(now));
  if (offer_expires_at) {
    update.bind_text(3, format_utc(*offer_expires_at));
  } else {
    update.bind_null(3);
  }
  update.run();
}

constexpr std::string_view kInsertRegistration =
    "INSERT INTO registrations (event_id, email, email_key, name, organisation, title,"
    " account_id, status, manage_digest, registered_at, updated_at, submission_digest, language,"
    " participation) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12, ?13)"
    " RETURNING id";
constexpr std::string_view kRevive =
    "UPDATE registrations SET email = ?2, name = ?4, organisation = ?5, title = ?6,"
    " account_id = ?7, status = ?8, manage_digest = ?9, registered_at = ?10, updated_at = ?10,"
    " offer_expires_at = NULL, attended_at = NULL, submission_digest = ?11,"
    " language = ?12, participation = ?13 WHERE event_id = ?1 AND email_key = ?3"
    " RETURNING id";

std::int64_t write_registration(Connection& connection, const RegistrationRequest& request,
                                core::Participation participation, RegistrationStatus status,
                                bool revive, UtcTime now) {
  const core::RegistrantInput& who = request.registrant;
  Statement statement = connection.prepare(revive ? kRevive : kInsertRegistration);
  statement.bind_int64(1, request.event_id).bind_text(2, who.email);
  statement.bind_text(3, core::email_key(who.email)).bind_text(4, who.name);
  statement.bind_text(5, who.organisation).bind_text(6, who.title);
  if (request.account_id) {
    statement.bind_int64(7, *request.account_id);
  } else {
    statement.bind_null(7);
  }
  statement.bind_text(8, core::to_string(status)).bind_text(9, request.manage_digest);
  statement.bind_text(10, format_utc(now)).bind_text(11, request.submission_digest);
  statement.bind_text(12, core::to_string(request.language));
  statement.bind_text(13, core::to_string(participation));
  if (!statement.step()) throw Error("registrations: the write gave no id");
  const std::int64_t id = statement.column_int64(0);
  write_answers(connection, id, who.answers);
  return id;
}

std::optional<Registration> by_address(Connection& connection, std::int64_t event_id,
                                       const std::string& email) {
  auto found = load_registrations(
      connection, "WHERE r.event_id = ?1 AND r.email_key = ?2",
      [&](Statement& rows) { rows.bind_int64(1, event_id).bind_text(2, core::email_key(email)); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

// Whether registration `id` came from the form of `submission_digest` (never for an empty one).
bool same_submission(Connection& connection, std::int64_t id,
                     const std::string& submission_digest) {
  if (submission_digest.empty()) return false;
  return connection.prepare("SELECT 1 FROM registrations WHERE id = ?1 AND submission_digest = ?2")
      .bind_int64(1, id)
      .bind_text(2, submission_digest)
      .step();
}

constexpr std::string_view kTriedAgain =
    "UPDATE registrations SET updated_at = ?2, submission_digest = ?3 WHERE id = ?1";
constexpr std::string_view kUpdateRegistrant =
    "UPDATE registrations SET name = ?2, organisation = ?3, title = ?4, updated_at = ?5,"
    " participation = CASE WHEN ?6 = '' THEN participation ELSE ?6 END WHERE id = ?1";

constexpr std::string_view kStartingSoon =
    "SELECT id, starts_at FROM events WHERE starts_at > ?1 AND starts_at <= ?2"
    " AND cancelled_at IS NULL ORDER BY id";

// The events starting after `now` and no later than `until`: id and start.
std::vector<std::pair<std::int64_t, core::TimePoint>> starting_between(Connection& connection,
                                                                       UtcTime now, UtcTime until) {
  std::vector<std::pair<std::int64_t, core::TimePoint>> events;
  Statement rows = connection.prepare(kStartingSoon);
  rows.bind_text(1, stored_time(std::chrono::time_point_cast<std::chrono::seconds>(now)));
  rows.bind_text(2, stored_time(std::chrono::time_point_cast<std::chrono::seconds>(until)));
  while (rows.step())
    events.emplace_back(rows.column_int64(0), parse_stored_time(rows.column_text(1), "starts_at"));
  return events;
}

}  // namespace

SqlRegistrationStore::SqlRegistrationStore(Database& database) : database_(database) {}

RegisterResult SqlRegistrationStore::register_for(const RegistrationRequest& request,
                                                  const RegistrationMail& mail_for, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto limits = event_seat_limits(connection, request.event_id);
  if (!limits) return {RegisterOutcome::kNoSuchEvent, std::nullopt};
  if (event_cancelled(connection, request.event_id)) {
    return {RegisterOutcome::kEventCancelled, std::nullopt};
  }
  const auto existing = by_address(connection, request.event_id, request.registrant.email);
  RegisterOutcome outcome = RegisterOutcome::kAlreadyRegistered;
  std::int64_t id = 0;
  if (existing && existing->status != RegistrationStatus::kCancelled) {
    if (same_submission(connection, existing->id, request.submission_digest)) {
      return {RegisterOutcome::kResubmitted, existing};
    }
    id = existing->id;
    connection.prepare(kTriedAgain)
        .bind_int64(1, id)
        .bind_text(2, format_utc(now))
        .bind_text(3, request.submission_digest)
        .run();
  } else {
    const auto mode = request.registrant.participation.value_or(limits->default_mode());
    const bool seat = seat_free(connection, request.event_id, limits->pool(mode));
    outcome = seat ? RegisterOutcome::kConfirmed : RegisterOutcome::kWaiting;
    id = write_registration(connection, request, mode,
                            seat ? RegistrationStatus::kConfirmed : RegistrationStatus::kWaiting,
                            existing.has_value(), now);
    seats_changed(transaction, request.event_id);
  }
  queue_registration_mail(transaction, mail_for, id, now);
  RegisterResult result{outcome, load_registration(connection, id)};
  transaction.commit();
  return result;
}

std::optional<Registration> SqlRegistrationStore::find_by_manage_digest(std::string_view digest) {
  Lease connection = database_.acquire();
  return by_digest(*connection, digest);
}

bool SqlRegistrationStore::cancel(std::string_view manage_digest, const OfferPolicy& offers,
                                  UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const auto registration = by_digest(transaction.connection(), manage_digest);
  if (!registration || registration->status == RegistrationStatus::kCancelled) return false;
  set_status(transaction.connection(), registration->id, RegistrationStatus::kCancelled,
             std::nullopt, now);
  if (registration->status != RegistrationStatus::kWaiting) {
    offer_free_seats(transaction, registration->event_id, offers, now);
  }
  seats_changed(transaction, registration->event_id);
  transaction.commit();
  return true;
}

bool SqlRegistrationStore::update_registrant(std::string_view manage_digest,
                                             const core::RegistrantInput& registrant, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto registration = by_digest(connection, manage_digest);
  if (!registration || registration->status == RegistrationStatus::kCancelled) return false;
  connection.prepare(kUpdateRegistrant)
      .bind_int64(1, registration->id)
      .bind_text(2, registrant.name)
      .bind_text(3, registrant.organisation)
      .bind_text(4, registrant.title)
      .bind_text(5, format_utc(now))
      .bind_text(6, registrant.participation ? core::to_string(*registrant.participation) : "")
      .run();
  write_answers(connection, registration->id, registrant.answers);
  transaction.commit();
  return true;
}

OfferAnswer SqlRegistrationStore::accept_offer(std::string_view manage_digest, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const auto registration = by_digest(transaction.connection(), manage_digest);
  if (!registration) return OfferAnswer::kNotOffered;
  if (registration->status == RegistrationStatus::kConfirmed) return OfferAnswer::kConfirmed;
  if (registration->status != RegistrationStatus::kOffered) return OfferAnswer::kNotOffered;
  if (now >= *registration->offer_expires_at) return OfferAnswer::kExpired;
  set_status(transaction.connection(), registration->id, RegistrationStatus::kConfirmed,
             std::nullopt, now);
  transaction.commit();
  return OfferAnswer::kConfirmed;
}

constexpr std::string_view kExpiredOffers =
    "SELECT id, event_id FROM registrations WHERE status = 'offered' AND offer_expires_at <= ?1"
    " ORDER BY id";

int SqlRegistrationStore::expire_offers(const OfferPolicy& offers, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  std::vector<std::pair<std::int64_t, std::int64_t>> expired;  // id, event id
  {
    Statement rows = connection.prepare(kExpiredOffers);
    rows.bind_text(1, format_utc(now));
    while (rows.step())
      expired.emplace_back(rows.column_int64(0), rows.column_int64(1));
  }
  std::set<std::int64_t> events;
  for (const auto& [id, event_id] : expired) {
    set_status(connection, id, RegistrationStatus::kCancelled, std::nullopt, now);
    events.insert(event_id);
  }
  for (const std::int64_t event_id : events) {
    offer_free_seats(transaction, event_id, offers, now);
    seats_changed(transaction, event_id);
  }
  transaction.commit();
  return static_cast<int>(expired.size());
}

int SqlRegistrationStore::send_reminders(const std::vector<int>& hours_before,
                                         const RegistrationMail& mail_for, UtcTime now) {
  if (hours_before.empty()) return 0;
  const int furthest = *std::max_element(hours_before.begin(), hours_before.end());
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto at = std::chrono::time_point_cast<std::chrono::seconds>(now);
  int sent = 0;
  for (const auto& [event_id, starts_at] :
       starting_between(connection, now, now + std::chrono::hours(furthest))) {
    const auto confirmed = load_registrations(
        connection, "WHERE r.event_id = ?1 AND r.status = 'confirmed' ORDER BY r.id",
        [id = event_id](Statement& rows) { rows.bind_int64(1, id); });
    for (const Registration& registration : confirmed) {
      const auto due = core::due_reminder(
          hours_before, starts_at,
          std::chrono::time_point_cast<std::chrono::seconds>(registration.registered_at),
          registration.reminded_hours, at);
      if (!due) continue;
      connection.prepare("UPDATE registrations SET reminded_hours = ?2 WHERE id = ?1")
          .bind_int64(1, registration.id)
          .bind_int64(2, *due)
          .run();
      queue_registration_mail(transaction, mail_for, registration.id, now);
      ++sent;
    }
  }
  transaction.commit();
  return sent;
}

bool SqlRegistrationStore::move(std::int64_t event_id, std::int64_t id, RegistrationStatus to,
                                const RegistrationMail& mail_for, const OfferPolicy& offers,
                                UtcTime now) {
  if (to != RegistrationStatus::kConfirmed && to != RegistrationStatus::kCancelled) return false;
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto registration = load_registration(connection, id);
  if (!registration || registration->event_id != event_id || registration->status == to) {
    return false;
  }
  set_status(connection, id, to, std::nullopt, now);
  queue_registration_mail(transaction, mail_for, id, now);
  const bool held_seat = registration->status == RegistrationStatus::kConfirmed ||
                         registration->status == RegistrationStatus::kOffered;
  if (to == RegistrationStatus::kCancelled && held_seat) {
    offer_free_seats(transaction, event_id, offers, now);
  }
  seats_changed(transaction, event_id);
  transaction.commit();
  return true;
}

constexpr std::string_view kSetAttended =
    "UPDATE registrations SET attended_at = ?3, updated_at = ?4"
    " WHERE id = ?1 AND event_id = ?2 AND status = 'confirmed' RETURNING id";

bool SqlRegistrationStore::set_attended(std::int64_t event_id, std::int64_t id, bool present,
                                        UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  bool found = false;
  {
    Statement update = transaction.connection().prepare(kSetAttended);
    update.bind_int64(1, id).bind_int64(2, event_id).bind_text(4, format_utc(now));
    if (present) {
      update.bind_text(3, format_utc(now));
    } else {
      update.bind_null(3);
    }
    found = update.step();
  }  // the statement done before the commit
  transaction.commit();
  return found;
}

std::vector<Registration> SqlRegistrationStore::of_event(std::int64_t event_id) {
  Lease connection = database_.acquire();
  return load_registrations(*connection, "WHERE r.event_id = ?1 ORDER BY r.registered_at, r.id",
                            [event_id](Statement& rows) { rows.bind_int64(1, event_id); });
}

SeatCount SqlRegistrationStore::seats(std::int64_t event_id) {
  return seats(std::vector<std::int64_t>{event_id})[event_id];
}

std::map<std::int64_t, SeatCount> SqlRegistrationStore::seats(
    const std::vector<std::int64_t>& event_ids) {
  if (event_ids.empty()) return {};
  Lease connection = database_.acquire();
  return count_seats(*connection, event_ids);
}

}  // namespace tori::store::sqlite
