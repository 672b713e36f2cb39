// SPDX-License-Identifier: AGPL-3.0-or-later
// Notices to an event's registrants: the event cancelled, changed, or a message from the staff,
// each mailed to its audience in the transaction that records it.
#include <array>
#include <utility>

#include "tori/store/errors.hpp"
#include "tori/store/sqlite/mail_outbox.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/registration_rows.hpp"
#include "tori/store/sqlite/registration_store.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store {
namespace {

constexpr std::array<std::pair<Audience, std::string_view>, 3> kAudienceNames{{
    {Audience::kAll, "all"},
    {Audience::kConfirmed, "confirmed"},
    {Audience::kWaiting, "waiting"},
}};

}  // namespace

std::string_view to_string(Audience audience) {
  for (const auto& [value, name] : kAudienceNames)
    if (value == audience) return name;
  return "all";
}

std::optional<Audience> parse_audience(std::string_view text) {
  for (const auto& [value, name] : kAudienceNames)
    if (name == text) return value;
  return std::nullopt;
}

namespace sqlite {
namespace {

std::string_view audience_statuses(Audience audience) {
  switch (audience) {
    case Audience::kConfirmed:
      return "('confirmed')";
    case Audience::kWaiting:
      return "('offered', 'waiting')";
    case Audience::kAll:
      break;
  }
  return "('confirmed', 'offered', 'waiting')";
}

// Queues the mail of `mail_for` to each registration of `audience`; how many were queued.
int mail_audience(Transaction& transaction, std::int64_t event_id, Audience audience,
                  const RegistrationMail& mail_for, UtcTime now) {
  const std::string where = "WHERE r.event_id = ?1 AND r.status IN " +
                            std::string{audience_statuses(audience)} + " ORDER BY r.id";
  const auto registrations =
      load_registrations(transaction.connection(), where,
                         [event_id](Statement& rows) { rows.bind_int64(1, event_id); });
  int mailed = 0;
  for (const Registration& registration : registrations) {
    if (!mail_for) break;
    if (auto mail = mail_for(registration)) {
      queue_mail(transaction, *mail, now);
      ++mailed;
    }
  }
  return mailed;
}

constexpr std::string_view kCancelEvent =
    "UPDATE events SET cancelled_at = ?2, cancellation_note = ?3, updated_at = ?2"
    " WHERE id = ?1 AND cancelled_at IS NULL RETURNING id";
constexpr std::string_view kChangeNoticesDue =
    "SELECT id, CASE WHEN cancelled_at IS NULL AND ends_at > ?1 THEN 1 ELSE 0 END FROM events"
    " WHERE change_notice_due = 1 ORDER BY id";
constexpr std::string_view kChangeNoticeSent =
    "UPDATE events SET change_notice_due = 0 WHERE id = ?1";
constexpr std::string_view kRemoteLinksDue =
    "WHERE r.status = 'confirmed' AND r.participation = 'remote' AND r.remote_link_sent_at IS NULL"
    " AND r.event_id IN"
    " (SELECT id FROM events WHERE remote_url <> '' AND cancelled_at IS NULL"
    " AND starts_at > ?1 AND starts_at <= ?2) ORDER BY r.id";
constexpr std::string_view kInsertEventMessage =
    "INSERT INTO event_messages (event_id, subject, body, audience, recipients, sent_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr std::string_view kSelectEventMessages =
    "SELECT id, subject, body, audience, recipients, sent_at FROM event_messages"
    " WHERE event_id = ?1 ORDER BY id DESC";

// The events whose change is to be mailed, each with whether its registrants hear of it (not
// when it is over or cancelled).
std::vector<std::pair<std::int64_t, bool>> change_notices_due(Connection& connection, UtcTime now) {
  std::vector<std::pair<std::int64_t, bool>> due;
  Statement rows = connection.prepare(kChangeNoticesDue);
  rows.bind_text(1, stored_time(std::chrono::time_point_cast<std::chrono::seconds>(now)));
  while (rows.step())
    due.emplace_back(rows.column_int64(0), rows.column_int64(1) != 0);
  return due;
}

}  // namespace

std::optional<int> SqlRegistrationStore::cancel_event(std::int64_t event_id, std::string_view note,
                                                      const RegistrationMail& mail_for,
                                                      UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const bool cancelled = transaction.connection()
                             .prepare(kCancelEvent)
                             .bind_int64(1, event_id)
                             .bind_text(2, format_utc(now))
                             .bind_text(3, note)
                             .step();
  if (!cancelled) return std::nullopt;  // no such event, or cancelled already
  const int mailed = mail_audience(transaction, event_id, Audience::kAll, mail_for, now);
  seats_changed(transaction, event_id);
  transaction.commit();
  return mailed;
}

int SqlRegistrationStore::send_change_notices(const RegistrationMail& mail_for, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  int mailed = 0;
  for (const auto& [event_id, notify] : change_notices_due(transaction.connection(), now)) {
    transaction.connection().prepare(kChangeNoticeSent).bind_int64(1, event_id).run();
    if (notify) mailed += mail_audience(transaction, event_id, Audience::kAll, mail_for, now);
  }
  transaction.commit();
  return mailed;
}

int SqlRegistrationStore::send_message(std::int64_t event_id, Audience audience,
                                       std::string_view subject, std::string_view body,
                                       const RegistrationMail& mail_for, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const int mailed = mail_audience(transaction, event_id, audience, mail_for, now);
  transaction.connection()
      .prepare(kInsertEventMessage)
      .bind_int64(1, event_id)
      .bind_text(2, subject)
      .bind_text(3, body)
      .bind_text(4, to_string(audience))
      .bind_int64(5, mailed)
      .bind_text(6, format_utc(now))
      .run();
  transaction.commit();
  return mailed;
}

int SqlRegistrationStore::send_remote_links(std::chrono::seconds before,
                                            const RegistrationMail& mail_for, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const auto at = [](UtcTime time) {
    return stored_time(std::chrono::time_point_cast<std::chrono::seconds>(time));
  };
  const auto due = load_registrations(
      transaction.connection(), std::string{kRemoteLinksDue},
      [&](Statement& rows) { rows.bind_text(1, at(now)).bind_text(2, at(now + before)); });
  int mailed = 0;
  for (const Registration& registration : due) {
    transaction.connection()
        .prepare("UPDATE registrations SET remote_link_sent_at = ?2 WHERE id = ?1")
        .bind_int64(1, registration.id)
        .bind_text(2, format_utc(now))
        .run();
    if (auto mail = mail_for ? mail_for(registration) : std::nullopt) {
      queue_mail(transaction, *mail, now);
      ++mailed;
    }
  }
  transaction.commit();
  return mailed;
}

std::vector<SentMessage> SqlRegistrationStore::messages(std::int64_t event_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kSelectEventMessages);
  rows.bind_int64(1, event_id);
  std::vector<SentMessage> sent;
  while (rows.step()) {
    const auto at = parse_utc(rows.column_text(5));
    if (!at) throw Error("event_messages.sent_at is not a UTC time");
    sent.push_back({rows.column_int64(0), rows.column_text(1), rows.column_text(2),
                    parse_audience(rows.column_text(3)).value_or(Audience::kAll),
                    static_cast<int>(rows.column_int64(4)), *at});
  }
  return sent;
}

}  // namespace sqlite
}  // namespace tori::store
