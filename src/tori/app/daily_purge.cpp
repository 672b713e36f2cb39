// SPDX-License-Identifier: AGPL-3.0-or-later
// The retention purge once (for `tori privacy purge`) and on a daily thread (for `tori serve`).
#include "tori/app/daily_purge.hpp"

#include <spdlog/spdlog.h>

namespace tori::app {

PurgeSettings purge_settings(const Config& config) {
  const auto days = [](unsigned count) { return std::chrono::hours(24) * count; };
  PurgeSettings settings;
  settings.retention.unverified_accounts = days(config.retention.unverified_days);
  settings.retention.used_tokens = days(config.retention.tokens_days);
  settings.retention.sent_mail = days(config.retention.mail_days);
  settings.retention.audit_ip_hashes = days(config.retention.audit_ip_days);
  settings.session_idle = std::chrono::minutes(config.accounts.session_idle_minutes);
  settings.session_max = days(config.accounts.session_max_days);
  return settings;
}

PurgeCounts purge_once(store::Store& store, const PurgeSettings& settings, store::UtcTime now) {
  PurgeCounts counts;
  counts.retention = store.privacy().purge(settings.retention, now);
  counts.sessions =
      store.accounts().purge_sessions(now - settings.session_idle, now - settings.session_max);
  if (settings.uploads != nullptr) {
    counts.uploads = settings.uploads->remove_unreferenced(
        store.media().referenced_files(),
        std::filesystem::file_time_type::clock::now() - std::chrono::hours(24));
  }
  return counts;
}

DailyPurge::DailyPurge(store::Store& store, PurgeSettings settings,
                       std::chrono::milliseconds period)
    : store_(store), settings_(settings), period_(period) {}

DailyPurge::~DailyPurge() {
  stop();
}

void DailyPurge::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { loop(); });
}

void DailyPurge::stop() {
  std::thread thread;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    thread = std::move(thread_);
  }
  wakeup_.notify_one();
  if (thread.joinable()) thread.join();
}

void DailyPurge::loop() {
  for (;;) {
    try {
      const PurgeCounts counts = purge_once(store_, settings_, store::utc_now());
      spdlog::info(
          "purge: {} unverified accounts, {} one-time tokens, {} messages, {} IP hashes, {} "
          "sessions, {} unused uploads",
          counts.retention.accounts, counts.retention.tokens, counts.retention.mail,
          counts.retention.ip_hashes, counts.sessions, counts.uploads);
    } catch (const std::exception& error) {
      spdlog::error("purge: failed, next try in {} s: {}",
                    std::chrono::duration_cast<std::chrono::seconds>(period_).count(),
                    error.what());
    } catch (...) {
      spdlog::error("purge: failed, next try in {} s",
                    std::chrono::duration_cast<std::chrono::seconds>(period_).count());
    }
    ++passes_;
    std::unique_lock lock(mutex_);
    if (wakeup_.wait_for(lock, period_, [this] { return stopping_; })) return;
  }
}

}  // namespace tori::app
