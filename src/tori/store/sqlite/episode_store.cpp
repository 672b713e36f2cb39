// SPDX-License-Identifier: AGPL-3.0-or-later
// Podcast and webinar episodes on either SQL backend: save by slug with the linked practices,
// reads, the published listing, and the audio files.
#include "tori/store/sqlite/episode_store.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kEpisodeColumns =
    "SELECT e.id, e.slug, e.kind, e.title, e.description, e.published_at, e.audio_file,"
    " e.audio_type, e.audio_bytes, e.duration_seconds, e.episode_number, e.season_number,"
    " e.transcript, e.language, e.recording_url, e.created_at, e.updated_at FROM episodes e ";

std::optional<int> optional_number(const Statement& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return static_cast<int>(row.column_int64(column));
}

core::Episode episode_of(const Statement& row) {
  core::Episode episode;
  episode.id = row.column_int64(0);
  core::EpisodeInput& input = episode.input;
  input.slug = row.column_text(1);
  input.kind = core::parse_episode_kind(row.column_text(2)).value_or(core::EpisodeKind::kPodcast);
  input.title = row.column_text(3);
  input.description = row.column_text(4);
  input.published_at = parse_stored_time(row.column_text(5), "episodes.published_at");
  input.audio_file = row.column_text(6);
  input.audio_type = row.column_text(7);
  input.audio_bytes = row.column_int64(8);
  input.duration_seconds = row.column_int64(9);
  input.episode_number = optional_number(row, 10);
  input.season_number = optional_number(row, 11);
  input.transcript = row.column_text(12);
  input.language = row.column_text(13);
  input.recording_url = row.column_text(14);
  episode.created_at = parse_stored_time(row.column_text(15), "episodes.created_at");
  episode.updated_at = parse_stored_time(row.column_text(16), "episodes.updated_at");
  return episode;
}

void load_episode_practices(Connection& connection, std::vector<core::Episode>& episodes) {
  std::map<std::int64_t, core::Episode*> by_id;
  std::vector<std::int64_t> ids;
  for (core::Episode& episode : episodes) {
    by_id[episode.id] = &episode;
    ids.push_back(episode.id);
  }
  Statement rows = connection.prepare(
      "SELECT x.episode_id, p.slug, p.title, p.state, p.published_at FROM episode_practices x"
      " JOIN practices p ON p.id = x.practice_id"
      " WHERE x.episode_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))"
      " ORDER BY x.episode_id, x.position");
  rows.bind_text(1, json_array(ids));
  while (rows.step()) {
    core::Episode& episode = *by_id.at(rows.column_int64(0));
    episode.input.practices.push_back(rows.column_text(1));
    if (rows.column_text(3) == "published" && !rows.column_is_null(4))
      episode.practices.push_back({rows.column_text(1), rows.column_text(2)});
  }
}

// The episodes `where` selects (after "FROM episodes e "; `bind` binds its parameters), in the
// order it gives, with their practices.
std::vector<core::Episode> load_episodes(Connection& connection, std::string_view where,
                                         const std::function<void(Statement&)>& bind) {
  Statement rows = connection.prepare(std::string{kEpisodeColumns} + std::string{where});
  bind(rows);
  std::vector<core::Episode> episodes;
  while (rows.step())
    episodes.push_back(episode_of(rows));
  if (!episodes.empty()) load_episode_practices(connection, episodes);
  return episodes;
}

void bind_episode_number(Statement& statement, int index, std::optional<int> value) {
  if (value)
    statement.bind_int64(index, *value);
  else
    statement.bind_null(index);
}

std::int64_t write_episode_row(Connection& connection, const core::EpisodeInput& input,
                               std::optional<std::int64_t> id, UtcTime now) {
  Statement row = connection.prepare(
      id ? "UPDATE episodes SET slug = ?1, kind = ?2, title = ?3, description = ?4,"
           " published_at = ?5, audio_file = ?6, audio_type = ?7, audio_bytes = ?8,"
           " duration_seconds = ?9, episode_number = ?10, season_number = ?11, transcript = ?12,"
           " language = ?13, recording_url = ?14, updated_at = ?15 WHERE id = ?16 RETURNING id"
         : "INSERT INTO episodes (slug, kind, title, description, published_at, audio_file,"
           " audio_type, audio_bytes, duration_seconds, episode_number, season_number,"
           " transcript, language, recording_url, created_at, updated_at) VALUES (?1, ?2, ?3,"
           " ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15) RETURNING id");
  row.bind_text(1, input.slug).bind_text(2, core::episode_kind_name(input.kind));
  row.bind_text(3, input.title).bind_text(4, input.description);
  row.bind_text(5, stored_time(input.published_at)).bind_text(6, input.audio_file);
  row.bind_text(7, input.audio_type).bind_int64(8, input.audio_bytes);
  row.bind_int64(9, input.duration_seconds);
  bind_episode_number(row, 10, input.episode_number);
  bind_episode_number(row, 11, input.season_number);
  row.bind_text(12, input.transcript).bind_text(13, input.language);
  row.bind_text(14, input.recording_url).bind_text(15, format_utc(now));
  if (id) row.bind_int64(16, *id);
  if (!row.step()) throw Error("episodes: write gave no id");
  return row.column_int64(0);
}

// Replaces the linked practices; the first slug no practice has, and then nothing more.
std::optional<std::string> write_episode_practices(Connection& connection, std::int64_t id,
                                                   const core::EpisodeInput& input) {
  connection.prepare("DELETE FROM episode_practices WHERE episode_id = ?1").bind_int64(1, id).run();
  for (std::size_t i = 0; i < input.practices.size(); ++i) {
    Statement practice = connection.prepare("SELECT id FROM practices WHERE slug = ?1");
    practice.bind_text(1, input.practices[i]);
    if (!practice.step()) return input.practices[i];
    connection
        .prepare(
            "INSERT INTO episode_practices (episode_id, position, practice_id)"
            " VALUES (?1, ?2, ?3)")
        .bind_int64(1, id)
        .bind_int64(2, static_cast<std::int64_t>(i))
        .bind_int64(3, practice.column_int64(0))
        .run();
  }
  return std::nullopt;
}

}  // namespace

SqlEpisodeStore::SqlEpisodeStore(Database& database) : database_(database) {}

EpisodeSaved SqlEpisodeStore::save(const core::EpisodeInput& input, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  auto existing = load_episodes(connection, "WHERE e.slug = ?1",
                                [&](Statement& s) { s.bind_text(1, input.slug); });
  if (!existing.empty() && existing.front().input == input)
    return {EpisodeSaveOutcome::kUnchanged, existing.front().id, ""};
  const std::optional<std::int64_t> id =
      existing.empty() ? std::nullopt : std::optional{existing.front().id};
  const std::int64_t saved_id = write_episode_row(connection, input, id, now);
  if (auto unknown = write_episode_practices(connection, saved_id, input))
    return {EpisodeSaveOutcome::kUnknownPractice, 0, std::move(*unknown)};  // rolled back
  append_change(transaction, "episode", saved_id,
                id ? ChangeAction::kUpdated : ChangeAction::kCreated);
  transaction.commit();
  return {id ? EpisodeSaveOutcome::kUpdated : EpisodeSaveOutcome::kCreated, saved_id, ""};
}

bool SqlEpisodeStore::remove(std::string_view slug) {
  return delete_by_slug(database_, "episodes", "episode", slug);  // its practices cascade
}

std::optional<core::Episode> SqlEpisodeStore::find_by_slug(std::string_view slug) {
  Lease connection = database_.acquire();
  auto found =
      load_episodes(*connection, "WHERE e.slug = ?1", [&](Statement& s) { s.bind_text(1, slug); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<core::Episode> SqlEpisodeStore::published(const EpisodeQuery& query) {
  Lease connection = database_.acquire();
  return load_episodes(*connection,
                       "WHERE e.published_at <= ?1 AND (?2 = '' OR e.kind = ?2)"
                       " ORDER BY e.published_at DESC, e.id DESC LIMIT ?3",
                       [&](Statement& s) {
                         s.bind_text(1, format_utc(query.now));
                         s.bind_text(2, query.kind ? core::episode_kind_name(*query.kind) : "");
                         s.bind_int64(3, std::max(0, query.limit));
                       });
}

std::optional<EpisodeAudioOwner> SqlEpisodeStore::audio_owner(std::string_view file) {
  if (file.empty()) return std::nullopt;
  Lease connection = database_.acquire();
  Statement row = connection->prepare(
      "SELECT slug, audio_type, published_at FROM episodes WHERE audio_file = ?1"
      " ORDER BY published_at LIMIT 1");
  row.bind_text(1, file);
  if (!row.step()) return std::nullopt;
  return EpisodeAudioOwner{row.column_text(0), row.column_text(1),
                           parse_utc(row.column_text(2)).value_or(UtcTime::max())};
}

std::vector<PracticeEpisode> SqlEpisodeStore::for_practice(std::string_view practice_slug,
                                                           UtcTime now) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      "SELECT e.slug, e.title FROM episodes e JOIN episode_practices x ON x.episode_id = e.id"
      " JOIN practices p ON p.id = x.practice_id WHERE p.slug = ?1 AND e.published_at <= ?2"
      " ORDER BY e.published_at DESC, e.id DESC");
  rows.bind_text(1, practice_slug).bind_text(2, format_utc(now));
  std::vector<PracticeEpisode> episodes;
  while (rows.step())
    episodes.push_back({rows.column_text(0), rows.column_text(1)});
  return episodes;
}

std::vector<std::string> SqlEpisodeStore::referenced_files() {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare("SELECT DISTINCT audio_file FROM episodes");
  std::vector<std::string> files;
  while (rows.step())
    files.push_back(rows.column_text(0));
  return files;
}

std::vector<core::Episode> SqlEpisodeStore::all() {
  Lease connection = database_.acquire();
  return load_episodes(*connection, "ORDER BY e.published_at, e.id", [](Statement&) {});
}

}  // namespace tori::store::sqlite
