// SPDX-License-Identifier: AGPL-3.0-or-later
// Podcast and webinar episodes in the database (data/sql/0026_episodes.sql): saving by slug with
// the practices they discuss; reading one; listing the published ones; whose audio a file is;
// the audio files referred to.
//
//   EpisodeSaved saved = store.episodes().save(input, now);  // created, updated, unchanged, …
//   std::vector<core::Episode> shown = store.episodes().published({.now = now});
//   if (auto episode = store.episodes().find_by_slug(slug); episode && episode->published_at(now))
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/episode.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

struct EpisodeQuery {
  std::optional<core::EpisodeKind> kind{};  // nothing: both
  UtcTime now{};                            // only episodes published by then
  int limit = 1000;
};

enum class EpisodeSaveOutcome { kCreated, kUpdated, kUnchanged, kUnknownPractice };

struct EpisodeSaved {
  EpisodeSaveOutcome outcome = EpisodeSaveOutcome::kCreated;
  std::int64_t id = 0;
  std::string unknown;  // the practice's slug no row has
};

// The episode an audio file belongs to (for serving it).
struct EpisodeAudioOwner {
  std::string slug;
  std::string type;  // the audio's MIME type
  UtcTime published_at{};
};

// A published episode that discusses a practice (for the practice's page).
struct PracticeEpisode {
  std::string slug;
  std::string title;
  friend bool operator==(const PracticeEpisode&, const PracticeEpisode&) = default;
};

class EpisodeStore {
 public:
  virtual ~EpisodeStore() = default;
  // Creates the episode of `input.slug`, or replaces it when it differs; refuses (storing
  // nothing) when a practice's slug is unknown. Logs an "episode" change.
  // REQUIRES: validate_episode_input(input) found nothing.
  virtual EpisodeSaved save(const core::EpisodeInput& input, UtcTime now) = 0;
  // The episode, whether or not it is published yet (callers check Episode::published_at).
  [[nodiscard]] virtual std::optional<core::Episode> find_by_slug(std::string_view slug) = 0;
  // Removes the episode of `slug` and its practices (the audio file goes with the daily purge of
  // orphans); whether there was one. Logs an "episode" change.
  virtual bool remove(std::string_view slug) = 0;
  // Published episodes (published_at ≤ query.now) of the kind, newest first.
  [[nodiscard]] virtual std::vector<core::Episode> published(const EpisodeQuery& query) = 0;
  // Whose audio `file` is; nothing for a file no episode names.
  [[nodiscard]] virtual std::optional<EpisodeAudioOwner> audio_owner(std::string_view file) = 0;
  // The published episodes that discuss the practice of `practice_slug`, newest first.
  [[nodiscard]] virtual std::vector<PracticeEpisode> for_practice(std::string_view practice_slug,
                                                                  UtcTime now) = 0;
  // Every audio file episodes refer to, for removing orphans from uploads/.
  [[nodiscard]] virtual std::vector<std::string> referenced_files() = 0;
  // Every episode (scheduled ones too), oldest first, for export.
  [[nodiscard]] virtual std::vector<core::Episode> all() = 0;
};

}  // namespace tori::store
