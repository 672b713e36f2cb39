// SPDX-License-Identifier: AGPL-3.0-or-later
// DeliveryWorker: one pass over the due messages, and the background loop that repeats it.
#include "tori/mail/delivery_worker.hpp"

#include <spdlog/spdlog.h>

#include <exception>
#include <optional>
#include <utility>

#include "tori/core/email.hpp"
#include "tori/mail/message.hpp"

namespace tori::mail {
namespace {

SendResult send_guarded(Transport& transport, const store::QueuedMail& mail) {
  try {
    return transport.send(mail);
  } catch (const std::exception& e) {
    return {.ok = false, .permanent = false, .error = std::string("transport: ") + e.what()};
  }
}

}  // namespace

DeliveryWorker::DeliveryWorker(store::MailOutbox& outbox, Transport& transport,
                               DeliveryOptions options)
    : outbox_(outbox), transport_(transport), options_(std::move(options)) {}

DeliveryWorker::~DeliveryWorker() {
  stop();
}

DeliveryWorker::Pass DeliveryWorker::run_once(store::UtcTime now) {
  Pass pass;
  const std::vector<store::QueuedMail> due = outbox_.claim_due(now, options_.batch, options_.lease);
  for (const store::QueuedMail& mail : due)
    settle(mail, send_guarded(transport_, mail), now, pass);
  return pass;
}

void DeliveryWorker::settle(const store::QueuedMail& mail, const SendResult& result,
                            store::UtcTime now, Pass& pass) {
  const std::string to = core::mask_email(mail.recipient);
  if (result.ok) {
    outbox_.mark_sent(mail.id, now);
    spdlog::debug("mail: message {} to {} sent", mail.id, to);
    ++pass.sent;
    return;
  }
  const auto attempt = static_cast<std::size_t>(mail.attempts);  // failed attempts before this
  if (!result.permanent && attempt < options_.backoff.size()) {
    const store::UtcTime retry_at = now + options_.backoff[attempt];
    outbox_.mark_failed(mail.id, result.error, retry_at, now);
    spdlog::warn("mail: message {} to {} failed (attempt {}), retry at {}: {}", mail.id, to,
                 attempt + 1, store::format_utc(retry_at), result.error);
    ++pass.retried;
    return;
  }
  outbox_.mark_failed(mail.id, result.error, std::nullopt, now);
  spdlog::error("mail: message {} to {} given up after {} attempt(s): {}", mail.id, to, attempt + 1,
                result.error);
  ++pass.failed;
}

void DeliveryWorker::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { loop(); });
}

void DeliveryWorker::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wakeup_.notify_one();
}

void DeliveryWorker::stop() {
  std::thread thread;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    thread = std::move(thread_);
  }
  wakeup_.notify_one();
  if (thread.joinable()) thread.join();
}

void DeliveryWorker::loop() {
  for (;;) {
    bool busy = false;
    try {
      const Pass pass = run_once(store::utc_now());
      busy = pass.sent + pass.retried + pass.failed > 0;
    } catch (const std::exception& e) {
      spdlog::error("mail: delivery pass failed, next try in {} ms: {}", options_.idle_poll.count(),
                    e.what());
    } catch (...) {
      spdlog::error("mail: delivery pass failed, next try in {} ms", options_.idle_poll.count());
    }
    std::unique_lock lock(mutex_);
    if (!busy) wakeup_.wait_for(lock, options_.idle_poll, [this] { return stopping_ || woken_; });
    woken_ = false;
    if (stopping_) return;
  }
}

}  // namespace tori::mail
