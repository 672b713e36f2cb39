// SPDX-License-Identifier: AGPL-3.0-or-later
// The mail outbox: messages queued by actions (in the action's own transaction) and claimed by
// the delivery worker, which sends them over SMTP or writes them as .eml files.
//
//   auto batch = store.outbox().claim_due(utc_now(), 20, std::chrono::minutes(5));
//   for (const QueuedMail& mail : batch) {
//     if (send(mail)) store.outbox().mark_sent(mail.id, utc_now());
//     else store.outbox().mark_failed(mail.id, "421 try later", utc_now() + backoff, utc_now());
//   }
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/utc_time.hpp"

namespace tori::store {

// A message ready to go: the envelope recipient and the whole RFC 5322 message.
struct OutgoingMail {
  std::string recipient;  // the address RCPT TO names, e.g. "maija@example.fi"
  std::string message;    // headers and body with CRLF line ends, as built by mail::build
};

// A message claimed for delivery.
struct QueuedMail {
  std::int64_t id = 0;
  std::string recipient;
  std::string message;
  int attempts = 0;  // failed attempts before this one
};

// How many messages are in each state (for /metrics and the administration page).
struct OutboxCounts {
  std::int64_t pending = 0;  // waiting for their first or next attempt
  std::int64_t sent = 0;
  std::int64_t failed = 0;  // given up
};

// Thread-safe; several workers (on several nodes) may claim at once: each message is claimed by
// one worker at a time.
class MailOutbox {
 public:
  virtual ~MailOutbox() = default;
  // Queues one message on its own transaction (actions queue theirs in their own). Returns its id.
  virtual std::int64_t enqueue(const OutgoingMail& mail, UtcTime now) = 0;
  // Claims up to `limit` messages due at `now` (pending, next attempt not in the future, not
  // held by another worker), oldest first, for `lease`: a claimed message neither marked sent
  // nor failed within the lease is due again (a worker that died).
  [[nodiscard]] virtual std::vector<QueuedMail> claim_due(UtcTime now, int limit,
                                                          std::chrono::seconds lease) = 0;
  virtual void mark_sent(std::int64_t id, UtcTime now) = 0;
  // One failed attempt: try again at `retry_at`, or give up (state failed) when it is nothing.
  // `error` is kept for the administration page (the SMTP reply or the reason).
  virtual void mark_failed(std::int64_t id, std::string_view error, std::optional<UtcTime> retry_at,
                           UtcTime now) = 0;
  // Messages queued to `recipient` (compared without case) at or after `since`.
  [[nodiscard]] virtual std::int64_t count_since(std::string_view recipient, UtcTime since) = 0;
  [[nodiscard]] virtual OutboxCounts counts() = 0;
};

}  // namespace tori::store
