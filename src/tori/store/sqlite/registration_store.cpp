// SPDX-License-Identifier: AGPL-3.0-or-later
// Registrations: a seat or a place in line under the writer lock, freed seats offered in line
// order, each change committed with its mail.
#include "tori/store/sqlite/registration_store.hpp"

#include <set>

#include "tori/core/email.hpp"
#include "tori/store/sqlite/mail_outbox.hpp"
#include "tori/store/sqlite/registration_rows.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

using core::RegistrationStatus;

void queue(Transaction& transaction, const RegistrationMail& mail_for, std::int64_t id,
           UtcTime now) {
  if (!mail_for) return;
  const auto registration = load_registration(transaction.connection(), id);
  if (!registration) return;
  if (auto mail = mail_for(*registration)) queue_mail(transaction, *mail, now);
}

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

constexpr std::string_view kFirstInLine =
    "SELECT id FROM registrations WHERE event_id = ?1 AND status = 'waiting'"
    " ORDER BY registered_at, id LIMIT 1";

// Offers the event's free seats to the first in line, one each, with their mail.
void offer_free_seats(Transaction& transaction, std::int64_t event_id, const OfferPolicy& offers,
                      UtcTime now) {
  Connection& connection = transaction.connection();
  const auto capacity = event_capacity(connection, event_id);
  if (!capacity || !*capacity) return;  // no event, or no limit: nobody waits
  for (int free = **capacity - seats_held(connection, event_id); free > 0; --free) {
    Statement first = connection.prepare(kFirstInLine);
    first.bind_int64(1, event_id);
    if (!first.step()) return;
    const std::int64_t id = first.column_int64(0);
    set_status(connection, id, RegistrationStatus::kOffered, now + offers.offer_valid_for, now);
    queue(transaction, offers.mail_for, id, now);
  }
}

constexpr std::string_view kInsert =
    "INSERT INTO registrations (event_id, email, email_key, name, organisation, title,"
    " account_id, status, manage_digest, registered_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) RETURNING id";
constexpr std::string_view kRevive =
    "UPDATE registrations SET email = ?2, name = ?4, organisation = ?5, title = ?6,"
    " account_id = ?7, status = ?8, manage_digest = ?9, registered_at = ?10, updated_at = ?10,"
    " offer_expires_at = NULL, attended_at = NULL WHERE event_id = ?1 AND email_key = ?3"
    " RETURNING id";

std::int64_t write_registration(Connection& connection, const RegistrationRequest& request,
                                RegistrationStatus status, bool revive, UtcTime now) {
  const core::RegistrantInput& who = request.registrant;
  Statement statement = connection.prepare(revive ? kRevive : kInsert);
  statement.bind_int64(1, request.event_id).bind_text(2, who.email);
  statement.bind_text(3, core::email_key(who.email)).bind_text(4, who.name);
  statement.bind_text(5, who.organisation).bind_text(6, who.title);
  if (request.account_id) {
    statement.bind_int64(7, *request.account_id);
  } else {
    statement.bind_null(7);
  }
  statement.bind_text(8, core::to_string(status)).bind_text(9, request.manage_digest);
  statement.bind_text(10, format_utc(now));
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

}  // namespace

SqlRegistrationStore::SqlRegistrationStore(Database& database) : database_(database) {}

RegisterResult SqlRegistrationStore::register_for(const RegistrationRequest& request,
                                                  const RegistrationMail& mail_for, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto capacity = event_capacity(connection, request.event_id);
  if (!capacity) return {RegisterOutcome::kNoSuchEvent, std::nullopt};
  const auto existing = by_address(connection, request.event_id, request.registrant.email);
  RegisterOutcome outcome = RegisterOutcome::kAlreadyRegistered;
  std::int64_t id = 0;
  if (existing && existing->status != RegistrationStatus::kCancelled) {
    id = existing->id;
    connection.prepare("UPDATE registrations SET manage_digest = ?2, updated_at = ?3 WHERE id = ?1")
        .bind_int64(1, id)
        .bind_text(2, request.manage_digest)
        .bind_text(3, format_utc(now))
        .run();
  } else {
    const bool seat = !*capacity || seats_held(connection, request.event_id) < **capacity;
    outcome = seat ? RegisterOutcome::kConfirmed : RegisterOutcome::kWaiting;
    id = write_registration(connection, request,
                            seat ? RegistrationStatus::kConfirmed : RegistrationStatus::kWaiting,
                            existing.has_value(), now);
  }
  queue(transaction, mail_for, id, now);
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
  for (const std::int64_t event_id : events)
    offer_free_seats(transaction, event_id, offers, now);
  transaction.commit();
  return static_cast<int>(expired.size());
}

std::vector<Registration> SqlRegistrationStore::of_event(std::int64_t event_id) {
  Lease connection = database_.acquire();
  return load_registrations(*connection, "WHERE r.event_id = ?1 ORDER BY r.registered_at, r.id",
                            [event_id](Statement& rows) { rows.bind_int64(1, event_id); });
}

SeatCount SqlRegistrationStore::seats(std::int64_t event_id) {
  Transaction transaction{database_, TransactionKind::kRead};
  Connection& connection = transaction.connection();
  SeatCount count;
  count.capacity = event_capacity(connection, event_id).value_or(std::nullopt);
  Statement rows = connection.prepare(
      "SELECT status, count(*) FROM registrations WHERE event_id = ?1 GROUP BY status");
  rows.bind_int64(1, event_id);
  while (rows.step()) {
    const std::string status = rows.column_text(0);
    const int n = static_cast<int>(rows.column_int64(1));
    if (status == "confirmed") count.confirmed = n;
    if (status == "offered") count.offered = n;
    if (status == "waiting") count.waiting = n;
  }
  return count;
}

}  // namespace tori::store::sqlite
