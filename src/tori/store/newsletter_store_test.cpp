// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the NewsletterStore on both backends: drafts saved by slug and refused once sending,
// past issues stored as sent, the archive, sending to fixed recipients a throttled batch at a
// time with each one's own mail, skipping those who left, the counts as the outbox settles
// them, and erasure of a recipient.
#include "tori/store/newsletter_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using core::NewsletterState;
using std::chrono::hours;
using std::chrono::minutes;
using test_support::kNow;

core::NewsletterInput issue_input(std::string slug, std::string subject = "Joulukuu") {
  return {.slug = std::move(slug),
          .subject = std::move(subject),
          .body = "Hei!\n\n## Gaala\n\nKiitos.",
          .language = "fi",
          .topics = {"news"},
          .blocks = {"practices", "events"}};
}

class NewsletterStoreTest : public test_support::BackendTest {
 protected:
  NewsletterStore& newsletters() { return store_->newsletters(); }

  // A confirmed subscriber of `topics`; their id.
  std::int64_t confirmed(const std::string& email, std::vector<std::string> topics) {
    SubscriptionRequest request{{email, "", "", "fi", std::move(topics)},
                                {kNow, "v1", ""},
                                "confirm-" + email,
                                "manage-" + email};
    const SubscriberMailer none;
    auto done = store_->subscribers().subscribe(request, none, kNow);
    EXPECT_EQ(store_->subscribers().confirm("confirm-" + email, kNow - hours(1), none, kNow),
              ConfirmOutcome::kConfirmed);
    return done.subscriber->id;
  }

  NewsletterMailer mailer() {
    return [this](const NewsletterIssue& issue, const Subscriber& subscriber) {
      mailed_.push_back(issue.input.slug + ":" + subscriber.email);
      return std::optional<OutgoingMail>{
          {subscriber.email, "Subject: " + issue.input.subject + "\r\n\r\n" + issue.content.text}};
    };
  }

  std::vector<std::string> mailed_;
};

TEST_P(NewsletterStoreTest, DraftsAreSavedBySlugUntilSendingStarts) {
  const NewsletterSaved created =
      newsletters().save_draft(issue_input("joulu"), std::nullopt, kNow);
  EXPECT_EQ(created.outcome, NewsletterSaveOutcome::kCreated);
  EXPECT_EQ(newsletters().save_draft(issue_input("joulu"), std::nullopt, kNow).outcome,
            NewsletterSaveOutcome::kUnchanged);
  EXPECT_EQ(
      newsletters().save_draft(issue_input("joulu", "Uusi"), std::nullopt, kNow + hours(1)).outcome,
      NewsletterSaveOutcome::kUpdated);
  const auto stored = newsletters().find("joulu");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->input, issue_input("joulu", "Uusi"));
  EXPECT_EQ(stored->state, NewsletterState::kDraft);
  EXPECT_EQ(stored->updated_at, kNow + hours(1));
  EXPECT_TRUE(newsletters().archive().empty());

  ASSERT_TRUE(newsletters().start_sending("joulu", {"<p>x</p>", "x"}, {}, kNow + hours(2)));
  EXPECT_EQ(newsletters().save_draft(issue_input("joulu", "Myöhässä"), std::nullopt, kNow).outcome,
            NewsletterSaveOutcome::kNotDraft);
  EXPECT_FALSE(newsletters().remove_draft("joulu"));
  EXPECT_FALSE(newsletters().start_sending("joulu", {"y", "y"}, {}, kNow + hours(3)));
  // No recipients: sent at once, and in the archive with its frozen content.
  const auto sent = newsletters().find("joulu");
  EXPECT_EQ(sent->state, NewsletterState::kSent);
  EXPECT_EQ(sent->content, (NewsletterContent{"<p>x</p>", "x"}));
  EXPECT_EQ(sent->sent_at, kNow + hours(2));
  ASSERT_EQ(newsletters().archive().size(), 1U);

  (void)newsletters().save_draft(issue_input("toinen"), std::nullopt, kNow);
  EXPECT_EQ(newsletters().list().front().input.slug, "toinen");  // drafts first
  EXPECT_TRUE(newsletters().remove_draft("toinen"));
  EXPECT_FALSE(newsletters().find("toinen"));
}

TEST_P(NewsletterStoreTest, PastIssuesAreStoredAsSentAndShownNewestFirst) {
  const UtcTime february = kNow - hours(24 * 300);
  EXPECT_EQ(newsletters().save_sent(issue_input("helmi"), {"<p>h</p>", "h"}, february).outcome,
            NewsletterSaveOutcome::kCreated);
  EXPECT_EQ(newsletters().save_sent(issue_input("helmi"), {"<p>h</p>", "h"}, february).outcome,
            NewsletterSaveOutcome::kUnchanged);
  EXPECT_EQ(newsletters().save_sent(issue_input("kesa"), {"<p>k</p>", "k"}, kNow).outcome,
            NewsletterSaveOutcome::kCreated);
  (void)newsletters().save_draft(issue_input("luonnos"), std::nullopt, kNow);
  EXPECT_EQ(newsletters().save_sent(issue_input("luonnos"), {"l", "l"}, kNow).outcome,
            NewsletterSaveOutcome::kNotDraft);
  const std::vector<NewsletterIssue> archive = newsletters().archive();
  ASSERT_EQ(archive.size(), 2U);
  EXPECT_EQ(archive[0].input.slug, "kesa");
  EXPECT_EQ(archive[1].input.slug, "helmi");
  EXPECT_EQ(archive[1].sent_at, february);
  EXPECT_EQ(newsletters().counts(archive[1].id), NewsletterCounts{});
}

TEST_P(NewsletterStoreTest, SendingQueuesABatchAtATimeAndCountsTheOutcomes) {
  const std::int64_t maija = confirmed("maija@kunta.fi", {"news"});
  const std::int64_t pekka = confirmed("pekka@kunta.fi", {"news"});
  const std::int64_t liisa = confirmed("liisa@kunta.fi", {"news"});
  (void)newsletters().save_draft(issue_input("joulu"), std::nullopt, kNow);
  const auto started =
      newsletters().start_sending("joulu", {"<p>Hei</p>", "Hei"}, {maija, pekka, liisa}, kNow);
  ASSERT_TRUE(started);
  EXPECT_EQ(started->recipients, 3);
  EXPECT_EQ(started->waiting, 3);
  const std::int64_t id = newsletters().find("joulu")->id;

  // Pekka leaves before his turn.
  EXPECT_TRUE(store_->subscribers().unsubscribe("manage-pekka@kunta.fi", kNow).step.applies);
  const NewsletterDispatch first = newsletters().dispatch(2, mailer(), kNow + minutes(1));
  EXPECT_EQ(first.queued, 1);
  EXPECT_EQ(first.skipped, 1);
  EXPECT_EQ(first.finished, 0);
  EXPECT_EQ(newsletters().find("joulu")->state, NewsletterState::kSending);
  EXPECT_EQ(newsletters().counts(id),
            (NewsletterCounts{.recipients = 3, .waiting = 1, .queued = 1, .skipped = 1}));

  const NewsletterDispatch second = newsletters().dispatch(2, mailer(), kNow + minutes(2));
  EXPECT_EQ(second.queued, 1);
  EXPECT_EQ(second.finished, 1);
  EXPECT_EQ(mailed_, (std::vector<std::string>{"joulu:maija@kunta.fi", "joulu:liisa@kunta.fi"}));
  const auto sent = newsletters().find("joulu");
  EXPECT_EQ(sent->state, NewsletterState::kSent);
  EXPECT_EQ(sent->sent_at, kNow + minutes(2));

  // The outbox delivers one and gives up on the other.
  const auto claimed = store_->outbox().claim_due(kNow + minutes(3), 10, minutes(5));
  ASSERT_EQ(claimed.size(), 2U);
  EXPECT_NE(claimed[0].message.find("Subject: Joulukuu"), std::string::npos);
  store_->outbox().mark_sent(claimed[0].id, kNow + minutes(3));
  store_->outbox().mark_failed(claimed[1].id, "550 no such user", std::nullopt, kNow + minutes(3));
  EXPECT_EQ(newsletters().counts(id),
            (NewsletterCounts{.recipients = 3, .sent = 1, .failed = 1, .skipped = 1}));
  // A later pass keeps the outcomes on the recipients themselves.
  EXPECT_EQ(newsletters().dispatch(10, mailer(), kNow + minutes(4)).queued, 0);
  EXPECT_EQ(newsletters().counts(id),
            (NewsletterCounts{.recipients = 3, .sent = 1, .failed = 1, .skipped = 1}));
}

TEST_P(NewsletterStoreTest, AnErasedRecipientIsForgottenButStillCounted) {
  const std::int64_t maija = confirmed("maija@kunta.fi", {"news"});
  const std::int64_t pekka = confirmed("pekka@kunta.fi", {"news"});
  (void)newsletters().save_draft(issue_input("joulu"), std::nullopt, kNow);
  ASSERT_TRUE(newsletters().start_sending("joulu", {"h", "h"}, {maija, pekka}, kNow));
  const std::int64_t id = newsletters().find("joulu")->id;
  // Maija asks to be forgotten before her turn: she gets nothing, and is counted as skipped.
  EXPECT_TRUE(store_->privacy().erase_by_email("maija@kunta.fi", kNow).subscriber_removed);
  const NewsletterDispatch pass = newsletters().dispatch(5, mailer(), kNow);
  EXPECT_EQ(pass.queued, 1);
  EXPECT_EQ(pass.skipped, 1);
  EXPECT_EQ(pass.finished, 1);
  EXPECT_EQ(mailed_, std::vector<std::string>{"joulu:pekka@kunta.fi"});
  const auto claimed = store_->outbox().claim_due(kNow + minutes(1), 10, minutes(5));
  ASSERT_EQ(claimed.size(), 1U);
  store_->outbox().mark_sent(claimed[0].id, kNow + minutes(1));
  const NewsletterCounts settled{.recipients = 2, .sent = 1, .skipped = 1};
  EXPECT_EQ(newsletters().counts(id), settled);
  // Pekka, erased after the mail went, leaves the issue's counts as they were.
  EXPECT_TRUE(store_->privacy().erase_by_email("pekka@kunta.fi", kNow).subscriber_removed);
  EXPECT_EQ(newsletters().dispatch(5, mailer(), kNow + minutes(2)).skipped, 0);
  EXPECT_EQ(newsletters().counts(id), settled);
  // Nothing of either is left to find by their addresses.
  EXPECT_FALSE(store_->subscribers().find_by_email("maija@kunta.fi"));
  EXPECT_FALSE(store_->subscribers().find_by_email("pekka@kunta.fi"));
}

INSTANTIATE_BACKENDS(NewsletterStoreTest);

}  // namespace
}  // namespace tori::store
