// SPDX-License-Identifier: AGPL-3.0-or-later
// Newsletter issues on either SQL backend: drafts saved by slug, past issues stored as sent, the
// archive, and the start of sending (content frozen, recipients fixed).
#include "tori/store/sqlite/newsletter_store.hpp"

#include "tori/store/errors.hpp"
#include "tori/store/sqlite/change_log.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kSelectIssues =
    "SELECT i.id, i.slug, i.subject, i.body, i.language, i.topics, i.blocks, i.state, i.html,"
    " i.text, i.created_at, i.updated_at, i.updated_by, coalesce(nullif(a.name, ''), a.email, ''),"
    " i.sending_at, i.sent_at FROM newsletter_issues i LEFT JOIN accounts a ON a.id = "
    "i.updated_by ";
constexpr std::string_view kInsertIssue =
    "INSERT INTO newsletter_issues (slug, subject, body, language, topics, blocks, state, html,"
    " text, created_at, updated_at, updated_by, sending_at, sent_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12, ?12) RETURNING id";
constexpr std::string_view kUpdateIssue =
    "UPDATE newsletter_issues SET subject = ?1, body = ?2, language = ?3, topics = ?4,"
    " blocks = ?5, html = ?6, text = ?7, updated_at = ?8, updated_by = ?9, sending_at = ?10,"
    " sent_at = ?10 WHERE id = ?11";
constexpr std::string_view kStartSending =
    "UPDATE newsletter_issues SET state = 'sending', html = ?1, text = ?2, sending_at = ?3"
    " WHERE id = ?4";
constexpr std::string_view kInsertDelivery =
    "INSERT INTO newsletter_deliveries (issue_id, subscriber_id, state)"
    " SELECT CAST(?1 AS BIGINT), id, 'waiting' FROM newsletter_subscribers WHERE id = ?2"
    " ON CONFLICT (issue_id, subscriber_id) DO NOTHING";

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items)
    text += (text.empty() ? "" : ",") + item;
  return text;
}

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> items;
  while (!text.empty()) {
    const auto comma = text.find(',');
    items.emplace_back(text.substr(0, comma));
    text = comma == std::string_view::npos ? "" : text.substr(comma + 1);
  }
  return items;
}

UtcTime issue_time(const std::string& text) {
  auto time = parse_utc(text);
  if (!time) throw Error("newsletter_issues has a malformed time: " + text);
  return *time;
}

std::optional<UtcTime> optional_issue_time(const Statement& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return issue_time(row.column_text(column));
}

NewsletterIssue issue_of(const Statement& row) {
  NewsletterIssue issue;
  issue.id = row.column_int64(0);
  issue.input = {.slug = row.column_text(1),
                 .subject = row.column_text(2),
                 .body = row.column_text(3),
                 .language = row.column_text(4),
                 .topics = split(row.column_text(5)),
                 .blocks = split(row.column_text(6))};
  const auto state = core::parse_newsletter_state(row.column_text(7));
  if (!state) throw Error("newsletter_issues has an unknown state: " + row.column_text(7));
  issue.state = *state;
  issue.content = {row.column_text(8), row.column_text(9)};
  issue.created_at = issue_time(row.column_text(10));
  issue.updated_at = issue_time(row.column_text(11));
  if (!row.column_is_null(12)) issue.updated_by = row.column_int64(12);
  issue.updated_by_name = row.column_text(13);
  issue.sending_at = optional_issue_time(row, 14);
  issue.sent_at = optional_issue_time(row, 15);
  return issue;
}

std::optional<NewsletterIssue> issue_by_slug(Connection& connection, std::string_view slug) {
  auto found = load_newsletters(connection, "WHERE i.slug = ?1", slug);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

void bind_optional(Statement& statement, int index, std::optional<std::int64_t> value) {
  if (value) {
    statement.bind_int64(index, *value);
  } else {
    statement.bind_null(index);
  }
}

void bind_optional_time(Statement& statement, int index, std::optional<UtcTime> value) {
  if (value) {
    statement.bind_text(index, format_utc(*value));
  } else {
    statement.bind_null(index);
  }
}

// The row of an issue as written: a draft (no content, no times) or a sent one.
struct IssueRow {
  const core::NewsletterInput& input;
  const NewsletterContent& content;
  core::NewsletterState state;
  std::optional<std::int64_t> account_id;
  std::optional<UtcTime> sent_at;
};

std::int64_t insert_issue(Connection& connection, const IssueRow& row, UtcTime now) {
  Statement insert = connection.prepare(kInsertIssue);
  insert.bind_text(1, row.input.slug)
      .bind_text(2, row.input.subject)
      .bind_text(3, row.input.body)
      .bind_text(4, row.input.language)
      .bind_text(5, joined(row.input.topics))
      .bind_text(6, joined(row.input.blocks))
      .bind_text(7, core::newsletter_state_name(row.state))
      .bind_text(8, row.content.html)
      .bind_text(9, row.content.text)
      .bind_text(10, format_utc(now));
  bind_optional(insert, 11, row.account_id);
  bind_optional_time(insert, 12, row.sent_at);
  if (!insert.step()) throw Error("newsletter_issues insert returned no id");
  return insert.column_int64(0);
}

void update_issue(Connection& connection, std::int64_t id, const IssueRow& row, UtcTime now) {
  Statement update = connection.prepare(kUpdateIssue);
  update.bind_text(1, row.input.subject)
      .bind_text(2, row.input.body)
      .bind_text(3, row.input.language)
      .bind_text(4, joined(row.input.topics))
      .bind_text(5, joined(row.input.blocks))
      .bind_text(6, row.content.html)
      .bind_text(7, row.content.text)
      .bind_text(8, format_utc(now));
  bind_optional(update, 9, row.account_id);
  bind_optional_time(update, 10, row.sent_at);
  update.bind_int64(11, id).run();
}

// Writes `row` over the issue of its slug when `may_replace` lets it.
NewsletterSaved write_issue(Transaction& transaction, const IssueRow& row, UtcTime now,
                            bool (*may_replace)(const NewsletterIssue&)) {
  Connection& connection = transaction.connection();
  const auto existing = issue_by_slug(connection, row.input.slug);
  if (existing && !may_replace(*existing)) return {NewsletterSaveOutcome::kNotDraft, existing->id};
  if (existing && existing->input == row.input && existing->content == row.content &&
      existing->sent_at == row.sent_at)
    return {NewsletterSaveOutcome::kUnchanged, existing->id};
  if (!existing) return {NewsletterSaveOutcome::kCreated, insert_issue(connection, row, now)};
  update_issue(connection, existing->id, row, now);
  return {NewsletterSaveOutcome::kUpdated, existing->id};
}

}  // namespace

std::vector<NewsletterIssue> load_newsletters(Connection& connection, std::string_view where,
                                              std::string_view value) {
  Statement rows = connection.prepare(std::string(kSelectIssues) + std::string(where));
  if (!value.empty()) rows.bind_text(1, value);
  std::vector<NewsletterIssue> issues;
  while (rows.step())
    issues.push_back(issue_of(rows));
  return issues;
}

SqlNewsletterStore::SqlNewsletterStore(Database& database) : database_(database) {}

NewsletterSaved SqlNewsletterStore::save_draft(const core::NewsletterInput& input,
                                               std::optional<std::int64_t> account_id,
                                               UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const NewsletterContent none;
  const NewsletterSaved saved = write_issue(
      transaction, {input, none, core::NewsletterState::kDraft, account_id, std::nullopt}, now,
      [](const NewsletterIssue& issue) { return issue.state == core::NewsletterState::kDraft; });
  transaction.commit();
  return saved;
}

NewsletterSaved SqlNewsletterStore::save_sent(const core::NewsletterInput& input,
                                              const NewsletterContent& content, UtcTime sent_at) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const NewsletterSaved saved = write_issue(
      transaction, {input, content, core::NewsletterState::kSent, std::nullopt, sent_at}, sent_at,
      [](const NewsletterIssue& issue) { return issue.state == core::NewsletterState::kSent; });
  if (saved.outcome == NewsletterSaveOutcome::kCreated ||
      saved.outcome == NewsletterSaveOutcome::kUpdated) {
    append_change(transaction, "newsletter", saved.id,
                  saved.outcome == NewsletterSaveOutcome::kCreated ? ChangeAction::kCreated
                                                                   : ChangeAction::kUpdated);
  }
  transaction.commit();
  return saved;
}

std::optional<NewsletterIssue> SqlNewsletterStore::find(std::string_view slug) {
  Lease connection = database_.acquire();
  return issue_by_slug(*connection, slug);
}

std::vector<NewsletterIssue> SqlNewsletterStore::list() {
  Lease connection = database_.acquire();
  return load_newsletters(*connection,
                          "ORDER BY CASE WHEN i.state = 'draft' THEN 0 ELSE 1 END,"
                          " i.sending_at DESC, i.updated_at DESC, i.id DESC",
                          "");
}

std::vector<NewsletterIssue> SqlNewsletterStore::archive() {
  Lease connection = database_.acquire();
  return load_newsletters(*connection,
                          "WHERE i.state <> 'draft' ORDER BY i.sending_at DESC, i.id DESC", "");
}

bool SqlNewsletterStore::remove_draft(std::string_view slug) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const std::int64_t removed =
      transaction.connection()
          .prepare("DELETE FROM newsletter_issues WHERE slug = ?1 AND state = 'draft' RETURNING id")
          .bind_text(1, slug)
          .run_counting();
  transaction.commit();
  return removed > 0;
}

std::optional<NewsletterCounts> SqlNewsletterStore::start_sending(
    std::string_view slug, const NewsletterContent& content,
    const std::vector<std::int64_t>& subscriber_ids, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto issue = issue_by_slug(connection, slug);
  if (!issue || issue->state != core::NewsletterState::kDraft) return std::nullopt;
  connection.prepare(kStartSending)
      .bind_text(1, content.html)
      .bind_text(2, content.text)
      .bind_text(3, format_utc(now))
      .bind_int64(4, issue->id)
      .run();
  for (const std::int64_t subscriber : subscriber_ids)
    connection.prepare(kInsertDelivery).bind_int64(1, issue->id).bind_int64(2, subscriber).run();
  (void)finish_newsletters(connection, now);  // no recipients: sent at once
  append_change(transaction, "newsletter", issue->id, ChangeAction::kUpdated);
  NewsletterCounts counts = newsletter_counts(connection, issue->id);
  transaction.commit();
  return counts;
}

}  // namespace tori::store::sqlite
