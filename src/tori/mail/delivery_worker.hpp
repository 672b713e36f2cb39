// SPDX-License-Identifier: AGPL-3.0-or-later
// The delivery worker: claims due messages from the outbox, hands them to a transport, and
// records each outcome — sent, retried after a back-off, or given up.
//
//   DeliveryWorker worker(store.outbox(), smtp, DeliveryOptions{});
//   worker.start();  // a background thread; the destructor stops it
//   outbox.enqueue(mail, now);  // inside the action's transaction, then after the commit:
//   worker.wake();
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "tori/mail/transport.hpp"
#include "tori/store/mail_outbox.hpp"

namespace tori::mail {

struct DeliveryOptions {
  int batch = 20;                   // messages claimed per pass
  std::chrono::seconds lease{300};  // a claim not settled by then is due again
  // The wait after the first, second, … temporary failure (1 min, 5 min, 15 min, 1 h, 4 h,
  // 12 h); a temporary failure beyond the list gives up.
  std::vector<std::chrono::seconds> backoff{
      std::chrono::seconds(60),   std::chrono::seconds(300),   std::chrono::seconds(900),
      std::chrono::seconds(3600), std::chrono::seconds(14400), std::chrono::seconds(43200)};
  std::chrono::milliseconds idle_poll{2000};  // the sleep after an empty (or failed) pass
};

class DeliveryWorker {
 public:
  // What one pass did with the messages it claimed.
  struct Pass {
    int sent = 0;
    int retried = 0;  // temporary failure, due again after its back-off
    int failed = 0;   // permanent failure, or the back-off list used up
  };

  // Both must outlive the worker.
  DeliveryWorker(store::MailOutbox& outbox, Transport& transport, DeliveryOptions options);
  DeliveryWorker(const DeliveryWorker&) = delete;
  DeliveryWorker& operator=(const DeliveryWorker&) = delete;
  ~DeliveryWorker();

  // Claims up to `batch` messages due at `now`, sends each and marks it (times from `now`).
  // Outbox exceptions propagate; a transport that throws counts as a temporary failure. Not to be
  // called while the background thread runs.
  Pass run_once(store::UtcTime now);

  // Starts the background thread (no-op when running): run_once(utc_now()) again at once after a
  // pass that claimed anything, otherwise after idle_poll or a wake(). Outbox exceptions are
  // logged and the loop goes on after idle_poll.
  void start();
  // Cuts the current sleep short: an action has just queued mail.
  void wake();
  // Stops the thread after its current pass and joins it; no-op when not running.
  void stop();

 private:
  void loop();
  void settle(const store::QueuedMail& mail, const SendResult& result, store::UtcTime now,
              Pass& pass);

  store::MailOutbox& outbox_;
  Transport& transport_;
  DeliveryOptions options_;
  std::mutex mutex_;
  std::condition_variable wakeup_;
  bool woken_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace tori::mail
