// SPDX-License-Identifier: AGPL-3.0-or-later
// The mail outbox on SQLite: queueing, claiming with a lease, and the outcome of each attempt.
#include "tori/store/sqlite/mail_outbox.hpp"

#include <algorithm>

#include "tori/core/email.hpp"

namespace tori::store::sqlite {

SqliteMailOutbox::SqliteMailOutbox(Database& database) : database_(database) {}

constexpr std::string_view kInsertMail =
    "INSERT INTO mail_outbox (recipient, recipient_key, message, state, attempts,"
    " next_attempt_at, created_at) VALUES (?1, ?2, ?3, 'pending', 0, ?4, ?4) RETURNING id";

std::int64_t queue_mail(Transaction& transaction, const OutgoingMail& mail, UtcTime now) {
  if (transaction.kind() != TransactionKind::kWrite) throw Error("queue_mail needs a write");
  Statement insert = transaction.connection().prepare(kInsertMail);
  insert.bind_text(1, mail.recipient)
      .bind_text(2, core::email_key(mail.recipient))
      .bind_text(3, mail.message)
      .bind_text(4, format_utc(now));
  if (!insert.step()) throw Error("mail_outbox insert returned no id");
  return insert.column_int64(0);
}

std::int64_t SqliteMailOutbox::enqueue(const OutgoingMail& mail, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const std::int64_t id = queue_mail(transaction, mail, now);
  transaction.commit();
  return id;
}

// One statement claims the batch. On PostgreSQL the rows are locked with SKIP LOCKED, so two
// workers on two nodes never claim one message even without the writer lock of a write
// transaction; on SQLite the write transaction alone makes the claim exclusive.
constexpr DialectSql kClaimDue = {
    "UPDATE mail_outbox SET claimed_until = ?3 WHERE id IN (SELECT id FROM mail_outbox"
    " WHERE state = 'pending' AND next_attempt_at <= ?1"
    " AND (claimed_until IS NULL OR claimed_until <= ?1) ORDER BY id LIMIT ?2)"
    " RETURNING id, recipient, message, attempts",
    "UPDATE mail_outbox SET claimed_until = ?3 WHERE id IN (SELECT id FROM mail_outbox"
    " WHERE state = 'pending' AND next_attempt_at <= ?1"
    " AND (claimed_until IS NULL OR claimed_until <= ?1) ORDER BY id LIMIT ?2"
    " FOR UPDATE SKIP LOCKED) RETURNING id, recipient, message, attempts"};

std::vector<QueuedMail> SqliteMailOutbox::claim_due(UtcTime now, int limit,
                                                    std::chrono::seconds lease) {
  Transaction transaction{database_, TransactionKind::kWrite};
  std::vector<QueuedMail> claimed;
  {
    Statement due = transaction.connection().prepare(kClaimDue);
    due.bind_text(1, format_utc(now)).bind_int64(2, limit).bind_text(3, format_utc(now + lease));
    while (due.step()) {
      claimed.push_back({due.column_int64(0), due.column_text(1), due.column_text(2),
                         static_cast<int>(due.column_int64(3))});
    }
  }
  transaction.commit();
  // RETURNING gives no order: oldest first, as promised.
  std::sort(claimed.begin(), claimed.end(),
            [](const QueuedMail& a, const QueuedMail& b) { return a.id < b.id; });
  return claimed;
}

constexpr std::string_view kMarkSent =
    "UPDATE mail_outbox SET state = 'sent', sent_at = ?2, claimed_until = NULL,"
    " last_error = NULL WHERE id = ?1";

void SqliteMailOutbox::mark_sent(std::int64_t id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  transaction.connection().prepare(kMarkSent).bind_int64(1, id).bind_text(2, format_utc(now)).run();
  transaction.commit();
}

constexpr std::string_view kMarkFailed =
    "UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?2, claimed_until = NULL,"
    " state = CASE WHEN CAST(?3 AS TEXT) IS NULL THEN 'failed' ELSE 'pending' END,"
    " next_attempt_at = coalesce(?3, next_attempt_at) WHERE id = ?1";

void SqliteMailOutbox::mark_failed(std::int64_t id, std::string_view error,
                                   std::optional<UtcTime> retry_at, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Statement update = transaction.connection().prepare(kMarkFailed);
  update.bind_int64(1, id).bind_text(2, error);
  if (retry_at) {
    update.bind_text(3, format_utc(*retry_at));
  } else {
    update.bind_null(3);
  }
  update.run();
  transaction.commit();
}

constexpr std::string_view kCountSince =
    "SELECT count(*) FROM mail_outbox WHERE recipient_key = ?1 AND created_at >= ?2";

std::int64_t SqliteMailOutbox::count_since(std::string_view recipient, UtcTime since) {
  Lease connection = database_.acquire();
  Statement count = connection->prepare(kCountSince);
  count.bind_text(1, core::email_key(recipient)).bind_text(2, format_utc(since));
  return count.step() ? count.column_int64(0) : 0;
}

constexpr std::string_view kCountStates = "SELECT state, count(*) FROM mail_outbox GROUP BY state";

OutboxCounts SqliteMailOutbox::counts() {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kCountStates);
  OutboxCounts counts;
  while (rows.step()) {
    const std::string state = rows.column_text(0);
    const std::int64_t count = rows.column_int64(1);
    if (state == "pending") counts.pending = count;
    if (state == "sent") counts.sent = count;
    if (state == "failed") counts.failed = count;
  }
  return counts;
}

}  // namespace tori::store::sqlite
