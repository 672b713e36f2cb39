// SPDX-License-Identifier: AGPL-3.0-or-later
// A piece of work `tori serve` runs on a thread of its own: at start, then every period. An
// exception from one run is logged with the task's name and the next run comes on schedule;
// stop() returns without waiting for the period to end.
//
//   PeriodicTask task("purge", std::chrono::hours(24), [&] { purge_once(store, settings, now); });
//   task.start();  // the destructor stops it
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace tori::app {

class PeriodicTask {
 public:
  PeriodicTask(std::string name, std::chrono::milliseconds period, std::function<void()> run);
  PeriodicTask(const PeriodicTask&) = delete;
  PeriodicTask& operator=(const PeriodicTask&) = delete;
  ~PeriodicTask();
  void start();  // no-op when running
  void stop();   // after the current run, joined; no-op when not running
  // Runs finished so far, successful or not (for tests).
  [[nodiscard]] int passes() const { return passes_.load(); }

 private:
  void loop();
  std::string name_;
  std::chrono::milliseconds period_;
  std::function<void()> run_;
  std::mutex mutex_;
  std::condition_variable wakeup_;
  bool stopping_ = false;
  std::atomic<int> passes_{0};
  std::thread thread_;
};

}  // namespace tori::app
