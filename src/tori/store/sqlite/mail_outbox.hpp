// SPDX-License-Identifier: AGPL-3.0-or-later
// The mail outbox on SQLite, and queue_mail for actions that send mail in their own transaction.
//
//   Transaction transaction{database, TransactionKind::kWrite};
//   … the action's rows …
//   queue_mail(transaction, mail, now);
//   transaction.commit();
#pragma once

#include "tori/store/mail_outbox.hpp"
#include "tori/store/sqlite/database.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

class SqliteMailOutbox final : public MailOutbox {
 public:
  // REQUIRES: `database` outlives this object and has migration 0004.
  explicit SqliteMailOutbox(Database& database);
  std::int64_t enqueue(const OutgoingMail& mail, UtcTime now) override;
  [[nodiscard]] std::vector<QueuedMail> claim_due(UtcTime now, int limit,
                                                  std::chrono::seconds lease) override;
  void mark_sent(std::int64_t id, UtcTime now) override;
  void mark_failed(std::int64_t id, std::string_view error, std::optional<UtcTime> retry_at,
                   UtcTime now) override;
  [[nodiscard]] std::int64_t count_since(std::string_view recipient, UtcTime since) override;
  [[nodiscard]] OutboxCounts counts() override;

 private:
  Database& database_;
};

// Queues `mail` inside `transaction` (a kWrite one), so it is sent only if the action commits.
std::int64_t queue_mail(Transaction& transaction, const OutgoingMail& mail, UtcTime now);

}  // namespace tori::store::sqlite
