// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the SubscriberStore on both backends: subscribing stores a pending row with its
// consent and queues the confirmation, subscribing again while pending sends a new link and
// while confirmed changes nothing, the confirmation (stale links refused) with its welcome mail,
// unsubscribing and subscribing again, topics, segments, and the privacy look-up, erasure and
// purge.
#include "tori/store/subscriber_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using core::SubscriberState;
using std::chrono::hours;
using test_support::kNow;

SubscriptionRequest request_for(std::string email, std::vector<std::string> topics,
                                std::string confirm, std::string language = "fi") {
  return {{std::move(email), "Maija", "Puumalan kunta", std::move(language), std::move(topics)},
          {kNow, "v1", "iphash"},
          confirm,
          "manage-" + confirm};
}

// A mailer that records whom it mailed.
SubscriberMailer mailer(std::vector<std::string>& sent, std::string kind) {
  return [&sent, kind](const Subscriber& subscriber) {
    sent.push_back(kind + ":" + subscriber.email);
    return std::optional<OutgoingMail>{{subscriber.email, "Subject: " + kind + "\r\n\r\nHei\r\n"}};
  };
}

class SubscriberStoreTest : public test_support::BackendTest {
 protected:
  SubscriberStore& subscribers() { return store_->subscribers(); }
  std::vector<std::string> sent_;
};

TEST_P(SubscriberStoreTest, DoubleOptInFromSubscribingToUnsubscribing) {
  auto first = subscribers().subscribe(request_for(" Maija@Kunta.fi", {"news", "events"}, "c1"),
                                       mailer(sent_, "confirm"), kNow);
  EXPECT_TRUE(first.step.applies);
  EXPECT_TRUE(first.mailed);
  ASSERT_TRUE(first.subscriber);
  EXPECT_EQ(first.subscriber->state, SubscriberState::kPending);
  EXPECT_EQ(first.subscriber->email, "Maija@Kunta.fi");
  EXPECT_EQ(first.subscriber->topics, (std::vector<std::string>{"news", "events"}));
  EXPECT_EQ(first.subscriber->consent.text_version, "v1");
  EXPECT_EQ(first.subscriber->consent.ip_hash, "iphash");
  EXPECT_EQ(first.subscriber->consent.at, kNow);
  EXPECT_EQ(store_->outbox().count_since("Maija@Kunta.fi", kNow - hours(1)), 1);

  // Again while pending: a new link (the old one dies), the input taken.
  auto again = subscribers().subscribe(request_for("maija@kunta.fi", {"networks"}, "c2"),
                                       mailer(sent_, "confirm"), kNow + hours(1));
  EXPECT_TRUE(again.mailed);
  EXPECT_EQ(again.subscriber->topics, (std::vector<std::string>{"networks"}));
  EXPECT_FALSE(subscribers().find_by_confirm("c1"));
  EXPECT_TRUE(subscribers().find_by_manage("manage-c1")) << "the manage link stays";

  EXPECT_EQ(subscribers().confirm("c2", kNow + hours(2), mailer(sent_, "welcome"), kNow + hours(3)),
            ConfirmOutcome::kExpired);
  EXPECT_EQ(subscribers().confirm("nope", kNow, mailer(sent_, "welcome"), kNow + hours(3)),
            ConfirmOutcome::kUnknown);
  EXPECT_EQ(subscribers().confirm("c2", kNow, mailer(sent_, "welcome"), kNow + hours(3)),
            ConfirmOutcome::kConfirmed);
  EXPECT_EQ(subscribers().confirm("c2", kNow, mailer(sent_, "welcome"), kNow + hours(4)),
            ConfirmOutcome::kAlready);
  EXPECT_EQ(sent_, (std::vector<std::string>{"confirm:Maija@Kunta.fi", "confirm:maija@kunta.fi",
                                             "welcome:maija@kunta.fi"}));
  const auto confirmed = subscribers().find_by_email("MAIJA@kunta.fi");
  ASSERT_TRUE(confirmed);
  EXPECT_EQ(confirmed->state, SubscriberState::kConfirmed);
  EXPECT_EQ(confirmed->confirmed_at, kNow + hours(3));

  // Again while confirmed: nothing changes, no mail.
  auto confirmed_again = subscribers().subscribe(request_for("maija@kunta.fi", {"news"}, "c3"),
                                                 mailer(sent_, "confirm"), kNow + hours(5));
  EXPECT_FALSE(confirmed_again.mailed);
  EXPECT_EQ(subscribers().find_by_email("maija@kunta.fi")->topics,
            (std::vector<std::string>{"networks"}));
  EXPECT_EQ(sent_.size(), 3U);

  auto left = subscribers().unsubscribe("manage-c1", kNow + hours(6));
  EXPECT_TRUE(left.step.applies);
  EXPECT_EQ(left.subscriber->state, SubscriberState::kUnsubscribed);
  EXPECT_EQ(subscribers().unsubscribe("manage-c1", kNow + hours(7)).subscriber->unsubscribed_at,
            kNow + hours(6))
      << "twice is harmless and keeps the first time";
  EXPECT_FALSE(subscribers().unsubscribe("unknown", kNow).step.applies);
  EXPECT_FALSE(subscribers().change("manage-c1", "sv", {"news"}, kNow).step.applies);
  EXPECT_EQ(subscribers().confirm("c2", kNow, mailer(sent_, "welcome"), kNow + hours(8)),
            ConfirmOutcome::kUnknown);

  // Subscribing after unsubscribing starts the double opt-in again.
  auto back = subscribers().subscribe(request_for("maija@kunta.fi", {"news"}, "c4"),
                                      mailer(sent_, "confirm"), kNow + hours(9));
  EXPECT_TRUE(back.mailed);
  EXPECT_EQ(back.subscriber->state, SubscriberState::kPending);
  EXPECT_FALSE(back.subscriber->unsubscribed_at);
  EXPECT_EQ(back.subscriber->consent.at, kNow + hours(9));
}

TEST_P(SubscriberStoreTest, TopicsChangeAndSegmentsFindConfirmedReaders) {
  const auto add = [&](std::string email, std::vector<std::string> topics, std::string token,
                       std::string language, bool confirm) {
    (void)subscribers().subscribe(request_for(email, std::move(topics), token, language),
                                  mailer(sent_, "confirm"), kNow);
    if (confirm) {
      EXPECT_EQ(subscribers().confirm(token, kNow - hours(1), {}, kNow + hours(1)),
                ConfirmOutcome::kConfirmed);
    }
  };
  add("a@kunta.fi", {"news"}, "a", "fi", true);
  add("b@kunta.fi", {"events", "networks"}, "b", "sv", true);
  add("c@kunta.fi", {"news"}, "c", "fi", false);  // pending: never in a segment
  const auto emails = [](const std::vector<Subscriber>& found) {
    std::vector<std::string> out;
    for (const auto& s : found)
      out.push_back(s.email);
    return out;
  };
  EXPECT_EQ(emails(subscribers().segment({"news"}, "")), (std::vector<std::string>{"a@kunta.fi"}));
  EXPECT_EQ(emails(subscribers().segment({"news", "networks"}, "")),
            (std::vector<std::string>{"a@kunta.fi", "b@kunta.fi"}));
  EXPECT_EQ(emails(subscribers().segment({}, "sv")), (std::vector<std::string>{"b@kunta.fi"}));
  EXPECT_TRUE(subscribers().segment({"campaigns"}, "").empty());

  auto changed = subscribers().change("manage-a", "en", {"campaigns", "news", "bogus"}, kNow);
  EXPECT_TRUE(changed.step.applies);
  EXPECT_EQ(changed.subscriber->topics, (std::vector<std::string>{"news", "campaigns"}));
  EXPECT_EQ(emails(subscribers().segment({"campaigns"}, "en")),
            (std::vector<std::string>{"a@kunta.fi"}));
  EXPECT_TRUE(subscribers().change("manage-c", "sv", {"news"}, kNow).step.applies) << "pending";
  EXPECT_EQ(subscribers().all().size(), 3U);
}

TEST_P(SubscriberStoreTest, PrivacyFindsErasesAndPurges) {
  (void)subscribers().subscribe(request_for("maija@kunta.fi", {"news"}, "m"), {}, kNow);
  (void)subscribers().subscribe(request_for("pekka@kunta.fi", {"news"}, "p"), {}, kNow);
  ASSERT_EQ(subscribers().confirm("p", kNow - hours(1), {}, kNow), ConfirmOutcome::kConfirmed);
  const PersonalData data = store_->privacy().find_by_email(" Maija@Kunta.FI");
  ASSERT_TRUE(data.subscriber);
  EXPECT_EQ(data.subscriber->topics, (std::vector<std::string>{"news"}));

  const RetentionPolicy policy{};
  const PurgeReport early = store_->privacy().purge(policy, kNow + hours(24));
  EXPECT_EQ(early.unconfirmed_subscribers, 0);
  EXPECT_EQ(early.subscriber_ip_hashes, 0);
  const PurgeReport late = store_->privacy().purge(policy, kNow + hours(24 * 400));
  EXPECT_EQ(late.unconfirmed_subscribers, 1) << "Maija never confirmed";
  EXPECT_EQ(late.subscriber_ip_hashes, 1);
  EXPECT_EQ(subscribers().find_by_email("pekka@kunta.fi")->consent.ip_hash, "");

  EXPECT_TRUE(store_->privacy().erase_by_email("PEKKA@kunta.fi", kNow).subscriber_removed);
  EXPECT_FALSE(subscribers().find_by_email("pekka@kunta.fi"));
  EXPECT_FALSE(store_->privacy().erase_by_email("pekka@kunta.fi", kNow).subscriber_removed);
}

TEST_P(SubscriberStoreTest, AnUnsubscribedConsentIsKeptTwoYearsThenPurged) {
  (void)subscribers().subscribe(request_for("liisa@kunta.fi", {"news"}, "l"), {}, kNow);
  ASSERT_EQ(subscribers().confirm("l", kNow - hours(1), {}, kNow), ConfirmOutcome::kConfirmed);
  ASSERT_TRUE(subscribers().unsubscribe("manage-l", kNow + hours(24)).step.applies);
  const RetentionPolicy policy{};
  EXPECT_EQ(store_->privacy().purge(policy, kNow + hours(24 * 700)).unsubscribed_subscribers, 0);
  EXPECT_TRUE(subscribers().find_by_email("liisa@kunta.fi")) << "the consent record is kept";
  EXPECT_EQ(store_->privacy().purge(policy, kNow + hours(24 * 732)).unsubscribed_subscribers, 1);
  EXPECT_FALSE(subscribers().find_by_email("liisa@kunta.fi"));
}

INSTANTIATE_BACKENDS(SubscriberStoreTest);

}  // namespace
}  // namespace tori::store
