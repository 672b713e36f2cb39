// SPDX-License-Identifier: AGPL-3.0-or-later
// The sending of newsletter issues on either SQL backend: the throttled dispatch that queues a
// batch of recipients' mail in the outbox, the outbox's outcomes copied to the recipients, and
// the counts per issue.
#include <map>

#include "tori/store/sqlite/mail_outbox.hpp"
#include "tori/store/sqlite/newsletter_store.hpp"
#include "tori/store/sqlite/subscriber_store.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kWaiting =
    "SELECT d.issue_id, d.subscriber_id FROM newsletter_deliveries d"
    " JOIN newsletter_issues i ON i.id = d.issue_id"
    " WHERE d.state = 'waiting' AND i.state = 'sending' AND d.subscriber_id IS NOT NULL"
    " ORDER BY i.sending_at, i.id, d.subscriber_id LIMIT ?1";
constexpr std::string_view kMarkQueued =
    "UPDATE newsletter_deliveries SET state = 'queued', outbox_id = ?1, queued_at = ?2"
    " WHERE issue_id = ?3 AND subscriber_id = ?4";
constexpr std::string_view kMarkSkipped =
    "UPDATE newsletter_deliveries SET state = 'skipped' WHERE issue_id = ?1 AND subscriber_id = ?2";
// A recipient erased before their turn (their row kept without them, migration 0028).
constexpr std::string_view kSkipErased =
    "UPDATE newsletter_deliveries SET state = 'skipped'"
    " WHERE state = 'waiting' AND subscriber_id IS NULL RETURNING issue_id";
// The outbox's final outcomes, kept on the recipients before the outbox's purge drops them.
constexpr std::string_view kSettle =
    "UPDATE newsletter_deliveries SET state = (SELECT m.state FROM mail_outbox m"
    " WHERE m.id = newsletter_deliveries.outbox_id) WHERE state = 'queued' AND outbox_id IN"
    " (SELECT id FROM mail_outbox WHERE state IN ('sent', 'failed'))";
constexpr std::string_view kFinish =
    "UPDATE newsletter_issues SET state = 'sent', sent_at = ?1 WHERE state = 'sending'"
    " AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries d WHERE d.issue_id ="
    " newsletter_issues.id AND d.state = 'waiting') RETURNING id";
// A queued recipient whose outbox message the purge has dropped counts as sent.
constexpr std::string_view kCounts =
    "SELECT CASE WHEN d.state <> 'queued' THEN d.state WHEN m.state IS NULL THEN 'sent'"
    " WHEN m.state = 'pending' THEN 'queued' ELSE m.state END AS outcome, count(*)"
    " FROM newsletter_deliveries d LEFT JOIN mail_outbox m ON m.id = d.outbox_id"
    " WHERE d.issue_id = ?1 GROUP BY 1";

struct Waiting {
  std::int64_t issue_id = 0;
  std::int64_t subscriber_id = 0;
};

std::vector<Waiting> waiting_batch(Connection& connection, int limit) {
  Statement rows = connection.prepare(kWaiting);
  rows.bind_int64(1, limit);
  std::vector<Waiting> batch;
  while (rows.step())
    batch.push_back({rows.column_int64(0), rows.column_int64(1)});
  return batch;
}

const NewsletterIssue* issue_of_batch(Connection& connection,
                                      std::map<std::int64_t, NewsletterIssue>& issues,
                                      std::int64_t id) {
  auto found = issues.find(id);
  if (found == issues.end()) {
    auto loaded = load_newsletters(connection, "WHERE i.id = " + std::to_string(id), "");
    if (loaded.empty()) return nullptr;
    found = issues.emplace(id, std::move(loaded.front())).first;
  }
  return &found->second;
}

// Queues one recipient's mail, or skips them; whether it was queued.
bool queue_recipient(Transaction& transaction, const Waiting& row, const NewsletterIssue& issue,
                     const NewsletterMailer& mailer, UtcTime now) {
  Connection& connection = transaction.connection();
  const auto subscriber = read_subscriber_by_id(connection, row.subscriber_id);
  std::optional<OutgoingMail> mail;
  if (subscriber && subscriber->state == core::SubscriberState::kConfirmed)
    mail = mailer(issue, *subscriber);
  if (!mail) {
    connection.prepare(kMarkSkipped)
        .bind_int64(1, row.issue_id)
        .bind_int64(2, row.subscriber_id)
        .run();
    return false;
  }
  const std::int64_t outbox_id = queue_mail(transaction, *mail, now);
  connection.prepare(kMarkQueued)
      .bind_int64(1, outbox_id)
      .bind_text(2, format_utc(now))
      .bind_int64(3, row.issue_id)
      .bind_int64(4, row.subscriber_id)
      .run();
  return true;
}

}  // namespace

NewsletterCounts newsletter_counts(Connection& connection, std::int64_t issue_id) {
  Statement rows = connection.prepare(kCounts);
  rows.bind_int64(1, issue_id);
  NewsletterCounts counts;
  const std::map<std::string, std::int64_t*, std::less<>> fields = {{"waiting", &counts.waiting},
                                                                    {"queued", &counts.queued},
                                                                    {"sent", &counts.sent},
                                                                    {"failed", &counts.failed},
                                                                    {"skipped", &counts.skipped}};
  while (rows.step()) {
    const auto field = fields.find(rows.column_text(0));
    const std::int64_t number = rows.column_int64(1);
    if (field != fields.end()) *field->second += number;
    counts.recipients += number;
  }
  return counts;
}

std::int64_t finish_newsletters(Connection& connection, UtcTime now) {
  return connection.prepare(kFinish).bind_text(1, format_utc(now)).run_counting();
}

NewsletterDispatch SqlNewsletterStore::dispatch(int limit, const NewsletterMailer& mailer,
                                                UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  connection.prepare(kSettle).run();
  NewsletterDispatch pass;
  pass.skipped = static_cast<int>(connection.prepare(kSkipErased).run_counting());
  std::map<std::int64_t, NewsletterIssue> issues;
  for (const Waiting& row : waiting_batch(connection, limit)) {
    const NewsletterIssue* issue = issue_of_batch(connection, issues, row.issue_id);
    if (issue == nullptr) continue;
    if (queue_recipient(transaction, row, *issue, mailer, now)) {
      ++pass.queued;
    } else {
      ++pass.skipped;
    }
  }
  pass.finished = static_cast<int>(finish_newsletters(connection, now));
  transaction.commit();
  return pass;
}

NewsletterCounts SqlNewsletterStore::counts(std::int64_t issue_id) {
  Lease connection = database_.acquire();
  return newsletter_counts(*connection, issue_id);
}

}  // namespace tori::store::sqlite
