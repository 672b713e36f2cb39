// SPDX-License-Identifier: AGPL-3.0-or-later
// Newsletter subscribers on either SQL backend (data/sql/0022_newsletter_subscribers.sql), and
// their part of the privacy look-up, erasure and retention purge (privacy_store.cpp).
#pragma once

#include <optional>
#include <string>

#include "tori/store/sqlite/database.hpp"
#include "tori/store/sqlite/transaction.hpp"
#include "tori/store/subscriber_store.hpp"

namespace tori::store::sqlite {

class SqlSubscriberStore final : public SubscriberStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0022.
  explicit SqlSubscriberStore(Database& database);
  SubscriberChange subscribe(const SubscriptionRequest& request, const SubscriberMailer& mail,
                             UtcTime now) override;
  ConfirmOutcome confirm(std::string_view confirm_digest, UtcTime sent_after,
                         const SubscriberMailer& welcome, UtcTime now) override;
  SubscriberChange unsubscribe(std::string_view manage_digest, UtcTime now) override;
  SubscriberChange change(std::string_view manage_digest, std::string_view language,
                          const std::vector<std::string>& topics, UtcTime now) override;
  std::optional<Subscriber> find_by_email(std::string_view email) override;
  std::optional<Subscriber> find_by_manage(std::string_view digest) override;
  std::optional<Subscriber> find_by_confirm(std::string_view digest) override;
  std::vector<Subscriber> segment(const std::vector<std::string>& topics,
                                  std::string_view language) override;
  std::vector<Subscriber> all() override;

 private:
  Database& database_;
};

// The subscriber of `key` (core::email_key), if any.
[[nodiscard]] std::optional<Subscriber> read_subscriber(Connection& connection,
                                                        const std::string& key);
// The subscriber of row `id`, if any (a newsletter's recipient).
[[nodiscard]] std::optional<Subscriber> read_subscriber_by_id(Connection& connection,
                                                              std::int64_t id);
// Deletes the subscriber of `key`; whether there was one.
bool erase_subscriber(Transaction& transaction, const std::string& key);
// Blanks the consent's IP hash of subscribers who consented before `before`; how many.
std::int64_t blank_subscriber_ip_hashes(Connection& connection, UtcTime before);
// Deletes the subscriptions never confirmed whose latest link was mailed before `before`.
std::int64_t purge_unconfirmed_subscribers(Connection& connection, UtcTime before);
// Deletes the subscriptions unsubscribed before `before` (their consent records with them).
std::int64_t purge_unsubscribed_subscribers(Connection& connection, UtcTime before);

}  // namespace tori::store::sqlite
