// SPDX-License-Identifier: AGPL-3.0-or-later
// Newsletter issues and their sending (data/sql/0027_newsletters.sql): drafts saved by slug;
// sending freezes the content and fixes the recipients (confirmed subscribers of the segment),
// then dispatch() queues their mail into the outbox a batch at a time (the throttle), each with
// its own unsubscribe link; counts() says how many are waiting, queued, sent, failed or skipped.
//
//   store.newsletters().save_draft(input, editor_id, now);
//   store.newsletters().start_sending("uutiskirje-2026-12", content, recipient_ids, now);
//   store.newsletters().dispatch(20, mailer, now);  // by the periodic task
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/newsletter_issue.hpp"
#include "tori/store/mail_outbox.hpp"
#include "tori/store/subscriber_store.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

// What every recipient reads: fixed when sending starts (the automatic blocks as they were).
struct NewsletterContent {
  std::string html;  // the body as HTML, without the personal footer
  std::string text;  // the same as plain text
  friend bool operator==(const NewsletterContent&, const NewsletterContent&) = default;
};

struct NewsletterIssue {
  std::int64_t id = 0;
  core::NewsletterInput input;
  core::NewsletterState state = core::NewsletterState::kDraft;
  NewsletterContent content;  // empty while a draft
  UtcTime created_at{}, updated_at{};
  std::optional<std::int64_t> updated_by;
  std::string updated_by_name;        // the account's name or address; "" for the command line
  std::optional<UtcTime> sending_at;  // when sending started
  std::optional<UtcTime> sent_at;     // when the last mail was queued
};

// The recipients of an issue by where their mail is.
struct NewsletterCounts {
  std::int64_t recipients = 0;
  std::int64_t waiting = 0;  // not yet queued (the throttle)
  std::int64_t queued = 0;   // in the outbox, not yet delivered
  std::int64_t sent = 0;
  std::int64_t failed = 0;   // the outbox gave up
  std::int64_t skipped = 0;  // unsubscribed or erased before their turn
  friend bool operator==(const NewsletterCounts&, const NewsletterCounts&) = default;
};

enum class NewsletterSaveOutcome { kCreated, kUpdated, kUnchanged, kNotDraft };

struct NewsletterSaved {
  NewsletterSaveOutcome outcome = NewsletterSaveOutcome::kCreated;
  std::int64_t id = 0;
};

// The mail of one recipient (nothing: skip them).
using NewsletterMailer =
    std::function<std::optional<OutgoingMail>(const NewsletterIssue&, const Subscriber&)>;

// What one dispatch pass did.
struct NewsletterDispatch {
  int queued = 0;
  int skipped = 0;
  int finished = 0;  // issues whose every mail is now queued
};

// Thread-safe.
class NewsletterStore {
 public:
  virtual ~NewsletterStore() = default;
  // Creates or rewrites the draft of input.slug (validated by the caller); an issue already
  // sending or sent is not changed (kNotDraft).
  virtual NewsletterSaved save_draft(const core::NewsletterInput& input,
                                     std::optional<std::int64_t> account_id, UtcTime now) = 0;
  // Stores an issue sent elsewhere (the old site's, the demo's) as sent at `sent_at`, with no
  // recipients; the same issue again is kUnchanged, a different one over a sent one kUpdated,
  // over a draft or a sending one kNotDraft.
  virtual NewsletterSaved save_sent(const core::NewsletterInput& input,
                                    const NewsletterContent& content, UtcTime sent_at) = 0;
  [[nodiscard]] virtual std::optional<NewsletterIssue> find(std::string_view slug) = 0;
  // Every issue: drafts first, then by when sending started, newest first.
  [[nodiscard]] virtual std::vector<NewsletterIssue> list() = 0;
  // Issues sending or sent, newest first: the public archive.
  [[nodiscard]] virtual std::vector<NewsletterIssue> archive() = 0;
  // Deletes a draft; false when there is none of the slug.
  virtual bool remove_draft(std::string_view slug) = 0;
  // Starts sending the draft: freezes `content`, makes each of `subscriber_ids` a waiting
  // recipient, state sending (sent at once when there are none). Nothing when not a draft.
  virtual std::optional<NewsletterCounts> start_sending(
      std::string_view slug, const NewsletterContent& content,
      const std::vector<std::int64_t>& subscriber_ids, UtcTime now) = 0;
  // Queues the mail of up to `limit` waiting recipients (oldest issue first) in one transaction:
  // a recipient no longer confirmed, or whose mailer gives nothing, is skipped. An issue with no
  // one waiting becomes sent. Also records the outcome of mail the outbox has settled.
  virtual NewsletterDispatch dispatch(int limit, const NewsletterMailer& mailer, UtcTime now) = 0;
  [[nodiscard]] virtual NewsletterCounts counts(std::int64_t issue_id) = 0;
};

}  // namespace tori::store
