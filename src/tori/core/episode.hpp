// SPDX-License-Identifier: AGPL-3.0-or-later
// Podcast and webinar episodes: what an episode holds (its audio file, duration, transcript,
// linked practices) and the rules it keeps before it is stored.
//
//   EpisodeInput input = …;                              // from episodes JSONL
//   if (auto errors = validate_episode_input(input); !errors.empty()) …
//   std::string text = format_duration(3725);            // "1:02:05"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice.hpp"        // TimePoint
#include "tori/core/practice_input.hpp"  // FieldError

namespace tori::core {

// Limits of validate_episode_input (characters are Unicode code points).
inline constexpr std::size_t kMaxEpisodeDescriptionLength = 20000;
inline constexpr std::size_t kMaxEpisodeTranscriptLength = 400000;
inline constexpr std::size_t kMaxEpisodePractices = 20;
inline constexpr std::int64_t kMaxEpisodeSeconds = 24 * 3600;
inline constexpr std::int64_t kMaxEpisodeBytes = std::int64_t{2} << 30;  // 2 GiB

enum class EpisodeKind { kPodcast, kWebinar };

[[nodiscard]] std::string_view episode_kind_name(EpisodeKind kind);  // "podcast", "webinar"
[[nodiscard]] std::optional<EpisodeKind> parse_episode_kind(std::string_view name);

// The audio types an episode's file may have (what podcast apps and <audio> play).
[[nodiscard]] bool is_episode_audio_type(std::string_view mime);
// The type of a file name's extension (".mp3" → audio/mpeg, ".m4a" → audio/mp4, ".ogg"/".oga"/
// ".opus" → audio/ogg, ".wav" → audio/wav); nothing for any other.
[[nodiscard]] std::optional<std::string> episode_audio_type_of(std::string_view file_name);

// An episode as written: by the episodes JSON Lines format or an editor.
struct EpisodeInput {
  std::string slug;  // [a-z0-9-]; the address /podcast/{slug}
  EpisodeKind kind = EpisodeKind::kPodcast;
  std::string title;
  std::string description;   // Markdown
  TimePoint published_at{};  // shown from this moment on (a later one schedules it)
  std::string audio_file;    // the stored name under uploads/ ("e0123….mp3")
  std::string audio_type;    // audio/mpeg, audio/mp4, audio/ogg, audio/wav, …
  std::int64_t audio_bytes = 0;
  std::int64_t duration_seconds = 0;
  std::optional<int> episode_number;
  std::optional<int> season_number;
  std::string transcript;  // Markdown or plain text; required (accessibility)
  std::string language = "fi";
  std::vector<std::string> practices;  // practices' slugs
  std::string recording_url;           // a webinar's video, https://; or empty
  friend bool operator==(const EpisodeInput&, const EpisodeInput&) = default;
};

// A practice an episode discusses, resolved by the store (published ones only).
struct EpisodePractice {
  std::string slug;
  std::string title;
  friend bool operator==(const EpisodePractice&, const EpisodePractice&) = default;
};

// A stored episode.
struct Episode {
  std::int64_t id = 0;
  EpisodeInput input;
  std::vector<EpisodePractice> practices;  // the linked practices that are published, in order
  TimePoint created_at{};
  TimePoint updated_at{};
  // Whether visitors see it at `now`: its publication time has come.
  [[nodiscard]] bool published_at(TimePoint now) const { return input.published_at <= now; }
};

// Every rule the input breaks, in field order; empty when it may be stored. slug valid; title
// 1–200 on one line; description 1–20000; audio_file a plain file name (UploadFolder's rule);
// audio_type one of is_episode_audio_type; audio_bytes 1–2 GiB; duration 1 s–24 h; episode and
// season numbers 1–9999 when given; transcript 1–400000 (required: the recording's text for
// those who cannot hear it); language fi, sv or en; at most 20 practices, none empty or twice;
// recording_url empty or https:// ≤ 2000 without spaces.
[[nodiscard]] std::vector<FieldError> validate_episode_input(const EpisodeInput& input);

// A duration as podcast apps and people read it: "42:05" under an hour, else "1:02:05".
[[nodiscard]] std::string format_duration(std::int64_t seconds);
// The seconds of a duration as typed: "42:05", "1:02:05" or "0:45" (minutes and seconds below
// 60 after the first part, spaces around ignored); nothing for anything else.
[[nodiscard]] std::optional<std::int64_t> parse_duration(std::string_view text);

// The extension an episode's audio of `mime` is stored with (".mp3", ".m4a", ".ogg", ".wav");
// "" for a type episodes do not take.
[[nodiscard]] std::string_view episode_audio_extension(std::string_view mime);
// The stored name of audio bytes: "e", 16 hex digits of their FNV-1a hash, the extension; the
// same bytes always get the same name, so a re-import or a re-upload stores nothing new.
[[nodiscard]] std::string episode_audio_name(std::string_view bytes, std::string_view extension);

}  // namespace tori::core
