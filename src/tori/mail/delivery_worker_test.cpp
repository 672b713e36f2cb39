// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of DeliveryWorker over an in-memory outbox: sending, back-off, giving up, leases, the
// background thread, and one run over a real SMTP server.
#include "tori/mail/delivery_worker.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <stdexcept>

#include "tori/mail/smtp_test_server.hpp"
#include "tori/mail/smtp_transport.hpp"
#include "tori/store/errors.hpp"

namespace tori::mail {
namespace {

using namespace std::chrono_literals;
using store::UtcTime;

// An outbox in memory with the contract of store::MailOutbox: due times, leases, attempts.
// fail_next_claims(n) makes the next n claims throw store::Unavailable (a database that is down).
class FakeOutbox : public store::MailOutbox {
 public:
  enum class State { kPending, kSent, kFailed };
  struct Row {
    store::OutgoingMail mail;
    UtcTime queued_at;
    UtcTime due;
    std::optional<UtcTime> leased_until;
    int attempts = 0;
    State state = State::kPending;
    std::string error;
  };

  std::int64_t enqueue(const store::OutgoingMail& mail, UtcTime now) override {
    std::lock_guard lock(mutex_);
    rows_[next_id_] = Row{mail, now, now, std::nullopt, 0, State::kPending, ""};
    return next_id_++;
  }
  std::vector<store::QueuedMail> claim_due(UtcTime now, int limit,
                                           std::chrono::seconds lease) override {
    std::lock_guard lock(mutex_);
    ++claims_;
    if (claim_failures_ > 0) {
      --claim_failures_;
      throw store::Unavailable("fake outbox: database is down");
    }
    std::vector<store::QueuedMail> claimed;
    for (auto& [id, row] : rows_) {  // in id order: oldest first
      if (static_cast<int>(claimed.size()) == limit) break;
      if (row.state != State::kPending || row.due > now) continue;
      if (row.leased_until && *row.leased_until > now) continue;
      row.leased_until = now + lease;
      claimed.push_back({id, row.mail.recipient, row.mail.message, row.attempts});
    }
    return claimed;
  }
  void mark_sent(std::int64_t id, UtcTime now) override {
    std::lock_guard lock(mutex_);
    Row& row = rows_.at(id);
    row.state = State::kSent;
    row.leased_until.reset();
  }
  void mark_failed(std::int64_t id, std::string_view error, std::optional<UtcTime> retry_at,
                   UtcTime now) override {
    std::lock_guard lock(mutex_);
    Row& row = rows_.at(id);
    ++row.attempts;
    row.error = error;
    row.leased_until.reset();
    if (retry_at)
      row.due = *retry_at;
    else
      row.state = State::kFailed;
  }
  std::int64_t count_since(std::string_view recipient, UtcTime since) override {
    std::lock_guard lock(mutex_);
    auto lower = [](std::string_view text) {
      std::string out(text);
      std::transform(out.begin(), out.end(), out.begin(),
                     [](unsigned char c) { return std::tolower(c); });
      return out;
    };
    return std::count_if(rows_.begin(), rows_.end(), [&](const auto& entry) {
      return lower(entry.second.mail.recipient) == lower(recipient) &&
             entry.second.queued_at >= since;
    });
  }
  store::OutboxCounts counts() override {
    std::lock_guard lock(mutex_);
    store::OutboxCounts counts;
    for (const auto& [id, row] : rows_) {
      if (row.state == State::kPending) ++counts.pending;
      if (row.state == State::kSent) ++counts.sent;
      if (row.state == State::kFailed) ++counts.failed;
    }
    return counts;
  }

  Row row(std::int64_t id) {
    std::lock_guard lock(mutex_);
    return rows_.at(id);
  }
  int claims() {
    std::lock_guard lock(mutex_);
    return claims_;
  }
  void fail_next_claims(int count) {
    std::lock_guard lock(mutex_);
    claim_failures_ = count;
  }

 private:
  std::mutex mutex_;
  std::map<std::int64_t, Row> rows_;
  std::int64_t next_id_ = 1;
  int claims_ = 0;
  int claim_failures_ = 0;
};

// Answers like the test SMTP server: "temp-fail…" temporary, "perm-fail…" permanent, "throw…"
// throws; everything else is sent. Records each recipient it was given.
class FakeTransport : public Transport {
 public:
  SendResult send(const store::QueuedMail& mail) override {
    std::lock_guard lock(mutex_);
    recipients_.push_back(mail.recipient);
    if (mail.recipient.starts_with("throw")) throw std::runtime_error("broken transport");
    if (mail.recipient.starts_with("temp-fail")) return {false, false, "451 try later"};
    if (mail.recipient.starts_with("perm-fail")) return {false, true, "550 no such user"};
    return {true, false, ""};
  }
  std::vector<std::string> recipients() {
    std::lock_guard lock(mutex_);
    return recipients_;
  }

 private:
  std::mutex mutex_;
  std::vector<std::string> recipients_;
};

const UtcTime kT0 = store::parse_utc("2024-06-16T09:00:00.000Z").value();

DeliveryOptions options_with(std::vector<std::chrono::seconds> backoff) {
  DeliveryOptions options;
  options.backoff = std::move(backoff);
  return options;
}

bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds limit = 5s) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(5ms);
  }
  return true;
}

void expect_pass(DeliveryWorker::Pass pass, int sent, int retried, int failed) {
  EXPECT_EQ(pass.sent, sent);
  EXPECT_EQ(pass.retried, retried);
  EXPECT_EQ(pass.failed, failed);
}

TEST(DeliveryWorker, SendsDueMessagesOldestFirstAndMarksThemSent) {
  FakeOutbox outbox;
  FakeTransport transport;
  for (const char* to : {"a@example.fi", "b@example.fi", "c@example.fi"})
    outbox.enqueue({to, "x\r\n"}, kT0);
  DeliveryWorker worker(outbox, transport, DeliveryOptions{});
  expect_pass(worker.run_once(kT0), 3, 0, 0);
  EXPECT_EQ(transport.recipients(),
            (std::vector<std::string>{"a@example.fi", "b@example.fi", "c@example.fi"}));
  EXPECT_EQ(outbox.counts().sent, 3);
  expect_pass(worker.run_once(kT0 + 1h), 0, 0, 0);
}

TEST(DeliveryWorker, ClaimsAtMostOneBatchPerPass) {
  FakeOutbox outbox;
  FakeTransport transport;
  for (int i = 0; i < 5; ++i)
    outbox.enqueue({"a@example.fi", "x\r\n"}, kT0);
  DeliveryOptions options;
  options.batch = 2;
  DeliveryWorker worker(outbox, transport, options);
  expect_pass(worker.run_once(kT0), 2, 0, 0);
  expect_pass(worker.run_once(kT0), 2, 0, 0);
  expect_pass(worker.run_once(kT0), 1, 0, 0);
}

TEST(DeliveryWorker, RetriesAfterEachBackOffThenGivesUp) {
  FakeOutbox outbox;
  FakeTransport transport;
  const std::int64_t id = outbox.enqueue({"temp-fail@example.fi", "x\r\n"}, kT0);
  DeliveryWorker worker(outbox, transport, options_with({60s, 300s}));
  expect_pass(worker.run_once(kT0), 0, 1, 0);
  EXPECT_EQ(outbox.row(id).due, kT0 + 60s);
  EXPECT_EQ(outbox.row(id).error, "451 try later");
  expect_pass(worker.run_once(kT0 + 59s), 0, 0, 0);  // not due yet
  expect_pass(worker.run_once(kT0 + 60s), 0, 1, 0);
  EXPECT_EQ(outbox.row(id).due, kT0 + 60s + 300s);
  expect_pass(worker.run_once(kT0 + 359s), 0, 0, 0);
  expect_pass(worker.run_once(kT0 + 360s), 0, 0, 1);  // the list is used up
  EXPECT_EQ(outbox.row(id).state, FakeOutbox::State::kFailed);
  EXPECT_EQ(outbox.row(id).attempts, 3);
  EXPECT_EQ(transport.recipients().size(), 3u);
  expect_pass(worker.run_once(kT0 + 24h), 0, 0, 0);
}

TEST(DeliveryWorker, PermanentFailureGivesUpAtOnceAndThrowingTransportRetries) {
  FakeOutbox outbox;
  FakeTransport transport;
  const std::int64_t permanent = outbox.enqueue({"perm-fail@example.fi", "x\r\n"}, kT0);
  const std::int64_t throwing = outbox.enqueue({"throw@example.fi", "x\r\n"}, kT0);
  DeliveryWorker worker(outbox, transport, options_with({60s}));
  expect_pass(worker.run_once(kT0), 0, 1, 1);
  EXPECT_EQ(outbox.row(permanent).state, FakeOutbox::State::kFailed);
  EXPECT_EQ(outbox.row(permanent).error, "550 no such user");
  EXPECT_EQ(outbox.row(throwing).state, FakeOutbox::State::kPending);
  EXPECT_EQ(outbox.row(throwing).error, "transport: broken transport");
}

TEST(DeliveryWorker, MessageOfAWorkerThatDiedIsClaimedAgainAfterItsLease) {
  FakeOutbox outbox;
  FakeTransport transport;
  const std::int64_t id = outbox.enqueue({"a@example.fi", "x\r\n"}, kT0);
  ASSERT_EQ(outbox.claim_due(kT0, 10, 300s).size(), 1u);  // claimed, never settled
  DeliveryOptions options;
  options.lease = 300s;
  DeliveryWorker worker(outbox, transport, options);
  expect_pass(worker.run_once(kT0 + 299s), 0, 0, 0);
  expect_pass(worker.run_once(kT0 + 300s), 1, 0, 0);
  EXPECT_EQ(outbox.row(id).state, FakeOutbox::State::kSent);
}

TEST(DeliveryWorker, BackgroundThreadSendsWhenWokenAndStopsPromptly) {
  FakeOutbox outbox;
  FakeTransport transport;
  DeliveryOptions options;
  options.idle_poll = 1h;  // only wake() can make it look again
  DeliveryWorker worker(outbox, transport, options);
  worker.start();
  ASSERT_TRUE(eventually([&] { return outbox.claims() >= 1; }));
  outbox.enqueue({"a@example.fi", "x\r\n"}, store::utc_now());
  worker.wake();
  EXPECT_TRUE(eventually([&] { return outbox.counts().sent == 1; }));
  const auto start = std::chrono::steady_clock::now();
  worker.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - start, 1s);
}

TEST(DeliveryWorker, OutboxErrorsAreLoggedAndTheLoopGoesOn) {
  FakeOutbox outbox;
  FakeTransport transport;
  outbox.fail_next_claims(3);
  outbox.enqueue({"a@example.fi", "x\r\n"}, store::utc_now());
  DeliveryOptions options;
  options.idle_poll = 10ms;
  DeliveryWorker worker(outbox, transport, options);
  worker.start();
  EXPECT_TRUE(eventually([&] { return outbox.counts().sent == 1; }));
  EXPECT_GE(outbox.claims(), 4);
}  // the destructor stops the thread

TEST(DeliveryWorker, OnePassOverARealSmtpServer) {
  SmtpTestServer server;
  SmtpSettings settings;
  settings.host = "127.0.0.1";
  settings.port = server.port();
  settings.tls = SmtpSettings::Tls::kNone;
  settings.from = "noreply@tori.example.fi";
  settings.timeout = 5s;
  SmtpTransport smtp(settings);
  FakeOutbox outbox;
  const std::string message = "From: noreply@tori.example.fi\r\nSubject: Hei\r\n\r\nHei!\r\n";
  const std::int64_t sent = outbox.enqueue({"maija@example.fi", message}, kT0);
  const std::int64_t retried = outbox.enqueue({"temp-fail@example.fi", message}, kT0);
  const std::int64_t failed = outbox.enqueue({"perm-fail@example.fi", message}, kT0);
  DeliveryWorker worker(outbox, smtp, DeliveryOptions{});
  expect_pass(worker.run_once(kT0), 1, 1, 1);
  EXPECT_EQ(outbox.row(sent).state, FakeOutbox::State::kSent);
  EXPECT_EQ(outbox.row(retried).due, kT0 + 60s);
  EXPECT_NE(outbox.row(retried).error.find("451"), std::string::npos) << outbox.row(retried).error;
  EXPECT_EQ(outbox.row(failed).state, FakeOutbox::State::kFailed);
  EXPECT_NE(outbox.row(failed).error.find("550"), std::string::npos) << outbox.row(failed).error;
  const std::vector<ReceivedMail> received = server.messages();
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].recipients, std::vector<std::string>{"maija@example.fi"});
  EXPECT_EQ(received[0].data, message);
}

}  // namespace
}  // namespace tori::mail
