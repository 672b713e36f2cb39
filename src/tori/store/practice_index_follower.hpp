// SPDX-License-Identifier: AGPL-3.0-or-later
// Keeps a PracticeIndex in step with the change log: a thread of its own rebuilds the index
// from the backend's list() whenever the log moves on (writes through this process wake it at
// once; other processes' writes, such as `tori import` while serving, are seen by polling
// last_position()). Readers never wait: they take the current snapshot, or none while it lags
// behind a write they must see, and then ask the backend.
//
//   PracticeIndexFollower follower{backend, {}};
//   if (auto index = follower.current()) return index->list(query);   // fresh enough
//   return backend.practices().list(query);
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>

#include "tori/store/practice_index.hpp"
#include "tori/store/store.hpp"

namespace tori::store {

struct PracticeIndexOptions {
  // How often the change log is asked for writes of other processes.
  std::chrono::milliseconds poll_interval{200};
};

class PracticeIndexFollower {
 public:
  // Starts the thread, which builds the first index at once from `source`'s practices,
  // organisations and vocabularies. REQUIRES: `source` outlives this object.
  PracticeIndexFollower(Store& source, PracticeIndexOptions options);
  // Stops and joins the thread.
  ~PracticeIndexFollower();
  PracticeIndexFollower(const PracticeIndexFollower&) = delete;
  PracticeIndexFollower& operator=(const PracticeIndexFollower&) = delete;

  // The index if it reflects every write this object knows of, else null.
  [[nodiscard]] std::shared_ptr<const PracticeIndex> current() const;
  // Tells that a write went through this process: until the index has caught up with the
  // change log's newest position, current() is null. Wakes the thread.
  void wrote();
  // The newest change-log position known (grows with writes from here at once, from other
  // processes within a poll interval): what cached pages must reflect.
  [[nodiscard]] std::int64_t known_position() const {
    return known_position_.load(std::memory_order_acquire);
  }
  // Blocks until current() is not null or `timeout` passes (tests, startup); true if it is.
  bool wait_until_current(std::chrono::milliseconds timeout);
  // Index builds done and failed since the start (for /metrics and tests).
  [[nodiscard]] std::uint64_t builds() const { return builds_.load(std::memory_order_relaxed); }
  [[nodiscard]] std::uint64_t failures() const { return failures_.load(std::memory_order_relaxed); }

 private:
  void run();
  void catch_up();
  void raise_known(std::int64_t position);

  Store& source_;
  ChangeLog& log_;
  PracticeIndexOptions options_;
  std::atomic<std::int64_t> known_position_{0};
  std::atomic<std::uint64_t> builds_{0};
  std::atomic<std::uint64_t> failures_{0};
  mutable std::mutex mutex_;  // guards the members below
  std::shared_ptr<const PracticeIndex> index_;
  std::condition_variable changed_;  // woken, stopping, or a new index
  bool woken_ = false;
  bool stopping_ = false;
  std::thread thread_;  // last: starts after everything above exists
};

}  // namespace tori::store
