// SPDX-License-Identifier: AGPL-3.0-or-later
// The retention purge: what [retention] and the [session] times no longer keep is removed by
// `tori serve` once at start and then every 24 hours, and by `tori privacy purge` (cron).
//
//   DailyPurge purge(store, purge_settings(config));  // the store outlives it
//   purge.start();  // a background thread; the destructor stops it
//   PurgeCounts counts = purge_once(store, purge_settings(config), store::utc_now());
#pragma once

#include <chrono>
#include <cstdint>

#include "tori/app/config.hpp"
#include "tori/app/periodic_task.hpp"
#include "tori/store/store.hpp"
#include "tori/store/upload_folder.hpp"

namespace tori::app {

// What a purge removes: the retention policy and the sessions' idle and total lifetimes.
struct PurgeSettings {
  store::RetentionPolicy retention{};
  std::chrono::minutes session_idle{120};
  std::chrono::hours session_max{24 * 14};
  // The uploads folder whose files no practice refers to any more go after a day (null: none).
  const store::UploadFolder* uploads = nullptr;
};

// What one purge removed.
struct PurgeCounts {
  store::PurgeReport retention{};
  std::int64_t sessions = 0;
  std::int64_t uploads = 0;  // files of removed images and attachments, and crash leftovers
  std::int64_t unconfirmed_votes = 0;  // public votes whose link was never used, after a week
};

// The settings a configuration gives ([retention] in days, [session]).
[[nodiscard]] PurgeSettings purge_settings(const Config& config);

// One purge at `now`: store.privacy().purge, store.accounts().purge_sessions, the public votes
// never confirmed within a week, and the uploads no row refers to that are older than a day.
// Throws store::Error when the database fails.
PurgeCounts purge_once(store::Store& store, const PurgeSettings& settings, store::UtcTime now);

// Runs purge_once(utc_now()) on a thread of its own: at start, then every `period`. A failed
// purge is logged and the next one runs on schedule; stop() returns without waiting for the
// period to end. `store` must outlive the object.
class DailyPurge : public PeriodicTask {
 public:
  DailyPurge(store::Store& store, PurgeSettings settings,
             std::chrono::milliseconds period = std::chrono::hours(24));
};

}  // namespace tori::app
