// SPDX-License-Identifier: AGPL-3.0-or-later
// Newsletter subscribers (data/sql/0022_newsletter_subscribers.sql): subscribing, the double
// opt-in's confirmation, unsubscribing and changing topics, each by core::subscriber_step's
// table and in one transaction with the mail it sends; the segments later mailings go to.
// Links carry tokens; the store keeps only their digests (auth::token_digest).
//
//   auto done = store.subscribers().subscribe(request, confirmation_mail, now);
//   auto confirmed = store.subscribers().confirm(token_digest(token), now - 7 days,
//                                                welcome_mail, now);
//   auto readers = store.subscribers().segment({"news"}, "fi");
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/subscriber.hpp"
#include "tori/store/mail_outbox.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

// When the subscriber agreed, to which version of the consent text, from which client (the
// site's keyed hash of its IP address; blanked by the retention purge).
struct ConsentRecord {
  UtcTime at{};
  std::string text_version;
  std::string ip_hash;
};

struct Subscriber {
  std::int64_t id = 0;
  std::string email;  // as typed (trimmed)
  std::string name;
  std::string organisation;
  std::string language;             // "fi", "sv" or "en"
  std::vector<std::string> topics;  // in core::kNewsletterTopics order
  core::SubscriberState state = core::SubscriberState::kPending;
  UtcTime created_at{};
  std::optional<UtcTime> confirmed_at;
  std::optional<UtcTime> unsubscribed_at;
  ConsentRecord consent;
  std::optional<UtcTime> confirmation_sent_at;  // the latest confirmation link's
};

// A posted subscription with its consent and the digests of the links its mail will carry.
struct SubscriptionRequest {
  core::SubscriptionInput input;  // validated by the caller
  ConsentRecord consent;
  std::string confirm_digest;  // of the new confirmation link's token
  std::string manage_digest;   // of the manage link's token; kept only when the row is new
};

// The mail an action sends, built from the subscriber as the action leaves it (nothing: none).
using SubscriberMailer = std::function<std::optional<OutgoingMail>(const Subscriber&)>;

// What an action did: the table's step (step.applies false: nothing changed) and the
// subscriber after it (nothing when there is none).
struct SubscriberChange {
  core::SubscriberStep step;
  std::optional<Subscriber> subscriber;
  bool mailed = false;  // a mail was queued
};

enum class ConfirmOutcome { kConfirmed, kAlready, kUnknown, kExpired };

// Thread-safe. Addresses are compared as core::email_key makes them.
class SubscriberStore {
 public:
  virtual ~SubscriberStore() = default;
  // Subscribes by the table (kSubscribe): a new or re-subscribing address is stored pending with
  // the input, the consent and a new confirmation digest, and `mail` (the confirmation) is
  // queued, in one transaction; a confirmed address changes nothing and gets no mail.
  virtual SubscriberChange subscribe(const SubscriptionRequest& request,
                                     const SubscriberMailer& mail, UtcTime now) = 0;
  // Confirms the pending subscription whose confirmation link has `confirm_digest` when the link
  // was mailed after `sent_after`, queueing `welcome` in the same transaction.
  virtual ConfirmOutcome confirm(std::string_view confirm_digest, UtcTime sent_after,
                                 const SubscriberMailer& welcome, UtcTime now) = 0;
  // Unsubscribes the subscriber of the manage link `manage_digest` (kUnsubscribe).
  virtual SubscriberChange unsubscribe(std::string_view manage_digest, UtcTime now) = 0;
  // Changes language and topics (canonicalised) of the manage link's subscriber
  // (kChangeTopics: while pending or confirmed).
  virtual SubscriberChange change(std::string_view manage_digest, std::string_view language,
                                  const std::vector<std::string>& topics, UtcTime now) = 0;
  [[nodiscard]] virtual std::optional<Subscriber> find_by_email(std::string_view email) = 0;
  [[nodiscard]] virtual std::optional<Subscriber> find_by_manage(std::string_view digest) = 0;
  [[nodiscard]] virtual std::optional<Subscriber> find_by_confirm(std::string_view digest) = 0;
  // Confirmed subscribers with any of `topics` (every one when empty) in `language` (any when
  // empty), by id: whom a mailing goes to.
  [[nodiscard]] virtual std::vector<Subscriber> segment(const std::vector<std::string>& topics,
                                                        std::string_view language) = 0;
  // Every subscriber in any state, by id (the export).
  [[nodiscard]] virtual std::vector<Subscriber> all() = 0;
};

}  // namespace tori::store
