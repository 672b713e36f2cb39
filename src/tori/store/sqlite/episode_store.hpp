// SPDX-License-Identifier: AGPL-3.0-or-later
// Podcast and webinar episodes on either SQL backend (data/sql/0026_episodes.sql).
#pragma once

#include "tori/store/episode_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlEpisodeStore final : public EpisodeStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0026.
  explicit SqlEpisodeStore(Database& database);
  EpisodeSaved save(const core::EpisodeInput& input, UtcTime now) override;
  std::optional<core::Episode> find_by_slug(std::string_view slug) override;
  bool remove(std::string_view slug) override;
  std::vector<core::Episode> published(const EpisodeQuery& query) override;
  std::optional<EpisodeAudioOwner> audio_owner(std::string_view file) override;
  std::vector<PracticeEpisode> for_practice(std::string_view practice_slug, UtcTime now) override;
  std::vector<std::string> referenced_files() override;
  std::vector<core::Episode> all() override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
