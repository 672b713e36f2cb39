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
  settings.retention.registration_answers = days(config.retention.answers_days);
  settings.retention.registrations = days(config.retention.registrations_days);
  settings.session_idle = std::chrono::minutes(config.accounts.session_idle_minutes);
  settings.session_max = days(config.accounts.session_max_days);
  return settings;
}

PurgeCounts purge_once(store::Store& store, const PurgeSettings& settings, store::UtcTime now) {
  PurgeCounts counts;
  counts.retention = store.privacy().purge(settings.retention, now);
  counts.sessions =
      store.accounts().purge_sessions(now - settings.session_idle, now - settings.session_max);
  counts.unconfirmed_votes = store.public_votes().purge_unconfirmed(now - std::chrono::days(7));
  if (settings.uploads != nullptr) {
    // Practices' media, news pictures and episodes' audio share the folder.
    std::vector<std::string> referenced = store.media().referenced_files();
    for (std::string& file : store.news().referenced_files())
      referenced.push_back(std::move(file));
    for (std::string& file : store.episodes().referenced_files())
      referenced.push_back(std::move(file));
    counts.uploads = settings.uploads->remove_unreferenced(
        referenced, std::filesystem::file_time_type::clock::now() - std::chrono::hours(24));
  }
  return counts;
}

DailyPurge::DailyPurge(store::Store& store, PurgeSettings settings,
                       std::chrono::milliseconds period)
    : PeriodicTask("purge", period, [&store, settings] {
        const PurgeCounts counts = purge_once(store, settings, store::utc_now());
        spdlog::info(
            "purge: {} unverified accounts, {} one-time tokens, {} messages, {} IP hashes, {} "
            "registration answers, {} registrations, {} sessions, {} unused uploads, {} "
            "unconfirmed votes, {} unconfirmed and {} long unsubscribed newsletter subscriptions, "
            "{} "
            "newsletter consent IP hashes",
            counts.retention.accounts, counts.retention.tokens, counts.retention.mail,
            counts.retention.ip_hashes, counts.retention.answers, counts.retention.registrations,
            counts.sessions, counts.uploads, counts.unconfirmed_votes,
            counts.retention.unconfirmed_subscribers, counts.retention.unsubscribed_subscribers,
            counts.retention.subscriber_ip_hashes);
      }) {}

}  // namespace tori::app
