// SPDX-License-Identifier: AGPL-3.0-or-later
// Newsletter subscribers on either SQL backend: each action reads the row, asks
// core::subscriber_step what to do, writes and queues its mail in one transaction.
#include "tori/store/sqlite/subscriber_store.hpp"

#include <algorithm>

#include "tori/core/email.hpp"
#include "tori/store/sqlite/mail_outbox.hpp"

namespace tori::store::sqlite {
namespace {

using core::SubscriberAction;
using core::SubscriberState;

constexpr std::string_view kSubscriberColumns =
    "SELECT id, email, name, organisation, language, topics, state, created_at, confirmed_at,"
    " unsubscribed_at, consented_at, consent_version, consent_ip_hash, confirm_sent_at"
    " FROM newsletter_subscribers ";

std::string joined_topics(const std::vector<std::string>& topics) {
  std::string joined;
  for (const std::string& topic : core::canonical_topics(topics))
    joined += (joined.empty() ? "" : ",") + topic;
  return joined;
}

std::vector<std::string> split_topics(std::string_view joined) {
  std::vector<std::string> topics;
  while (!joined.empty()) {
    const auto comma = joined.find(',');
    topics.emplace_back(joined.substr(0, comma));
    joined = comma == std::string_view::npos ? "" : joined.substr(comma + 1);
  }
  return topics;
}

std::optional<UtcTime> optional_time(const Statement& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return parse_utc(row.column_text(column));
}

Subscriber subscriber_of(const Statement& row) {
  return {
      .id = row.column_int64(0),
      .email = row.column_text(1),
      .name = row.column_text(2),
      .organisation = row.column_text(3),
      .language = row.column_text(4),
      .topics = split_topics(row.column_text(5)),
      .state =
          core::parse_subscriber_state(row.column_text(6)).value_or(SubscriberState::kUnsubscribed),
      .created_at = parse_utc(row.column_text(7)).value_or(UtcTime{}),
      .confirmed_at = optional_time(row, 8),
      .unsubscribed_at = optional_time(row, 9),
      .consent = {parse_utc(row.column_text(10)).value_or(UtcTime{}), row.column_text(11),
                  row.column_text(12)},
      .confirmation_sent_at = optional_time(row, 13)};
}

std::optional<Subscriber> find_where(Connection& connection, std::string_view where,
                                     std::string_view value) {
  Statement row = connection.prepare(std::string{kSubscriberColumns} + std::string{where});
  if (!row.bind_text(1, value).step()) return std::nullopt;
  return subscriber_of(row);
}

constexpr std::string_view kInsertSubscriber =
    "INSERT INTO newsletter_subscribers (email, name, organisation, language, topics, state,"
    " consented_at, consent_version, consent_ip_hash, confirm_digest, confirm_sent_at,"
    " email_key, created_at, manage_digest) VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6, ?7, ?8,"
    " ?9, ?6, ?10, ?6, ?11)";
constexpr std::string_view kResubscribe =
    "UPDATE newsletter_subscribers SET email = ?1, name = ?2, organisation = ?3, language = ?4,"
    " topics = ?5, state = 'pending', consented_at = ?6, consent_version = ?7,"
    " consent_ip_hash = ?8, confirm_digest = ?9, confirm_sent_at = ?6, confirmed_at = NULL,"
    " unsubscribed_at = NULL WHERE email_key = ?10";

// Writes the posted subscription as pending (a new row, or over a pending or unsubscribed one).
void write_pending(Connection& connection, const SubscriptionRequest& request, bool is_new,
                   UtcTime now) {
  const core::SubscriptionInput& input = request.input;
  Statement statement = connection.prepare(is_new ? kInsertSubscriber : kResubscribe);
  statement.bind_text(1, core::trim_email(input.email))
      .bind_text(2, input.name)
      .bind_text(3, input.organisation)
      .bind_text(4, input.language)
      .bind_text(5, joined_topics(input.topics))
      .bind_text(6, format_utc(now))
      .bind_text(7, request.consent.text_version)
      .bind_text(8, request.consent.ip_hash)
      .bind_text(9, request.confirm_digest)
      .bind_text(10, core::email_key(input.email));
  if (is_new) statement.bind_text(11, request.manage_digest);
  statement.run();
}

// Queues the mail `mailer` builds for the subscriber as the action left it.
bool queue_for(Transaction& transaction, const SubscriberMailer& mailer,
               const Subscriber& subscriber, UtcTime now) {
  if (!mailer) return false;
  const std::optional<OutgoingMail> mail = mailer(subscriber);
  if (!mail) return false;
  queue_mail(transaction, *mail, now);
  return true;
}

}  // namespace

SqlSubscriberStore::SqlSubscriberStore(Database& database) : database_(database) {}

SubscriberChange SqlSubscriberStore::subscribe(const SubscriptionRequest& request,
                                               const SubscriberMailer& mail, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const std::string key = core::email_key(request.input.email);
  std::optional<Subscriber> found = find_where(connection, "WHERE email_key = ?1", key);
  const SubscriberState state = found ? found->state : SubscriberState::kAbsent;
  SubscriberChange change{core::subscriber_step(state, SubscriberAction::kSubscribe),
                          std::move(found), false};
  if (!change.step.applies || !change.step.takes_input) return change;
  write_pending(connection, request, state == SubscriberState::kAbsent, now);
  change.subscriber = find_where(connection, "WHERE email_key = ?1", key);
  if (change.step.mail != core::SubscriberMail::kNone && change.subscriber)
    change.mailed = queue_for(transaction, mail, *change.subscriber, now);
  transaction.commit();
  return change;
}

ConfirmOutcome SqlSubscriberStore::confirm(std::string_view confirm_digest, UtcTime sent_after,
                                           const SubscriberMailer& welcome, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  std::optional<Subscriber> found =
      find_where(connection, "WHERE confirm_digest = ?1", confirm_digest);
  if (!found) return ConfirmOutcome::kUnknown;
  const core::SubscriberStep step = core::subscriber_step(found->state, SubscriberAction::kConfirm);
  if (!step.applies) return ConfirmOutcome::kUnknown;
  if (found->state == SubscriberState::kConfirmed) return ConfirmOutcome::kAlready;
  if (!found->confirmation_sent_at || *found->confirmation_sent_at <= sent_after)
    return ConfirmOutcome::kExpired;
  connection
      .prepare(
          "UPDATE newsletter_subscribers SET state = 'confirmed', confirmed_at = ?1 WHERE id = ?2")
      .bind_text(1, format_utc(now))
      .bind_int64(2, found->id)
      .run();
  found->state = step.next;
  found->confirmed_at = now;
  queue_for(transaction, welcome, *found, now);
  transaction.commit();
  return ConfirmOutcome::kConfirmed;
}

SubscriberChange SqlSubscriberStore::unsubscribe(std::string_view manage_digest, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  std::optional<Subscriber> found =
      find_where(connection, "WHERE manage_digest = ?1", manage_digest);
  const SubscriberState state = found ? found->state : SubscriberState::kAbsent;
  SubscriberChange change{core::subscriber_step(state, SubscriberAction::kUnsubscribe),
                          std::move(found), false};
  if (!change.step.applies || state == SubscriberState::kUnsubscribed) return change;
  connection
      .prepare(
          "UPDATE newsletter_subscribers SET state = 'unsubscribed', unsubscribed_at = ?1"
          " WHERE id = ?2")
      .bind_text(1, format_utc(now))
      .bind_int64(2, change.subscriber->id)
      .run();
  change.subscriber->state = change.step.next;
  change.subscriber->unsubscribed_at = now;
  transaction.commit();
  return change;
}

SubscriberChange SqlSubscriberStore::change(std::string_view manage_digest,
                                            std::string_view language,
                                            const std::vector<std::string>& topics, UtcTime) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  std::optional<Subscriber> found =
      find_where(connection, "WHERE manage_digest = ?1", manage_digest);
  const SubscriberState state = found ? found->state : SubscriberState::kAbsent;
  SubscriberChange change{core::subscriber_step(state, SubscriberAction::kChangeTopics),
                          std::move(found), false};
  if (!change.step.applies) return change;
  connection.prepare("UPDATE newsletter_subscribers SET language = ?1, topics = ?2 WHERE id = ?3")
      .bind_text(1, language)
      .bind_text(2, joined_topics(topics))
      .bind_int64(3, change.subscriber->id)
      .run();
  change.subscriber->language = std::string{language};
  change.subscriber->topics = core::canonical_topics(topics);
  transaction.commit();
  return change;
}

std::optional<Subscriber> SqlSubscriberStore::find_by_email(std::string_view email) {
  const std::string key = core::email_key(email);
  if (key.empty()) return std::nullopt;
  Lease connection = database_.acquire();
  return read_subscriber(*connection, key);
}

std::optional<Subscriber> SqlSubscriberStore::find_by_manage(std::string_view digest) {
  Lease connection = database_.acquire();
  return find_where(*connection, "WHERE manage_digest = ?1", digest);
}

std::optional<Subscriber> SqlSubscriberStore::find_by_confirm(std::string_view digest) {
  Lease connection = database_.acquire();
  return find_where(*connection, "WHERE confirm_digest = ?1", digest);
}

std::vector<Subscriber> SqlSubscriberStore::segment(const std::vector<std::string>& topics,
                                                    std::string_view language) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      std::string{kSubscriberColumns} +
      "WHERE state = 'confirmed' AND (CAST(?1 AS TEXT) = '' OR language = ?1) ORDER BY id");
  rows.bind_text(1, language);
  std::vector<Subscriber> found;
  while (rows.step()) {
    Subscriber subscriber = subscriber_of(rows);
    const bool wanted =
        topics.empty() || std::ranges::any_of(topics, [&](const auto& topic) {
          return std::ranges::find(subscriber.topics, topic) != subscriber.topics.end();
        });
    if (wanted) found.push_back(std::move(subscriber));
  }
  return found;
}

std::vector<Subscriber> SqlSubscriberStore::all() {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(std::string{kSubscriberColumns} + "ORDER BY id");
  std::vector<Subscriber> found;
  while (rows.step())
    found.push_back(subscriber_of(rows));
  return found;
}

std::optional<Subscriber> read_subscriber_by_id(Connection& connection, std::int64_t id) {
  Statement row = connection.prepare(std::string{kSubscriberColumns} + "WHERE id = ?1");
  if (!row.bind_int64(1, id).step()) return std::nullopt;
  return subscriber_of(row);
}

std::optional<Subscriber> read_subscriber(Connection& connection, const std::string& key) {
  if (key.empty()) return std::nullopt;
  return find_where(connection, "WHERE email_key = ?1", key);
}

bool erase_subscriber(Transaction& transaction, const std::string& key) {
  if (key.empty()) return false;
  Statement erased = transaction.connection().prepare(
      "DELETE FROM newsletter_subscribers WHERE email_key = ?1 RETURNING id");
  return erased.bind_text(1, key).run_counting() > 0;
}

std::int64_t blank_subscriber_ip_hashes(Connection& connection, UtcTime before) {
  Statement blanked = connection.prepare(
      "UPDATE newsletter_subscribers SET consent_ip_hash = '' WHERE consented_at < ?1"
      " AND consent_ip_hash <> '' RETURNING id");
  return blanked.bind_text(1, format_utc(before)).run_counting();
}

std::int64_t purge_unconfirmed_subscribers(Connection& connection, UtcTime before) {
  Statement purged = connection.prepare(
      "DELETE FROM newsletter_subscribers WHERE state = 'pending' AND confirmed_at IS NULL"
      " AND confirm_sent_at < ?1 RETURNING id");
  return purged.bind_text(1, format_utc(before)).run_counting();
}

std::int64_t purge_unsubscribed_subscribers(Connection& connection, UtcTime before) {
  Statement purged = connection.prepare(
      "DELETE FROM newsletter_subscribers WHERE state = 'unsubscribed'"
      " AND unsubscribed_at < ?1 RETURNING id");
  return purged.bind_text(1, format_utc(before)).run_counting();
}

}  // namespace tori::store::sqlite
