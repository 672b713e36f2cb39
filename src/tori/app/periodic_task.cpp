// SPDX-License-Identifier: AGPL-3.0-or-later
// A task on its own thread, run at start and then every period until stopped.
#include "tori/app/periodic_task.hpp"

#include <spdlog/spdlog.h>

namespace tori::app {

PeriodicTask::PeriodicTask(std::string name, std::chrono::milliseconds period,
                           std::function<void()> run)
    : name_(std::move(name)), period_(period), run_(std::move(run)) {}

PeriodicTask::~PeriodicTask() {
  stop();
}

void PeriodicTask::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { loop(); });
}

void PeriodicTask::stop() {
  std::thread thread;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    thread = std::move(thread_);
  }
  wakeup_.notify_one();
  if (thread.joinable()) thread.join();
}

void PeriodicTask::loop() {
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(period_).count();
  for (;;) {
    try {
      run_();
    } catch (const std::exception& error) {
      spdlog::error("{}: failed, next try in {} s: {}", name_, seconds, error.what());
    } catch (...) {
      spdlog::error("{}: failed, next try in {} s", name_, seconds);
    }
    ++passes_;
    std::unique_lock lock(mutex_);
    if (wakeup_.wait_for(lock, period_, [this] { return stopping_; })) return;
  }
}

}  // namespace tori::app
